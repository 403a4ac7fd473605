import * as React from 'react';
import type { PersonHeaderProps } from './PersonHeader.types';
import { renderPersonHeader } from './renderPersonHeader';
import { usePersonHeader } from './usePersonHeader';
import { usePersonHeaderStyles } from './usePersonHeaderStyles';

/**
 * Who someone is, as the colleague card and the hover card open: photo or initials with the presence badge,
 * name, job title, department and office, and presence in words.
 */
export function PersonHeader(props: PersonHeaderProps): React.ReactElement {
  const state = usePersonHeader(props);
  const styles = usePersonHeaderStyles();
  return renderPersonHeader(state, styles);
}
