import { makeStyles, tokens } from '@fluentui/react-components';

export const useGroupCardStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    flexGrow: 1,
    minWidth: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2
  },
  featured: {
    borderTopWidth: tokens.strokeWidthThickest,
    borderTopColor: tokens.colorBrandStroke1
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS
  },
  // Long names wrap instead of pushing the grid wider than its column.
  name: {
    margin: 0,
    minWidth: 0,
    flexBasis: '100%',
    overflowWrap: 'anywhere'
  },
  description: {
    margin: 0,
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    overflowWrap: 'anywhere'
  },
  reasons: {
    display: 'flex',
    flexDirection: 'column',
    color: tokens.colorBrandForeground1,
    margin: 0,
    padding: 0,
    listStyleType: 'none'
  },
  owners: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none'
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    color: tokens.colorNeutralForeground2
  },
  metaItem: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS
  },
  footer: {
    display: 'flex',
    flexDirection: 'column',
    marginTop: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    minWidth: 0
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS
  },
  confirm: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS
  },
  // Empty until there is something to say, and then without room: a live region must be on the page (not hidden)
  // before it speaks.
  status: {
    marginTop: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
    ':empty': { marginTop: 0 }
  },
  failure: { marginTop: tokens.spacingVerticalS }
});

export type GroupCardStyles = ReturnType<typeof useGroupCardStyles>;
