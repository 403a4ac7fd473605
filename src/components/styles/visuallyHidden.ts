import type { GriffelStyle } from '@fluentui/react-components';

/** Out of sight, still read by screen readers: a live region, or a label that sighted readers get otherwise. */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap'
};
