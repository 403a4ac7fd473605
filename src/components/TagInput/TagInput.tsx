import * as React from 'react';
import { renderTagInput } from './renderTagInput';
import type { TagInputProps } from './TagInput.types';
import { useTagInput } from './useTagInput';
import { useTagInputStyles } from './useTagInputStyles';

/** A list of short labels (skills, interests) with typed entry, suggestions, inline validation and removal. */
export function TagInput(props: TagInputProps): React.ReactElement {
  const state = useTagInput(props);
  const styles = useTagInputStyles();
  return renderTagInput(state, styles);
}
