import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useAttachmentChipsStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    margin: 0,
    padding: 0
  },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    maxWidth: '100%',
    minWidth: 0,
    paddingLeft: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1
  },
  icon: { flexShrink: 0, fontSize: '16px', color: tokens.colorNeutralForeground2 },
  // A long name wraps (anywhere, file names have few spaces) rather than being cut off in a narrow column.
  name: {
    ...typographyStyles.body1,
    minWidth: 0,
    overflowWrap: 'anywhere'
  }
});
