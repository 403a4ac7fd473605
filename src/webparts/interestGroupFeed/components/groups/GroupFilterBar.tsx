import * as React from 'react';
import { Dropdown, Field, Option, SearchBox, Switch } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { GroupFilters, TopicOption } from './filterGroups';
import { jobFunctionLabel } from './groupTexts';
import type { GroupsPanelStyles } from './useGroupsPanelStyles';

const ALL = '*';

export interface GroupFilterBarProps {
  filters: GroupFilters;
  onChange: (filters: GroupFilters) => void;
  jobFunctions: readonly string[];
  topics: readonly TopicOption[];
  styles: GroupsPanelStyles;
}

interface ChoiceProps {
  label: string;
  allLabel: string;
  options: readonly TopicOption[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  styles: GroupsPanelStyles;
}

/** A labelled dropdown with "all" first; undefined stands for "all". */
function Choice({ label, allLabel, options, value, onChange, styles }: ChoiceProps): React.ReactElement {
  const selected = options.find((option) => option.value === value);
  return (
    <Field label={label} className={styles.filterField}>
      <Dropdown
        className={styles.filterControl}
        value={selected?.label ?? allLabel}
        selectedOptions={[selected?.value ?? ALL]}
        onOptionSelect={(_event, data) => onChange(data.optionValue === ALL ? undefined : data.optionValue)}
      >
        <Option value={ALL}>{allLabel}</Option>
        {options.map((option) => (
          <Option key={option.value} value={option.value}>
            {option.label}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** Search by name, description or topic; narrow by job function, topic, or my own groups. */
export function GroupFilterBar({
  filters,
  onChange,
  jobFunctions,
  topics,
  styles
}: GroupFilterBarProps): React.ReactElement {
  const functionOptions = React.useMemo(
    () => jobFunctions.map((name) => ({ value: name, label: jobFunctionLabel(name) })),
    [jobFunctions]
  );
  return (
    <div role="search" aria-label={strings.GroupFiltersLabel} className={styles.filters}>
      <Field label={strings.SearchGroupsLabel} className={styles.filterField}>
        <SearchBox
          className={styles.filterControl}
          placeholder={strings.SearchGroupsPlaceholder}
          value={filters.query}
          onChange={(_event, data) => onChange({ ...filters, query: data.value })}
        />
      </Field>
      <Choice
        label={strings.JobFunctionFilterLabel}
        allLabel={strings.AllJobFunctions}
        options={functionOptions}
        value={filters.jobFunction}
        onChange={(jobFunction) => onChange({ ...filters, jobFunction })}
        styles={styles}
      />
      <Choice
        label={strings.TopicFilterLabel}
        allLabel={strings.AllTopics}
        options={topics}
        value={filters.topic}
        onChange={(topic) => onChange({ ...filters, topic })}
        styles={styles}
      />
      <Switch
        label={strings.MyGroupsOnly}
        checked={filters.mineOnly}
        onChange={(_event, data) => onChange({ ...filters, mineOnly: data.checked })}
      />
    </div>
  );
}
