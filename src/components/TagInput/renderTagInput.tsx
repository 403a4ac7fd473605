import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import type { TagInputState } from './TagInput.types';
import type { useTagInputStyles } from './useTagInputStyles';

export function renderTagInput(state: TagInputState, styles: ReturnType<typeof useTagInputStyles>): React.ReactElement {
  const suggestionsId = `${state.inputId}-suggestions`;
  return (
    <div className={styles.root}>
      {state.values.length > 0 && (
        <ul className={styles.tags} aria-label={state.label}>
          {state.values.map((tag) => (
            <li key={tag} className={styles.tag}>
              <span>{tag}</span>
              <Button
                size="small"
                appearance="transparent"
                aria-label={state.removeLabel(tag)}
                disabled={state.disabled}
                onClick={() => state.remove(tag)}
              >
                ×
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Field
        label={{ children: state.label, htmlFor: state.inputId }}
        validationMessage={state.error}
        validationState={state.error ? 'error' : 'none'}
        hint={state.hint}
      >
        <div className={styles.entry}>
          <Input
            id={state.inputId}
            ref={state.inputRef}
            className={styles.input}
            value={state.text}
            disabled={state.disabled}
            aria-describedby={state.suggestions.length > 0 ? suggestionsId : undefined}
            onChange={(_, data) => state.onTextChange(data.value)}
            onKeyDown={state.onInputKeyDown}
          />
          <Button disabled={state.disabled || state.text.trim() === ''} onClick={() => state.add(state.text)}>
            {state.addLabel}
          </Button>
        </div>
      </Field>
      {state.suggestions.length > 0 && (
        <ul id={suggestionsId} className={styles.suggestions} aria-label={state.suggestionsLabel}>
          <li className={styles.suggestionsLabel} aria-hidden>
            {state.suggestionsLabel}
          </li>
          {state.suggestions.map((suggestion) => (
            <li key={suggestion}>
              <Button size="small" appearance="outline" disabled={state.disabled} onClick={() => state.add(suggestion)}>
                {suggestion}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
