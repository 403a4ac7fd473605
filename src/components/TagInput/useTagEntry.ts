import * as React from 'react';
import type { TagInputProps } from './TagInput.types';

export interface TagEntry {
  text: string;
  error: string | undefined;
  setText: (text: string) => void;
  /** Adds a label if it passes validation; otherwise shows why and keeps the text. */
  add: (label: string) => void;
  remove: (tag: string) => void;
}

/** The typed text and the list's changes, with the validation error of the last attempt. */
export function useTagEntry({
  values,
  onChange,
  validate
}: Pick<TagInputProps, 'values' | 'onChange' | 'validate'>): TagEntry {
  const [text, setTypedText] = React.useState('');
  const [error, setError] = React.useState<string | undefined>(undefined);

  const setText = React.useCallback((next: string) => {
    setTypedText(next);
    setError(undefined);
  }, []);

  const add = React.useCallback(
    (label: string) => {
      const result = validate(label, values);
      if ('error' in result) {
        setError(result.error);
        return;
      }
      onChange([...values, result.value]);
      setText('');
    },
    [onChange, setText, validate, values]
  );

  const remove = React.useCallback(
    (tag: string) => {
      onChange(values.filter((value) => value !== tag));
      setError(undefined);
    },
    [onChange, values]
  );

  return { text, error, setText, add, remove };
}
