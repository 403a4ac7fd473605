import type { TagInputOption, TagSuggestion } from './TagInput.types';

/**
 * The picker's options for what is typed: the typed text itself first, so that Enter adds it unless typing
 * highlighted a suggestion that starts with it, then the suggestions.
 */
export function tagOptions(
  text: string,
  suggestions: readonly TagSuggestion[],
  addLabel: (text: string) => string
): TagInputOption[] {
  const typed = text.trim();
  if (typed === '') {
    return [];
  }
  const options: TagInputOption[] = suggestions.map((s) => ({
    value: s.value,
    text: s.value,
    secondaryText: s.secondaryText
  }));
  const suggested = options.some((option) => option.value.toLowerCase() === typed.toLowerCase());
  return suggested ? options : [{ value: typed, text: addLabel(typed) }, ...options];
}
