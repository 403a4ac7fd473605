import { makeStyles, tokens } from '@fluentui/react-components';

export const useTagListStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, maxWidth: '100%' },
  // Long labels wrap inside their chip instead of running out of a narrow column.
  tag: { height: 'auto', minHeight: '32px', maxWidth: '100%' },
  text: { whiteSpace: 'normal', overflowWrap: 'anywhere' }
});
