import * as React from 'react';
import type { PersonPickerProps } from './PersonPicker.types';
import { renderPersonPicker } from './renderPersonPicker';
import { usePersonPicker } from './usePersonPicker';
import { usePersonPickerStyles } from './usePersonPickerStyles';

/**
 * Chooses one colleague by name: a Fluent combobox whose options show photo, name, job title and department.
 * Arrow keys move into the results, Enter picks, Escape closes.
 */
export function PersonPicker(props: PersonPickerProps): React.ReactElement {
  const state = usePersonPicker(props);
  const styles = usePersonPickerStyles();
  return renderPersonPicker(state, styles);
}
