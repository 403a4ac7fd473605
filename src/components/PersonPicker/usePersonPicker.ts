import * as React from 'react';
import { useId } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { isEmptyList } from '../../hooks/AsyncData';
import { useDebouncedQuery } from '../../hooks/useDebouncedQuery';
import type { Person } from '../../model/Person';
import { useServices } from '../../services/ServicesContext';
import { lookAlikeIds } from './personOptionText';
import type { PersonPickerProps, PersonPickerState } from './PersonPicker.types';

const NO_RESULTS: Person[] = [];

/** Props to state for `PersonPicker`: the typed text, the debounced search, and the listbox's open state. */
export function usePersonPicker(props: PersonPickerProps): PersonPickerState {
  const { onPick, onClear, top = 8, debounceMs = 300 } = props;
  const { people } = useServices();
  const [text, setText] = React.useState(props.initialText ?? '');
  const [query, setQuery] = React.useState('');
  const [wantsOpen, setWantsOpen] = React.useState(false);
  const searchPeople = React.useCallback((value: string) => people.searchPeople(value, top), [people, top]);
  const {
    state: search,
    settledQuery,
    reload
  } = useDebouncedQuery<Person[]>(query, searchPeople, {
    delayMs: debounceMs,
    minLength: 2,
    isEmpty: isEmptyList
  });
  const results = search.status === 'ready' ? search.data : NO_RESULTS;
  const lookAlikes = React.useMemo(() => lookAlikeIds(results), [results]);

  const onChange: PersonPickerState['onChange'] = (event) => {
    const value = event.target.value;
    setText(value);
    setQuery(value);
    setWantsOpen(true);
    if (value.trim() === '') {
      onClear?.();
    }
  };
  const onOptionSelect: PersonPickerState['onOptionSelect'] = (_, data) => {
    const person = results.find((candidate) => candidate.id === data.optionValue);
    if (person) {
      setText(person.displayName);
      setQuery('');
      setWantsOpen(false);
      onPick(person);
    }
  };

  return {
    label: props.label ?? commonStrings.PersonPickerLabel,
    hint: props.hint,
    placeholder: commonStrings.PersonPickerPlaceholder,
    text,
    open: wantsOpen && results.length > 0,
    search,
    results,
    lookAlikes,
    emptyMessage: commonStrings.PersonPickerNoResults.replace('{0}', settledQuery),
    statusId: useId('person-picker-status'),
    reload,
    onChange,
    onOpenChange: (_, data) => setWantsOpen(data.open),
    onOptionSelect
  };
}
