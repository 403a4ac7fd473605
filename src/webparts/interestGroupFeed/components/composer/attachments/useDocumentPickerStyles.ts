import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const useDocumentPickerStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  fields: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  words: { flexGrow: 1, flexBasis: '280px', minWidth: 0 },
  combobox: { width: '100%', minWidth: 0 },
  type: { flexBasis: '160px' },
  listbox: { maxHeight: '420px' },
  option: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    minWidth: 0
  },
  icon: { flexShrink: 0, fontSize: '20px', marginTop: '2px', color: tokens.colorNeutralForeground2 },
  optionText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
  meta: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  status: { color: tokens.colorNeutralForeground2 }
});

export type DocumentPickerStyles = ReturnType<typeof useDocumentPickerStyles>;
