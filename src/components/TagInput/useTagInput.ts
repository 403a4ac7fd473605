import * as React from 'react';
import type { TagInputProps, TagInputState } from './TagInput.types';
import { tagOptions } from './tagOptions';
import { useTagEntry } from './useTagEntry';

/**
 * Props to state for `TagInput` on Fluent's `TagPicker`: Enter picks the highlighted suggestion, or adds the
 * typed text when none is highlighted; picking goes through validation like typing does.
 */
export function useTagInput(props: TagInputProps): TagInputState {
  const { values, suggest, addLabel } = props;
  const { text, error, setText, add, remove } = useTagEntry(props);
  const [open, setOpen] = React.useState(false);
  // The picker handles Enter before our handler does; this tells whether it already picked an option.
  const pickedByKey = React.useRef(false);

  const options = React.useMemo(
    () => tagOptions(text, suggest(text, values), addLabel),
    [addLabel, suggest, text, values]
  );

  const onOptionSelect = React.useCallback<TagInputState['onOptionSelect']>(
    (event, data) => {
      pickedByKey.current = data.type === 'keydown';
      // The picker toggles: a value missing from `selectedOptions` was dismissed, any other was picked.
      if (data.selectedOptions.includes(data.value)) add(data.value);
      else remove(data.value);
    },
    [add, remove]
  );

  const onInputKeyDown = React.useCallback(
    (event: React.KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        if (!pickedByKey.current) add(text);
      }
      pickedByKey.current = false;
    },
    [add, text]
  );

  return {
    label: props.label,
    values,
    hint: props.hint,
    removeLabel: props.removeLabel,
    suggestionsLabel: props.suggestionsLabel,
    disabled: props.disabled === true,
    text,
    error,
    options,
    open: open && options.length > 0,
    onOpenChange: (_, data) => setOpen(data.open),
    onOptionSelect,
    onTextChange: (event) => setText(event.target.value),
    onInputKeyDown
  };
}
