import * as React from 'react';
import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  labels: (value: T) => string;
  onChange: (value: T) => void;
}

const useStyles = makeStyles({
  dropdown: { minWidth: '150px' }
});

/** A labelled dropdown of a few fixed values; choosing the current value again changes nothing. */
export function ChoiceField<T extends string>(props: ChoiceFieldProps<T>): React.ReactElement {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <Dropdown
        className={styles.dropdown}
        value={props.labels(props.value)}
        selectedOptions={[props.value]}
        onOptionSelect={(_, data) => {
          const chosen = props.options.find((option) => option === data.optionValue);
          if (chosen && chosen !== props.value) {
            props.onChange(chosen);
          }
        }}
      >
        {props.options.map((option) => (
          <Option key={option} value={option}>
            {props.labels(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
