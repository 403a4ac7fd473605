import { makeStyles, tokens } from '@fluentui/react-components';

export const usePostCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
    overflowWrap: 'anywhere'
  },
  linked: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS
  },
  meta: {
    color: tokens.colorNeutralForeground3
  },
  subject: {
    margin: 0
  },
  replies: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    listStyleType: 'none'
  },
  reply: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS
  },
  reactions: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none'
  },
  reaction: {
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground3
  },
  mine: {
    backgroundColor: tokens.colorBrandBackground2
  },
  reactionBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS
  },
  // A reaction's count and the space of "Add reaction", as big as the toggles that take their place.
  reactionCount: {
    boxSizing: 'border-box',
    display: 'inline-flex',
    alignItems: 'center',
    height: '24px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200
  },
  addReactionSpace: {
    width: '24px',
    height: '24px'
  },
  threadAction: {
    alignSelf: 'flex-start'
  },
  system: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
    paddingLeft: tokens.spacingHorizontalM
  }
});
