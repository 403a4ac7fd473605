import * as React from 'react';
import { Combobox, Field, Option, Text, useId } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import { isEmptyList, type AsyncData } from '../../../../hooks/AsyncData';
import { useDebouncedQuery } from '../../../../hooks/useDebouncedQuery';
import type { GroupCandidate } from '../../../../services/registry/RegistryService';
import { EntryForm } from './EntryForm';
import { newDraft } from './registryForm';
import type { RegistryPanelState } from './RegistryPanel.types';
import type { RegistryPanelStyles } from './useRegistryPanelStyles';

export interface AddGroupSectionProps {
  state: RegistryPanelState;
  styles: RegistryPanelStyles;
  /** Wait after the last keystroke before searching; 300 ms by default. */
  debounceMs?: number;
}

const NO_CANDIDATES: GroupCandidate[] = [];

function candidateNote(candidate: GroupCandidate, registered: ReadonlySet<string>): string {
  if (registered.has(candidate.id)) return strings.RegistryAlreadyListed;
  if (!candidate.hasTeam) return strings.RegistryNoTeam;
  return candidate.visibility === 'Private' ? strings.RegistryPrivateGroup : strings.RegistryPublicGroup;
}

type SearchState = AsyncData<GroupCandidate[]>;

function searchStatus(search: SearchState, query: string, styles: RegistryPanelStyles): React.ReactNode {
  switch (search.status) {
    case 'loading':
      return <LoadingState size="tiny" label={strings.RegistrySearching} />;
    case 'empty':
      return <Text className={styles.muted}>{strings.RegistryNoGroupsFound.replace('{0}', query)}</Text>;
    case 'ready':
      return (
        <Text className={styles.muted}>{strings.RegistryGroupsFound.replace('{0}', String(search.data.length))}</Text>
      );
    default:
      return null;
  }
}

function candidateOptions(
  results: readonly GroupCandidate[],
  registered: ReadonlySet<string>,
  styles: RegistryPanelStyles
): React.ReactNode {
  return results.map((candidate) => (
    <Option
      key={candidate.id}
      value={candidate.id}
      text={candidate.displayName}
      disabled={!candidate.hasTeam || registered.has(candidate.id)}
    >
      <span className={styles.option}>
        <span>{candidate.displayName}</span>
        <Text size={200} className={styles.muted}>
          {candidateNote(candidate, registered)}
        </Text>
      </span>
    </Option>
  ));
}

interface GroupSearchProps {
  state: RegistryPanelState;
  styles: RegistryPanelStyles;
  debounceMs: number;
  onPick: (candidate: GroupCandidate) => void;
  inputRef: React.RefObject<HTMLInputElement>;
}

/** The search box: Microsoft 365 groups as options, those without a team or already listed shown but disabled. */
function GroupSearch({ state, styles, debounceMs, onPick, inputRef }: GroupSearchProps): React.ReactElement {
  const statusId = useId('registry-add-status-');
  const [text, setText] = React.useState('');
  const [wantsOpen, setWantsOpen] = React.useState(false);
  const findGroups = React.useCallback((query: string) => state.registry.findGroups(query), [state.registry]);
  const {
    state: search,
    settledQuery,
    reload
  } = useDebouncedQuery<GroupCandidate[]>(text, findGroups, {
    delayMs: debounceMs,
    minLength: 2,
    isEmpty: isEmptyList
  });
  const results = search.status === 'ready' ? search.data : NO_CANDIDATES;
  const registered = React.useMemo(
    () => new Set(state.entries.status === 'ready' ? state.entries.data.map((group) => group.id) : []),
    [state.entries]
  );
  return (
    <>
      <Field label={strings.RegistryFindGroup} hint={strings.RegistryFindGroupHint}>
        <Combobox
          ref={inputRef}
          freeform
          className={styles.control}
          value={text}
          selectedOptions={[]}
          aria-describedby={statusId}
          open={wantsOpen && results.length > 0}
          onOpenChange={(_, data) => setWantsOpen(data.open)}
          onChange={(event) => {
            setText(event.target.value);
            setWantsOpen(true);
          }}
          onOptionSelect={(_, data) => {
            const candidate = results.find((result) => result.id === data.optionValue);
            if (candidate) onPick(candidate);
          }}
        >
          {candidateOptions(results, registered, styles)}
        </Combobox>
      </Field>
      <div id={statusId} role="status">
        {searchStatus(search, settledQuery, styles)}
      </div>
      {search.status === 'error' && <LazyErrorState compact error={search.error} onRetry={reload} />}
    </>
  );
}

/** "Add a group": search the tenant's Microsoft 365 groups, pick one with a team, fill in its entry, save. */
export function AddGroupSection({ state, styles, debounceMs = 300 }: AddGroupSectionProps): React.ReactElement {
  const headingId = useId('registry-add-');
  const [picked, setPicked] = React.useState<GroupCandidate | undefined>(undefined);
  const searchRef = React.useRef<HTMLInputElement>(null);
  const done = (): void => {
    setPicked(undefined);
    setTimeout(() => searchRef.current?.focus(), 0);
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {strings.RegistryAddGroup}
      </Text>
      {picked ? (
        <EntryForm
          registry={state.registry}
          groupId={picked.id}
          initial={newDraft(picked)}
          locale={state.locale}
          jobFunctions={state.jobFunctions}
          label={strings.RegistryAddLabel.replace('{0}', picked.displayName)}
          saveLabel={strings.RegistryAddToRegistry}
          onSave={(draft) => {
            state.actions.addEntry(picked, draft);
            done();
          }}
          onCancel={done}
          styles={styles}
        />
      ) : (
        <GroupSearch state={state} styles={styles} debounceMs={debounceMs} onPick={setPicked} inputRef={searchRef} />
      )}
    </section>
  );
}
