import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';

// Drawn like Fluent's outline Textarea: a neutral frame whose bottom edge turns brand while the field has focus.
export const useRichTextEditorStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ':hover': {
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover
    },
    ':focus-within': { borderBottomColor: tokens.colorCompoundBrandStroke },
    '@media (forced-colors: active)': {
      ':focus-within': { outlineWidth: tokens.strokeWidthThick, outlineStyle: 'solid', outlineColor: 'Highlight' }
    }
  },
  invalid: {
    ...shorthands.borderColor(tokens.colorPaletteRedBorder2),
    ':hover': shorthands.borderColor(tokens.colorPaletteRedBorder2)
  },
  disabled: {
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    ':hover': shorthands.borderColor(tokens.colorNeutralStrokeDisabled)
  },
  toolbar: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`
  },
  linkForm: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2
  },
  linkField: { flexGrow: 1, minWidth: '160px' },
  linkActions: { display: 'flex', gap: tokens.spacingHorizontalS },
  editor: {
    ...typographyStyles.body1,
    position: 'relative',
    minHeight: '96px',
    maxHeight: '320px',
    overflowY: 'auto',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    overflowWrap: 'anywhere',
    outlineStyle: 'none',
    '& ul, & ol': { marginTop: 0, marginBottom: 0, paddingLeft: tokens.spacingHorizontalXXL },
    '& p': { marginTop: 0, marginBottom: 0 },
    '& a': { color: tokens.colorBrandForegroundLink },
    '& [data-mention-id]': { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold }
  },
  // The placeholder is drawn, not typed: assistive technology reads it from aria-placeholder.
  empty: {
    '::before': {
      content: 'attr(aria-placeholder)',
      position: 'absolute',
      color: tokens.colorNeutralForeground4,
      pointerEvents: 'none',
      userSelect: 'none'
    }
  },
  disabledEditor: { color: tokens.colorNeutralForegroundDisabled, cursor: 'not-allowed' }
});

export type RichTextEditorStyles = ReturnType<typeof useRichTextEditorStyles>;
