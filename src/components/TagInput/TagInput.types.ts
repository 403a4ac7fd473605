import type { TagPickerProps } from '@fluentui/react-components';

export interface TagSuggestion {
  /** The label that joins the list when picked. */
  value: string;
  /** Shown under it, e.g. the same concept in the other language. */
  secondaryText?: string;
}

export interface TagInputProps {
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  /** Suggestions for what is typed so far, given the tags already chosen. */
  suggest: (query: string, current: readonly string[]) => TagSuggestion[];
  /** Whether a typed label may be added: the cleaned value, or an error message shown inline. */
  validate: (label: string, current: readonly string[]) => { value: string } | { error: string };
  hint?: string;
  /** The option that adds the typed text as it is, e.g. `Add "Beekeeping"`. */
  addLabel: (text: string) => string;
  removeLabel: (tag: string) => string;
  suggestionsLabel: string;
  disabled?: boolean;
}

export interface TagInputOption {
  value: string;
  text: string;
  secondaryText?: string;
}

export interface TagInputState {
  label: string;
  values: readonly string[];
  hint?: string;
  removeLabel: (tag: string) => string;
  suggestionsLabel: string;
  disabled: boolean;
  text: string;
  error: string | undefined;
  options: TagInputOption[];
  open: boolean;
  onOpenChange: NonNullable<TagPickerProps['onOpenChange']>;
  onOptionSelect: NonNullable<TagPickerProps['onOptionSelect']>;
  onTextChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
  onInputKeyDown: (event: React.KeyboardEvent<HTMLInputElement>) => void;
}
