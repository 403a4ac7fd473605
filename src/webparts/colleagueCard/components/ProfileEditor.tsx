import * as React from 'react';
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import * as strings from 'ColleagueCardWebPartStrings';
import { ErrorState } from '../../../components/states/ErrorState';
import { REQUIRED_PERMISSION } from '../../../components/states/permissions';
import { TagInput } from '../../../components/TagInput/TagInput';
import type { TagSuggestion } from '../../../components/TagInput/TagInput.types';
import type { KringLocale } from '../../../host/HostInfo';
import type { ProfileFields } from '../../../model/PersonProfile';
import {
  checkAboutMe,
  checkNewTag,
  PROFILE_LIMITS,
  type TagListField,
  type TagProblem
} from '../../../model/profileValidation';
import { entriesLanguage } from '../../../model/skillLanguage';
import { skillLabel, suggestSkills, type SkillTerm } from '../../../model/skillVocabulary';
import type { ServiceError } from '../../../services/ServiceError';

export interface ProfileEditorProps {
  initial: ProfileFields;
  locale: KringLocale;
  onSave: (fields: ProfileFields) => void;
  onCancel: () => void;
  /** Why the last save failed; `initial` is then the draft that was not saved. */
  saveError?: ServiceError;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
  failure: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS }
});

function problemText(problem: TagProblem): string {
  switch (problem.kind) {
    case 'empty':
      return strings.TagEmpty;
    case 'tooLong':
      return strings.TagTooLong.replace('{0}', String(problem.max));
    case 'duplicate':
      return strings.TagDuplicate.replace('{0}', problem.existing);
    case 'tooMany':
      return strings.TagTooMany.replace('{0}', String(problem.max));
  }
}

function validateTag(label: string, current: readonly string[]): { value: string } | { error: string } {
  const result = checkNewTag(label, current);
  return 'problem' in result ? { error: problemText(result.problem) } : result;
}

/** A vocabulary concept labelled in the language new entries are written in, the other language underneath. */
function vocabularySuggestion(term: SkillTerm, language: KringLocale): TagSuggestion {
  const value = skillLabel(term, language);
  const other = skillLabel(term, language === 'nl-nl' ? 'en-us' : 'nl-nl');
  return { value, secondaryText: other === value ? undefined : other };
}

function addTagLabel(text: string): string {
  return strings.AddTag.replace('{0}', text);
}

function removeTagLabel(tag: string): string {
  return strings.RemoveTag.replace('{0}', tag);
}

function SaveFailure({ error, className }: { error: ServiceError; className: string }): React.ReactElement {
  return (
    <div className={className}>
      <Text weight="semibold">{strings.SaveFailedTitle}</Text>
      <Text>{strings.SaveFailedDetail}</Text>
      <ErrorState compact error={error} permission={REQUIRED_PERMISSION.save} />
    </div>
  );
}

function AboutMeField({ value, onChange }: { value: string; onChange: (value: string) => void }): React.ReactElement {
  const problem = checkAboutMe(value);
  const length = String(value.trim().length);
  const tooLong = problem && strings.AboutMeTooLong.replace('{0}', String(problem.max)).replace('{1}', length);
  return (
    <Field
      label={strings.AboutMe}
      validationState={problem ? 'error' : 'none'}
      validationMessage={tooLong || undefined}
      hint={strings.AboutMeHint.replace('{0}', length).replace('{1}', String(PROFILE_LIMITS.aboutMeMaxLength))}
    >
      <Textarea resize="vertical" rows={4} value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}

/** Editing one's own skills, interests, "ask me about" and about me; nothing is saved until Save. */
export function ProfileEditor({
  initial,
  locale,
  onSave,
  onCancel,
  saveError
}: ProfileEditorProps): React.ReactElement {
  const styles = useStyles();
  const [draft, setDraft] = React.useState<ProfileFields>(initial);
  const language = entriesLanguage([...draft.skills, ...draft.interests, ...draft.responsibilities], locale);
  const suggest = React.useCallback(
    (query: string, current: readonly string[]) =>
      suggestSkills(query, language, current).map((term) => vocabularySuggestion(term, language)),
    [language]
  );
  const aboutMeProblem = checkAboutMe(draft.aboutMe);
  // Stable handlers, so that typing in one field does not re-render the other pickers.
  const onTagsChange = React.useMemo(() => {
    const change = (key: TagListField) => (values: string[]) => setDraft((current) => ({ ...current, [key]: values }));
    return { skills: change('skills'), interests: change('interests'), responsibilities: change('responsibilities') };
  }, []);
  const tagField = (key: TagListField, label: string): React.ReactElement => (
    <TagInput
      label={label}
      values={draft[key]}
      onChange={onTagsChange[key]}
      suggest={suggest}
      validate={validateTag}
      hint={strings.TagInputHint}
      addLabel={addTagLabel}
      removeLabel={removeTagLabel}
      suggestionsLabel={strings.SuggestionsLabel}
    />
  );

  return (
    <form
      className={styles.form}
      aria-label={strings.EditProfileTitle}
      onSubmit={(event) => {
        event.preventDefault();
        if (!aboutMeProblem) {
          onSave(draft);
        }
      }}
    >
      {saveError && <SaveFailure error={saveError} className={styles.failure} />}
      {tagField('skills', strings.Skills)}
      {tagField('interests', strings.Interests)}
      {tagField('responsibilities', strings.AskMeAbout)}
      <AboutMeField value={draft.aboutMe} onChange={(aboutMe) => setDraft((current) => ({ ...current, aboutMe }))} />
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={aboutMeProblem !== undefined}>
          {saveError ? strings.SaveAgain : strings.Save}
        </Button>
        <Button onClick={onCancel}>{strings.Cancel}</Button>
      </div>
    </form>
  );
}
