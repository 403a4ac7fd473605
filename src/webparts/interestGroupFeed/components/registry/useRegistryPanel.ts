import * as React from 'react';
import type { AsyncData } from '../../../../hooks/AsyncData';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import { useHost } from '../../../../host/HostContext';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { RegistryProblem } from '../../../../model/feed/registryProblems';
import type { Person } from '../../../../model/Person';
import type { JobFunctionRuleItem } from '../../../../services/registry/RegistryService';
import { knownJobFunctions } from './registryForm';
import type { RegistryNotice, RegistryPanelProps, RegistryPanelState } from './RegistryPanel.types';
import { useCuratedList } from './useCuratedList';
import { useRegistryActions } from './useRegistryActions';

const NONE: never[] = [];

/** A problem still stands while its entry is there unchanged: a removed entry or a new feed channel settles it. */
function stillStands(problem: RegistryProblem, entries: readonly InterestGroup[]): boolean {
  const entry = entries.find((group) => group.registryItemId === problem.group.registryItemId);
  return entry !== undefined && (problem.kind !== 'channelGone' || entry.feedChannelId === problem.group.feedChannelId);
}

function useProblems(
  props: RegistryPanelProps,
  entries: AsyncData<InterestGroup[]>,
  enabled: boolean
): { problems: AsyncData<RegistryProblem[]>; checkProblems: () => void } {
  const current = React.useRef<InterestGroup[]>(NONE);
  current.current = entries.status === 'ready' ? entries.data : NONE;
  const ready = enabled && entries.status === 'ready';
  const found = useAsyncData(() => props.registry.findProblems(current.current), [props.registry], {
    enabled: ready
  });
  const problems = React.useMemo<AsyncData<RegistryProblem[]>>(
    () =>
      found.state.status === 'ready'
        ? { status: 'ready', data: found.state.data.filter((problem) => stillStands(problem, current.current)) }
        : found.state,
    // The entries' changes settle problems.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [found.state, entries]
  );
  return { problems, checkProblems: found.reload };
}

function usePeople(
  props: RegistryPanelProps,
  entries: AsyncData<InterestGroup[]>
): { people: ReadonlyMap<string, Person>; remember: (people: readonly Person[]) => void } {
  const ids = entries.status === 'ready' ? [...new Set(entries.data.flatMap((group) => group.curatorIds ?? []))] : NONE;
  const key = [...ids].sort().join(';');
  const loaded = useAsyncData(() => props.registry.getPeople(ids), [props.registry, key], {
    enabled: ids.length > 0
  });
  const [picked, setPicked] = React.useState<ReadonlyMap<string, Person>>(new Map());
  const people = React.useMemo(() => {
    const map = new Map<string, Person>();
    if (loaded.state.status === 'ready')
      loaded.state.data.forEach((person) => map.set(person.id.toLowerCase(), person));
    picked.forEach((person, id) => map.has(id) || map.set(id, person));
    return map;
  }, [loaded.state, picked]);
  const remember = React.useCallback((added: readonly Person[]) => {
    setPicked((current) => {
      const next = new Map(current);
      added.forEach((person) => next.set(person.id.toLowerCase(), person));
      return next;
    });
  }, []);
  return { people, remember };
}

/** Props to state for `RegistryPanel`: may I curate, the entries, the map, the problems and the changes. */
export function useRegistryPanel(props: RegistryPanelProps): RegistryPanelState {
  const { registry } = props;
  const { locale } = useHost();
  const access = useAsyncData(() => registry.canCurate(), [registry]);
  const canCurate = access.state.status === 'ready' && access.state.data;
  const entries = useCuratedList(() => registry.getEntries(), [registry], canCurate);
  const rules = useCuratedList<JobFunctionRuleItem>(() => registry.getJobFunctionRules(), [registry], canCurate);
  const { problems, checkProblems } = useProblems(props, entries.state, canCurate);
  const { people, remember } = usePeople(props, entries.state);
  const [notice, setNotice] = React.useState<RegistryNotice | undefined>(undefined);
  const actions = useRegistryActions({ props, entries, rules, remember, setNotice });
  const jobFunctions = React.useMemo(
    () =>
      knownJobFunctions(
        entries.state.status === 'ready' ? entries.state.data : NONE,
        rules.state.status === 'ready' ? rules.state.data : NONE
      ),
    [entries.state, rules.state]
  );
  return {
    registry,
    locale,
    canCurate,
    entries: entries.state,
    reloadEntries: entries.reload,
    rules: rules.state,
    reloadRules: rules.reload,
    problems,
    checkProblems,
    people,
    jobFunctions,
    notice,
    actions
  };
}
