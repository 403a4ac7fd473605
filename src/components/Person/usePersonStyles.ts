import { makeStyles, tokens } from '@fluentui/react-components';

export const usePersonStyles = makeStyles({
  root: { position: 'relative', maxWidth: '100%' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  secondary: { overflowWrap: 'anywhere' },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap'
  }
});
