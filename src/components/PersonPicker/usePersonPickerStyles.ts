import { makeStyles, tokens } from '@fluentui/react-components';

export const usePersonPickerStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, maxWidth: '420px' },
  combobox: { width: '100%', minWidth: 0 },
  listbox: { maxHeight: '360px' },
  option: { paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS },
  status: { color: tokens.colorNeutralForeground2 }
});

export type PersonPickerStyles = ReturnType<typeof usePersonPickerStyles>;
