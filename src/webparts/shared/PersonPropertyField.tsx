import * as React from 'react';
import * as commonStrings from 'KringCommonStrings';
import { PersonPicker } from '../../components/PersonPicker/PersonPicker';
import type { Person } from '../../model/Person';

export interface PersonPropertyFieldProps {
  label: string;
  description?: string;
  /** The stored user principal name or id; empty for nobody. */
  value: string;
  onChange: (value: string) => void;
}

const storedRef = (person: Person): string => person.userPrincipalName || person.id;

/** The property pane's person field, in SPFx and in the workbench's edit panel: the shared people picker. */
export function PersonPropertyField({
  label,
  description,
  value,
  onChange
}: PersonPropertyFieldProps): React.ReactElement {
  return (
    <PersonPicker
      label={label}
      hint={value ? commonStrings.PersonFieldChosen.replace('{0}', value) : description}
      initialText={value}
      onPick={(person) => onChange(storedRef(person))}
      onClear={() => onChange('')}
    />
  );
}
