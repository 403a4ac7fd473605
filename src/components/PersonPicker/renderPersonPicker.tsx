import * as React from 'react';
import { Combobox, Field, Spinner, Text } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { ErrorState } from '../states/ErrorState';
import { REQUIRED_PERMISSION } from '../states/permissions';
import { PersonOption } from './PersonOption';
import type { PersonPickerState } from './PersonPicker.types';
import type { PersonPickerStyles } from './usePersonPickerStyles';

function renderStatus(state: PersonPickerState, styles: PersonPickerStyles): React.ReactNode {
  switch (state.search.status) {
    case 'loading':
      return <Spinner size="tiny" label={commonStrings.PersonPickerSearching} labelPosition="after" />;
    case 'empty':
      return <Text className={styles.status}>{state.emptyMessage}</Text>;
    default:
      return state.hint ? <Text className={styles.status}>{state.hint}</Text> : null;
  }
}

export function renderPersonPicker(state: PersonPickerState, styles: PersonPickerStyles): React.ReactElement {
  return (
    <div className={styles.root}>
      <Field label={state.label}>
        <Combobox
          freeform
          disableAutoFocus
          className={styles.combobox}
          listbox={{ className: styles.listbox }}
          value={state.text}
          selectedOptions={[]}
          open={state.open}
          placeholder={state.placeholder}
          aria-describedby={state.statusId}
          onChange={state.onChange}
          onOpenChange={state.onOpenChange}
          onOptionSelect={state.onOptionSelect}
        >
          {state.results.map((person) => (
            <PersonOption
              key={person.id}
              person={person}
              showMail={state.lookAlikes.has(person.id)}
              className={styles.option}
            />
          ))}
        </Combobox>
      </Field>
      <div id={state.statusId} role="status">
        {renderStatus(state, styles)}
      </div>
      {state.search.status === 'error' && (
        <ErrorState compact error={state.search.error} permission={REQUIRED_PERMISSION.search} onRetry={state.reload} />
      )}
    </div>
  );
}
