import * as React from 'react';
import type { AsyncData } from '../../../../hooks/AsyncData';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { InterestGroup, JobFunctionRule } from '../../../../model/feed/InterestGroup';
import { jobFunctionsOf } from '../../../../model/feed/jobFunctions';
import { suggestGroups, type GroupSuggestion } from '../../../../model/feed/suggestGroups';
import type { PersonProfile } from '../../../../model/PersonProfile';
import type { GroupsService } from '../../../../services/groups/GroupsService';
import { useServices } from '../../../../services/ServicesContext';
import { sortGroups } from './filterGroups';

/** The registry's groups with Graph's details, and which of them I am in. */
export interface GroupDirectory {
  /** Featured first, then by name. */
  groups: InterestGroup[];
  jobFunctionRules: JobFunctionRule[];
  isMember: (groupId: string) => boolean;
}

export interface GroupDirectoryResult {
  directory: AsyncData<GroupDirectory>;
  reload: () => void;
  /** Groups for me; follows the directory, and fails on its own when my profile cannot be read. */
  suggestions: AsyncData<GroupSuggestion[]>;
  reloadSuggestions: () => void;
}

async function loadDirectory(services: GroupsService): Promise<GroupDirectory> {
  const [registry, myGroupIds] = await Promise.all([services.getRegistry(), services.getMyGroupIds()]);
  const groups = registry.groups.length > 0 ? await services.withDetails(registry.groups) : [];
  const mine = new Set([...myGroupIds].map((id) => id.toLowerCase()));
  return {
    groups: sortGroups(groups),
    jobFunctionRules: registry.jobFunctionRules,
    isMember: (groupId) => mine.has(groupId.toLowerCase())
  };
}

function suggestionsFor(directory: GroupDirectory, me: PersonProfile): GroupSuggestion[] {
  return suggestGroups(
    directory.groups,
    {
      jobFunctions: jobFunctionsOf(me.jobTitle, directory.jobFunctionRules),
      topics: [...me.skills, ...me.interests]
    },
    directory.isMember
  );
}

function combine(directory: AsyncData<GroupDirectory>, me: AsyncData<PersonProfile>): AsyncData<GroupSuggestion[]> {
  if (directory.status !== 'ready') {
    return directory.status === 'error' ? { status: 'idle' } : directory;
  }
  if (me.status !== 'ready') {
    return me.status === 'empty' ? { status: 'empty' } : me;
  }
  const suggestions = suggestionsFor(directory.data, me.data);
  return suggestions.length > 0 ? { status: 'ready', data: suggestions } : { status: 'empty' };
}

const noGroups = (directory: GroupDirectory): boolean => directory.groups.length === 0;

/**
 * Loads the registry and my memberships at once, then the groups' details in one `$batch`; my profile (job title,
 * skills, interests) alongside, for the suggestions. A failed profile costs only the suggestions.
 */
export function useGroupDirectory(): GroupDirectoryResult {
  const { groups, people } = useServices();
  const directory = useAsyncData(() => loadDirectory(groups), [groups], { isEmpty: noGroups });
  const me = useAsyncData(() => people.getProfileCard('me').then((card) => card.profile), [people]);
  const suggestions = React.useMemo(() => combine(directory.state, me.state), [directory.state, me.state]);
  return { directory: directory.state, reload: directory.reload, suggestions, reloadSuggestions: me.reload };
}
