import { makeStyles } from '@fluentui/react-components';

export const useTagInputStyles = makeStyles({
  // Long entries wrap inside their tag instead of widening the field past a narrow column.
  tag: { height: 'auto', minHeight: '24px', maxWidth: '100%' },
  tagText: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  list: { maxHeight: '40vh', overflowY: 'auto' }
});
