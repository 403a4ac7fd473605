import * as React from 'react';
import { Button, Field, Input, Switch } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { TagInput } from '../../../../components/TagInput/TagInput';
import type { KringLocale } from '../../../../host/HostInfo';
import type { RegistryService } from '../../../../services/registry/RegistryService';
import { ChannelField } from './ChannelField';
import { CuratorsField } from './CuratorsField';
import { hasErrors, validateEntry, type EntryDraft, type EntryErrors } from './registryForm';
import { suggestJobFunctions, suggestTopics, validateTag, type TagMessages } from './topicSuggestions';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

export interface EntryFormProps {
  registry: RegistryService;
  groupId: string;
  initial: EntryDraft;
  locale: KringLocale;
  jobFunctions: readonly string[];
  /** The form's accessible name, e.g. "Edit Toetsing en beoordeling". */
  label: string;
  saveLabel: string;
  onSave: (draft: EntryDraft) => void;
  onCancel: () => void;
  styles: RegistryPanelStyles;
}

const TAG_MESSAGES: TagMessages = {
  empty: strings.RegistryTagEmpty,
  tooLong: strings.RegistryTagTooLong,
  separator: strings.RegistryTagSeparator,
  duplicate: strings.RegistryTagDuplicate
};

const ERROR_TEXT: Readonly<Record<NonNullable<EntryErrors[keyof EntryErrors]>, string>> = {
  required: strings.RegistryNameRequired,
  tooLong: strings.RegistryTagTooLong,
  separator: strings.RegistryTagSeparator
};

const addLabel = (text: string): string => strings.RegistryAddTag.replace('{0}', text);
const removeLabel = (tag: string): string => strings.RegistryRemoveTag.replace('{0}', tag);

interface TagFieldsProps {
  draft: EntryDraft;
  onJobFunctions: (values: string[]) => void;
  onTopics: (values: string[]) => void;
  locale: KringLocale;
  jobFunctions: readonly string[];
}

/** Job functions (suggested from the registry and the map) and topics (from the vocabulary, in my language). */
function TagFields({ draft, onJobFunctions, onTopics, locale, jobFunctions }: TagFieldsProps): React.ReactElement {
  const suggestJobs = React.useCallback(
    (query: string, current: readonly string[]) => suggestJobFunctions(query, current, jobFunctions),
    [jobFunctions]
  );
  const suggestTopic = React.useCallback(
    (query: string, current: readonly string[]) => suggestTopics(query, current, locale),
    [locale]
  );
  const validateJob = React.useCallback(
    (label: string, current: readonly string[]) => validateTag(label, current, TAG_MESSAGES),
    []
  );
  const validateTopic = React.useCallback(
    (label: string, current: readonly string[]) => validateTag(label, current, TAG_MESSAGES, locale),
    [locale]
  );
  return (
    <>
      <TagInput
        label={strings.RegistryJobFunctions}
        values={draft.jobFunctions}
        onChange={onJobFunctions}
        suggest={suggestJobs}
        validate={validateJob}
        hint={strings.RegistryJobFunctionsHint}
        addLabel={addLabel}
        removeLabel={removeLabel}
        suggestionsLabel={strings.RegistrySuggestions}
      />
      <TagInput
        label={strings.RegistryTopics}
        values={draft.topics}
        onChange={onTopics}
        suggest={suggestTopic}
        validate={validateTopic}
        hint={strings.RegistryTopicsHint}
        addLabel={addLabel}
        removeLabel={removeLabel}
        suggestionsLabel={strings.RegistrySuggestions}
      />
    </>
  );
}

type DraftSetters = { [K in keyof EntryDraft]: (value: EntryDraft[K]) => void };

function useDraft(initial: EntryDraft): { draft: EntryDraft; setters: DraftSetters } {
  const [draft, setDraft] = React.useState<EntryDraft>(initial);
  const setters = React.useMemo<DraftSetters>(() => {
    const set =
      <K extends keyof EntryDraft>(key: K) =>
      (value: EntryDraft[K]) =>
        setDraft((current) => ({ ...current, [key]: value }));
    return {
      displayName: set('displayName'),
      jobFunctions: set('jobFunctions'),
      topics: set('topics'),
      featured: set('featured'),
      feedChannelId: set('feedChannelId'),
      curators: set('curators')
    };
  }, []);
  return { draft, setters };
}

/** Name, job functions, topics, featured, feed channel and curators of an entry; for editing and for adding. */
export function EntryForm(props: EntryFormProps): React.ReactElement {
  const { styles } = props;
  const { draft, setters } = useDraft(props.initial);
  const [submitted, setSubmitted] = React.useState(false);
  const errors = validateEntry(draft);
  const nameError = submitted ? errors.displayName : undefined;
  return (
    <form
      className={styles.form}
      aria-label={props.label}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!hasErrors(errors)) props.onSave(draft);
      }}
    >
      <Field label={strings.RegistryName} required validationMessage={nameError ? ERROR_TEXT[nameError] : undefined}>
        <Input
          className={styles.control}
          value={draft.displayName}
          onChange={(_, data) => setters.displayName(data.value)}
        />
      </Field>
      <TagFields
        draft={draft}
        onJobFunctions={setters.jobFunctions}
        onTopics={setters.topics}
        locale={props.locale}
        jobFunctions={props.jobFunctions}
      />
      <Switch
        label={strings.RegistryFeatured}
        checked={draft.featured}
        onChange={(_, data) => setters.featured(data.checked)}
      />
      <ChannelField
        registry={props.registry}
        groupId={props.groupId}
        value={draft.feedChannelId}
        onChange={setters.feedChannelId}
        className={styles.control}
      />
      <CuratorsField curators={draft.curators} onChange={setters.curators} styles={styles} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit">
          {props.saveLabel}
        </Button>
        <Button onClick={props.onCancel}>{strings.RegistryCancel}</Button>
      </div>
    </form>
  );
}
