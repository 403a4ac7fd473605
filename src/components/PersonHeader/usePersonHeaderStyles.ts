import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

export const usePersonHeaderStyles = makeStyles({
  root: { maxWidth: '100%' },
  text: { overflowWrap: 'anywhere' },
  cardName: { ...typographyStyles.title3, margin: 0 },
  prefix: { color: tokens.colorNeutralForeground2 },
  presence: { color: tokens.colorNeutralForeground1 }
});
