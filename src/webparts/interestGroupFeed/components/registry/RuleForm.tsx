import * as React from 'react';
import { Button, Field, Input } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { JobFunctionRuleFields, JobFunctionRuleItem } from '../../../../services/registry/RegistryService';
import { hasErrors, validateRule, type RuleErrors } from './registryForm';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

export interface RuleFormProps {
  initial: JobFunctionRuleFields;
  rules: readonly JobFunctionRuleItem[];
  /** The rule being edited, which may keep its own title part. */
  editingItemId?: number;
  label: string;
  submitLabel: string;
  onSubmit: (rule: JobFunctionRuleFields) => void;
  onCancel?: () => void;
  styles: RegistryPanelStyles;
}

const ERROR_TEXT: Readonly<Record<NonNullable<RuleErrors[keyof RuleErrors]>, string>> = {
  required: strings.RegistryRuleRequired,
  tooLong: strings.RegistryTagTooLong,
  duplicate: strings.RegistryRuleDuplicate
};

/** Title part → job function: for a new rule (emptied after each add) and for editing one in place. */
export function RuleForm(props: RuleFormProps): React.ReactElement {
  const { styles } = props;
  const [rule, setRule] = React.useState<JobFunctionRuleFields>(props.initial);
  const [submitted, setSubmitted] = React.useState(false);
  const errors = validateRule(rule, props.rules, props.editingItemId);
  const shown = submitted ? errors : {};
  const firstRef = React.useRef<HTMLInputElement>(null);
  return (
    <form
      className={styles.ruleFields}
      aria-label={props.label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (hasErrors(errors)) return;
        props.onSubmit({ titlePart: rule.titlePart.trim(), jobFunction: rule.jobFunction.trim() });
        if (props.editingItemId === undefined) {
          setRule({ titlePart: '', jobFunction: '' });
          setSubmitted(false);
          firstRef.current?.focus();
        }
      }}
    >
      <Field
        className={styles.ruleField}
        label={strings.RegistryTitlePart}
        hint={strings.RegistryTitlePartHint}
        validationMessage={shown.titlePart ? ERROR_TEXT[shown.titlePart] : undefined}
      >
        <Input
          ref={firstRef}
          className={styles.control}
          value={rule.titlePart}
          onChange={(_, data) => setRule((current) => ({ ...current, titlePart: data.value }))}
        />
      </Field>
      <Field
        className={styles.ruleField}
        label={strings.RegistryJobFunction}
        validationMessage={shown.jobFunction ? ERROR_TEXT[shown.jobFunction] : undefined}
      >
        <Input
          className={styles.control}
          value={rule.jobFunction}
          onChange={(_, data) => setRule((current) => ({ ...current, jobFunction: data.value }))}
        />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {props.submitLabel}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{strings.RegistryCancel}</Button>}
      </div>
    </form>
  );
}
