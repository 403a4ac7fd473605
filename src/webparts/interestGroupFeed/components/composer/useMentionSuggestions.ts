import * as React from 'react';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import { useDebouncedQuery } from '../../../../hooks/useDebouncedQuery';
import { MENTION_SUGGESTIONS, mentionSuggestions } from '../../../../model/composer/mentionSuggestions';
import type { Person } from '../../../../model/Person';
import { useServices } from '../../../../services/ServicesContext';

export interface MentionSuggestionsResult {
  people: Person[];
  /** Who of them is a member of the group. */
  memberIds: ReadonlySet<string>;
  /** The directory is still being searched (the group's members show already). */
  searching: boolean;
  /** Neither the members nor the directory could be read. */
  failed: boolean;
}

/**
 * Whom "@query" may mean: the group's members who match, at once (read once, at the first "@"), then the
 * directory's people for the same words, a moment after typing stops.
 */
export function useMentionSuggestions(
  groupId: string | undefined,
  query: string | undefined
): MentionSuggestionsResult {
  const services = useServices();
  // The members are read when the first "@" is typed, not for every composer opened.
  const [mentioning, setMentioning] = React.useState(false);
  React.useEffect(() => {
    if (query !== undefined) setMentioning(true);
  }, [query]);
  const members = useAsyncData(() => services.groups.getMembers(groupId as string), [services, groupId], {
    enabled: groupId !== undefined && mentioning
  }).state;
  const memberIds = React.useMemo(
    () => new Set(members.status === 'ready' ? members.data.map((member) => member.id) : []),
    [members]
  );
  const directory = useDebouncedQuery(query ?? '', (text) => services.people.searchPeople(text, MENTION_SUGGESTIONS), {
    delayMs: 250,
    enabled: query !== undefined
  }).state;
  const people = React.useMemo(
    () =>
      query === undefined
        ? []
        : mentionSuggestions(
            query,
            members.status === 'ready' ? members.data : [],
            directory.status === 'ready' ? directory.data : []
          ),
    [query, members, directory]
  );
  return {
    people,
    memberIds,
    searching: directory.status === 'loading' || (query !== undefined && directory.status === 'idle' && query !== ''),
    failed: members.status === 'error' && directory.status === 'error'
  };
}
