import { makeStyles, tokens } from '@fluentui/react-components';

export const useFileUploadStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  chooser: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  input: { display: 'none' },
  hint: { color: tokens.colorNeutralForeground2 },
  refused: { color: tokens.colorPaletteRedForeground1 }
});

export type FileUploadStyles = ReturnType<typeof useFileUploadStyles>;
