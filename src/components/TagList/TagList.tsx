import * as React from 'react';
import { renderTagList } from './renderTagList';
import type { TagListProps } from './TagList.types';
import { useTagList } from './useTagList';
import { useTagListStyles } from './useTagListStyles';

/** Profile labels (skills, interests) as Fluent tags; linked labels lead to, e.g., a directory search. */
export function TagList(props: TagListProps): React.ReactElement {
  const state = useTagList(props);
  const styles = useTagListStyles();
  return renderTagList(state, styles);
}
