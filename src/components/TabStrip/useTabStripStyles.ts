import { createCustomFocusIndicatorStyle, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

// Drawn like Fluent's transparent, medium TabList: a brand-coloured bar under the selected tab, a neutral one
// under the tab the pointer is over.
export const useTabStripStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'row', flexWrap: 'wrap', flexShrink: 0, position: 'relative' },
  tab: {
    position: 'relative',
    display: 'grid',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalMNudge}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    cursor: 'pointer',
    outlineStyle: 'none',
    ':hover': { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ':active': {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      color: tokens.colorNeutralForeground2Pressed
    },
    '::before': { content: '""', position: 'absolute', borderRadius: tokens.borderRadiusCircular },
    '::after': { content: '""', position: 'absolute', borderRadius: tokens.borderRadiusCircular },
    ':hover::before': { backgroundColor: tokens.colorNeutralStroke1Hover },
    ':active::before': { backgroundColor: tokens.colorNeutralStroke1Pressed },
    '@media (forced-colors: active)': {
      ':hover::before': { backgroundColor: 'Highlight' },
      ':active::before': { backgroundColor: 'Highlight' }
    }
  },
  indicators: {
    '::before': {
      bottom: 0,
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      height: tokens.strokeWidthThicker
    },
    '::after': {
      bottom: 0,
      left: tokens.spacingHorizontalM,
      right: tokens.spacingHorizontalM,
      height: tokens.strokeWidthThicker
    }
  },
  focus: createCustomFocusIndicatorStyle({
    outlineWidth: tokens.strokeWidthThick,
    outlineColor: 'transparent',
    outlineStyle: 'solid',
    boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
    zIndex: 1
  }),
  selected: {
    color: tokens.colorNeutralForeground1,
    ':hover': { color: tokens.colorNeutralForeground1Hover },
    ':active': { color: tokens.colorNeutralForeground1Pressed },
    '::after': { backgroundColor: tokens.colorCompoundBrandStroke },
    ':hover::after': { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ':active::after': { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    '@media (forced-colors: active)': {
      '::after': { backgroundColor: 'ButtonText' },
      ':hover::after': { backgroundColor: 'ButtonText' },
      ':active::after': { backgroundColor: 'ButtonText' }
    }
  },
  // The label and a hidden bold copy share one grid cell, so a tab keeps its width when it becomes selected.
  label: { gridArea: '1 / 1', ...typographyStyles.body1 },
  labelSelected: { ...typographyStyles.body1Strong },
  reserved: { gridArea: '1 / 1', visibility: 'hidden', ...typographyStyles.body1Strong },
  panel: { minWidth: 0 }
});
