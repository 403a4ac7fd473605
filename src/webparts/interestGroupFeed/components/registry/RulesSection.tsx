import * as React from 'react';
import { Button, Text, useId } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { AsyncListState } from '../../../../components/states/AsyncListState';
import type { JobFunctionRuleItem } from '../../../../services/registry/RegistryService';
import type { RegistryPanelState } from './RegistryPanel.types';
import { RuleForm } from './RuleForm';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

type Mode = 'view' | 'edit' | 'confirmRemove';

interface RuleItemProps {
  rule: JobFunctionRuleItem;
  rules: readonly JobFunctionRuleItem[];
  state: RegistryPanelState;
  styles: RegistryPanelStyles;
}

const ruleText = (rule: JobFunctionRuleItem): string =>
  strings.RegistryRuleText.replace('{0}', rule.titlePart).replace('{1}', rule.jobFunction);

function RuleButtons({
  rule,
  mode,
  onMode,
  onRemove,
  styles
}: {
  rule: JobFunctionRuleItem;
  mode: Mode;
  onMode: (mode: Mode) => void;
  onRemove: () => void;
  styles: RegistryPanelStyles;
}): React.ReactElement {
  const confirmRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (mode === 'confirmRemove') confirmRef.current?.focus();
  }, [mode]);
  const question = strings.RegistryConfirmRemoveRule.replace('{0}', rule.titlePart);
  if (mode === 'confirmRemove') {
    return (
      <div className={styles.actions} role="group" aria-label={question}>
        <Text>{question}</Text>
        <Button ref={confirmRef} appearance="primary" onClick={onRemove}>
          {strings.RegistryRemove}
        </Button>
        <Button onClick={() => onMode('view')}>{strings.RegistryCancel}</Button>
      </div>
    );
  }
  const saving = rule.itemId < 0;
  return (
    <div className={styles.actions}>
      <Button
        icon={<Edit16Regular />}
        disabled={saving}
        aria-label={strings.RegistryEditRuleLabel.replace('{0}', rule.titlePart)}
        onClick={() => onMode('edit')}
      />
      <Button
        icon={<Delete16Regular />}
        disabled={saving}
        aria-label={strings.RegistryRemoveRuleLabel.replace('{0}', rule.titlePart)}
        onClick={() => onMode('confirmRemove')}
      />
    </div>
  );
}

function RuleItem({ rule, rules, state, styles }: RuleItemProps): React.ReactElement {
  const [mode, setMode] = React.useState<Mode>('view');
  return (
    <li className={styles.item}>
      {mode === 'edit' ? (
        <RuleForm
          initial={rule}
          rules={rules}
          editingItemId={rule.itemId}
          label={strings.RegistryEditRuleLabel.replace('{0}', rule.titlePart)}
          submitLabel={strings.RegistrySave}
          onSubmit={(changes) => {
            state.actions.saveRule(rule, changes);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
          styles={styles}
        />
      ) : (
        <div className={styles.row}>
          <Text className={styles.name}>{ruleText(rule)}</Text>
          <RuleButtons
            rule={rule}
            mode={mode}
            onMode={setMode}
            onRemove={() => state.actions.removeRule(rule)}
            styles={styles}
          />
        </div>
      )}
    </li>
  );
}

function content(state: RegistryPanelState, styles: RegistryPanelStyles): React.ReactNode {
  return (
    <AsyncListState list={state.rules} loadingLabel={strings.RegistryLoadingRules} onRetry={state.reloadRules}>
      {(list) => (
        <>
          {list.length === 0 ? (
            <Text className={styles.muted}>{strings.RegistryNoRules}</Text>
          ) : (
            <ul className={styles.list}>
              {list.map((rule) => (
                <RuleItem key={rule.itemId} rule={rule} rules={list} state={state} styles={styles} />
              ))}
            </ul>
          )}
          <RuleForm
            initial={{ titlePart: '', jobFunction: '' }}
            rules={list}
            label={strings.RegistryAddRule}
            submitLabel={strings.RegistryAddRule}
            onSubmit={state.actions.addRule}
            styles={styles}
          />
        </>
      )}
    </AsyncListState>
  );
}

/** "Job functions map": which parts of job titles mean which job function, to add, edit and remove. */
export function RulesSection({
  state,
  styles
}: {
  state: RegistryPanelState;
  styles: RegistryPanelStyles;
}): React.ReactElement {
  const headingId = useId('registry-rules-');
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {strings.RegistryRules}
      </Text>
      <Text className={styles.muted}>{strings.RegistryRulesHint}</Text>
      {content(state, styles)}
    </section>
  );
}
