import { makeStyles, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../styles/visuallyHidden';

export const usePersonStyles = makeStyles({
  root: { position: 'relative', maxWidth: '100%' },
  inline: { position: 'relative' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  secondary: { overflowWrap: 'anywhere' },
  visuallyHidden: visuallyHidden
});
