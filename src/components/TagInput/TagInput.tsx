import * as React from 'react';
import { renderTagInput } from './renderTagInput';
import type { TagInputProps } from './TagInput.types';
import { useTagInput } from './useTagInput';
import { useTagInputStyles } from './useTagInputStyles';

function TagInputBase(props: TagInputProps): React.ReactElement {
  const state = useTagInput(props);
  const styles = useTagInputStyles();
  return renderTagInput(state, styles);
}

/** A list of short labels (skills, interests) on Fluent's `TagPicker`: typed entry, suggestions, inline validation. */
export const TagInput = React.memo(TagInputBase);
