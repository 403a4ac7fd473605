import * as React from 'react';
import { Combobox, Field, Select, Spinner, Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { ErrorState } from '../../../../../components/states/ErrorState';
import { DocumentOption } from './DocumentOption';
import type { DocumentPickerState } from './DocumentPicker.types';
import type { DocumentPickerStyles } from './useDocumentPickerStyles';

function renderStatus(state: DocumentPickerState, styles: DocumentPickerStyles): React.ReactNode {
  switch (state.search.status) {
    case 'loading':
      return <Spinner size="tiny" label={strings.DocumentPickerSearching} labelPosition="after" />;
    case 'empty':
      return <Text className={styles.status}>{state.emptyMessage}</Text>;
    case 'error':
      return null;
    default:
      return <Text className={styles.status}>{state.picked ?? strings.DocumentPickerHint}</Text>;
  }
}

export function renderDocumentPicker(state: DocumentPickerState, styles: DocumentPickerStyles): React.ReactElement {
  return (
    <div className={styles.root}>
      <div className={styles.fields}>
        <Field label={strings.DocumentPickerLabel} className={styles.words}>
          <Combobox
            freeform
            disableAutoFocus
            className={styles.combobox}
            listbox={{ className: styles.listbox, 'aria-label': strings.DocumentPickerResults }}
            value={state.text}
            selectedOptions={[]}
            open={state.open}
            placeholder={strings.DocumentPickerPlaceholder}
            aria-describedby={state.ids.status}
            onChange={state.onChange}
            onOpenChange={state.onOpenChange}
            onOptionSelect={state.onOptionSelect}
          >
            {state.results.map((document) => (
              <DocumentOption key={document.uniqueId} document={document} locale={state.locale} styles={styles} />
            ))}
          </Combobox>
        </Field>
        <Field label={strings.DocumentPickerType} className={styles.type}>
          <Select id={state.ids.type} value={state.type} onChange={state.onTypeChange}>
            {state.typeOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div id={state.ids.status} role="status">
        {renderStatus(state, styles)}
      </div>
      {state.search.status === 'error' && <ErrorState compact error={state.search.error} onRetry={state.reload} />}
    </div>
  );
}
