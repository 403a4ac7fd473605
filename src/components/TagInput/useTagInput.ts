import * as React from 'react';
import { useId } from '@fluentui/react-components';
import type { TagInputProps, TagInputState } from './TagInput.types';

export function useTagInput(props: TagInputProps): TagInputState {
  const { values, onChange, suggest, validate } = props;
  const [text, setText] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const inputId = useId('tag-input-');

  const suggestions = React.useMemo(() => (text.trim() === '' ? [] : suggest(text, values)), [suggest, text, values]);

  const add = React.useCallback(
    (label: string) => {
      const result = validate(label, values);
      if ('error' in result) {
        setError(result.error);
        return;
      }
      onChange([...values, result.value]);
      setText('');
      setError(undefined);
      inputRef.current?.focus();
    },
    [onChange, validate, values]
  );

  const remove = React.useCallback(
    (tag: string) => {
      onChange(values.filter((value) => value !== tag));
      setError(undefined);
      inputRef.current?.focus();
    },
    [onChange, values]
  );

  const onInputKeyDown = React.useCallback(
    (event: React.KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        add(text);
      } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
        remove(values[values.length - 1]);
      }
    },
    [add, remove, text, values]
  );

  const onTextChange = React.useCallback((next: string) => {
    setText(next);
    setError(undefined);
  }, []);

  return {
    label: props.label,
    values,
    hint: props.hint,
    addLabel: props.addLabel,
    removeLabel: props.removeLabel,
    suggestionsLabel: props.suggestionsLabel,
    disabled: props.disabled === true,
    text,
    error,
    suggestions,
    inputId,
    inputRef,
    onTextChange,
    onInputKeyDown,
    add,
    remove
  };
}
