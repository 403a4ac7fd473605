import * as React from 'react';
import {
  Field,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption
} from '@fluentui/react-components';
import type { TagInputState } from './TagInput.types';
import type { useTagInputStyles } from './useTagInputStyles';

type Styles = ReturnType<typeof useTagInputStyles>;

function renderChosen(state: TagInputState, styles: Styles): React.ReactElement {
  return (
    <TagPickerGroup aria-label={state.label}>
      {state.values.map((tag) => (
        <Tag
          key={tag}
          value={tag}
          aria-label={state.removeLabel(tag)}
          className={styles.tag}
          primaryText={{ className: styles.tagText }}
        >
          {tag}
        </Tag>
      ))}
    </TagPickerGroup>
  );
}

function renderOptions(state: TagInputState, styles: Styles): React.ReactElement {
  return (
    <TagPickerList aria-label={state.suggestionsLabel} className={styles.list}>
      {state.options.map((option) => (
        <TagPickerOption
          key={option.value}
          value={option.value}
          text={option.text}
          secondaryContent={option.secondaryText}
        >
          {option.text}
        </TagPickerOption>
      ))}
    </TagPickerList>
  );
}

export function renderTagInput(state: TagInputState, styles: Styles): React.ReactElement {
  return (
    <Field
      label={state.label}
      hint={state.hint}
      validationMessage={state.error}
      validationState={state.error ? 'error' : 'none'}
    >
      <TagPicker
        selectedOptions={[...state.values]}
        open={state.open}
        onOpenChange={state.onOpenChange}
        onOptionSelect={state.onOptionSelect}
        disabled={state.disabled}
      >
        <TagPickerControl>
          {renderChosen(state, styles)}
          <TagPickerInput value={state.text} onChange={state.onTextChange} onKeyDown={state.onInputKeyDown} />
        </TagPickerControl>
        {renderOptions(state, styles)}
      </TagPicker>
    </Field>
  );
}
