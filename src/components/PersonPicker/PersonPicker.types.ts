import type { ComboboxProps } from '@fluentui/react-components';
import type { AsyncData } from '../../hooks/AsyncData';
import type { Person } from '../../model/Person';

export interface PersonPickerProps {
  /** Called with the colleague chosen from the results. */
  onPick: (person: Person) => void;
  /** Called when the text is emptied, for fields where "nobody" is a value. */
  onClear?: () => void;
  /** The field label; "Find a colleague" by default. */
  label?: string;
  /** Shown under the field while nothing is loading, empty or failing. */
  hint?: string;
  /** The text the input starts with (not searched until it is edited). */
  initialText?: string;
  /** How many results to ask for; 8 by default. */
  top?: number;
  /** Wait after the last keystroke before searching; 300 ms by default. */
  debounceMs?: number;
}

export interface PersonPickerState {
  label: string;
  hint: string | undefined;
  placeholder: string;
  text: string;
  open: boolean;
  search: AsyncData<Person[]>;
  results: Person[];
  /** Ids of results whose name, job title and department are all the same as another result's. */
  lookAlikes: ReadonlySet<string>;
  /** The message for an empty answer, naming the query it answers. */
  emptyMessage: string;
  statusId: string;
  reload: () => void;
  onChange: NonNullable<ComboboxProps['onChange']>;
  onOpenChange: NonNullable<ComboboxProps['onOpenChange']>;
  onOptionSelect: NonNullable<ComboboxProps['onOptionSelect']>;
}

export interface PersonOptionProps {
  person: Person;
  /** Adds the e-mail address, for results that look the same otherwise. */
  showMail: boolean;
  className?: string;
}
