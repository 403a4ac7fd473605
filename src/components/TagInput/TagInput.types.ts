export interface TagInputProps {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Suggestions for what is typed so far, given the tags already chosen. */
  suggest: (query: string, current: readonly string[]) => string[];
  /** Whether a typed label may be added: the cleaned value, or an error message shown inline. */
  validate: (label: string, current: readonly string[]) => { value: string } | { error: string };
  hint?: string;
  addLabel: string;
  removeLabel: (tag: string) => string;
  suggestionsLabel: string;
  disabled?: boolean;
}

export interface TagInputState {
  label: string;
  values: readonly string[];
  hint?: string;
  addLabel: string;
  removeLabel: (tag: string) => string;
  suggestionsLabel: string;
  disabled: boolean;
  text: string;
  error: string | undefined;
  suggestions: string[];
  inputId: string;
  inputRef: React.RefObject<HTMLInputElement>;
  onTextChange: (text: string) => void;
  onInputKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  add: (label: string) => void;
  remove: (tag: string) => void;
}
