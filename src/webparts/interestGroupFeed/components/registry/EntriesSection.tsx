import * as React from 'react';
import { Badge, Button, Text, useId } from '@fluentui/react-components';
import { Delete16Regular, Edit16Regular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { AsyncListState } from '../../../../components/states/AsyncListState';
import type { KringLocale } from '../../../../host/HostInfo';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Person } from '../../../../model/Person';
import { findSkillTerm, skillLabel } from '../../../../model/skillVocabulary';
import { EntryForm } from './EntryForm';
import { draftOf } from './registryForm';
import type { RegistryPanelState } from './RegistryPanel.types';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

type Mode = 'view' | 'edit' | 'confirmRemove';

const fill = (template: string, name: string): string => template.replace('{0}', name);

function topicText(topic: string, locale: KringLocale): string {
  const term = findSkillTerm(topic);
  return term ? skillLabel(term, locale) : topic;
}

function summaryLines(group: InterestGroup, locale: KringLocale, people: ReadonlyMap<string, Person>): string[] {
  const curators = (group.curatorIds ?? []).map((id) => people.get(id)?.displayName ?? id);
  return [
    group.jobFunctions.length > 0 ? `${strings.RegistryJobFunctions}: ${group.jobFunctions.join(', ')}` : '',
    group.topics.length > 0
      ? `${strings.RegistryTopics}: ${group.topics.map((topic) => topicText(topic, locale)).join(', ')}`
      : '',
    group.feedChannelId ? strings.RegistryFeedOther : strings.RegistryFeedGeneral,
    curators.length > 0 ? `${strings.RegistryCurators}: ${curators.join(', ')}` : ''
  ].filter((line) => line !== '');
}

interface EntryItemProps {
  group: InterestGroup;
  state: RegistryPanelState;
  styles: RegistryPanelStyles;
  /** Where focus goes once the entry has left the list. */
  focusAfterRemove: () => void;
}

interface ButtonsProps {
  group: InterestGroup;
  mode: Mode;
  refs: { edit: React.RefObject<HTMLButtonElement>; remove: React.RefObject<HTMLButtonElement> };
  onMode: (mode: Mode) => void;
  onRemove: () => void;
  styles: RegistryPanelStyles;
}

/** Edit and Remove; Remove asks in place ("Remove X?" with Remove and Cancel), its Remove button focused. */
function EntryButtons({ group, mode, refs, onMode, onRemove, styles }: ButtonsProps): React.ReactElement {
  const confirmRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (mode === 'confirmRemove') confirmRef.current?.focus();
  }, [mode]);
  const saving = group.registryItemId < 0;
  const question = fill(strings.RegistryConfirmRemove, group.displayName);
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
  return (
    <div className={styles.actions}>
      <Button
        ref={refs.edit}
        icon={<Edit16Regular />}
        disabled={saving}
        aria-label={fill(strings.RegistryEditLabel, group.displayName)}
        onClick={() => onMode('edit')}
      >
        {strings.RegistryEdit}
      </Button>
      <Button
        ref={refs.remove}
        icon={<Delete16Regular />}
        disabled={saving}
        aria-label={fill(strings.RegistryRemoveLabel, group.displayName)}
        onClick={() => onMode('confirmRemove')}
      >
        {strings.RegistryRemove}
      </Button>
    </div>
  );
}

function EntryItem({ group, state, styles, focusAfterRemove }: EntryItemProps): React.ReactElement {
  const [mode, setMode] = React.useState<Mode>('view');
  const refs = { edit: React.useRef<HTMLButtonElement>(null), remove: React.useRef<HTMLButtonElement>(null) };
  const previous = React.useRef<Mode>(mode);
  React.useEffect(() => {
    // Back from the form or the question: focus returns to the button that opened it.
    if (mode === 'view' && previous.current !== 'view') {
      (previous.current === 'edit' ? refs.edit : refs.remove).current?.focus();
    }
    previous.current = mode;
  });
  if (mode === 'edit') {
    return (
      <li className={styles.item}>
        <EntryForm
          registry={state.registry}
          groupId={group.id}
          initial={draftOf(group, state.people)}
          locale={state.locale}
          jobFunctions={state.jobFunctions}
          label={fill(strings.RegistryEditLabel, group.displayName)}
          saveLabel={strings.RegistrySave}
          onSave={(draft) => {
            state.actions.saveEntry(group, draft);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
          styles={styles}
        />
      </li>
    );
  }
  return (
    <li className={styles.item}>
      <div className={styles.row}>
        <div className={styles.summary}>
          <Text weight="semibold" className={styles.name}>
            {group.displayName} {group.featured && <Badge appearance="tint">{strings.RegistryFeaturedBadge}</Badge>}
          </Text>
          {summaryLines(group, state.locale, state.people).map((line) => (
            <Text key={line} size={200} className={styles.muted}>
              {line}
            </Text>
          ))}
        </div>
        <EntryButtons
          group={group}
          mode={mode}
          refs={refs}
          onMode={setMode}
          onRemove={() => {
            state.actions.removeEntry(group);
            focusAfterRemove();
          }}
          styles={styles}
        />
      </div>
    </li>
  );
}

function content(state: RegistryPanelState, styles: RegistryPanelStyles, focusHeading: () => void): React.ReactNode {
  return (
    <AsyncListState list={state.entries} loadingLabel={strings.LoadingGroups} onRetry={state.reloadEntries}>
      {(groups) =>
        groups.length === 0 ? (
          <Text className={styles.muted}>{strings.RegistryNoEntries}</Text>
        ) : (
          <ul className={styles.list}>
            {groups.map((group) => (
              <EntryItem
                key={group.registryItemId}
                group={group}
                state={state}
                styles={styles}
                focusAfterRemove={focusHeading}
              />
            ))}
          </ul>
        )
      }
    </AsyncListState>
  );
}

/** "Interest groups": every entry of the registry, to edit in place or remove after an in-place confirmation. */
export function EntriesSection({
  state,
  styles
}: {
  state: RegistryPanelState;
  styles: RegistryPanelStyles;
}): React.ReactElement {
  const headingId = useId('registry-entries-');
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const focusHeading = React.useCallback(() => setTimeout(() => headingRef.current?.focus(), 0), []);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text
        as="h3"
        id={headingId}
        ref={headingRef}
        tabIndex={-1}
        size={500}
        weight="semibold"
        className={styles.heading}
      >
        {strings.RegistryEntries}
      </Text>
      {content(state, styles, focusHeading)}
    </section>
  );
}
