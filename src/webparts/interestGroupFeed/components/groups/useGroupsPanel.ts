import * as React from 'react';
import { groupFeedHref, directoryHref } from '../../../../components/links/suiteLinks';
import { useSuiteSettings } from '../../../../hooks/useSuiteSettings';
import { useHost } from '../../../../host/HostContext';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { filterGroups, jobFunctionOptions, NO_FILTERS, topicOptions, type GroupFilters } from './filterGroups';
import type { GroupCardContext, GroupsPanelProps, GroupsPanelState } from './GroupsPanel.types';
import { useGroupDirectory } from './useGroupDirectory';
import { useMembership } from './useMembership';
import { useRequestsToDecide } from './useRequestsToDecide';

const nobody = (): boolean => false;
const NO_GROUPS: InterestGroup[] = [];

/** Props to state for `GroupsPanel`: the directory, my memberships, the filters and what passes them. */
export function useGroupsPanel({ onOpenFeed }: GroupsPanelProps): GroupsPanelState {
  const { locale } = useHost();
  const settings = useSuiteSettings();
  const { directory, reload, suggestions, reloadSuggestions } = useGroupDirectory();
  const [filters, setFilters] = React.useState<GroupFilters>(NO_FILTERS);
  const clearFilters = React.useCallback(() => setFilters(NO_FILTERS), []);

  const groups = directory.status === 'ready' ? directory.data.groups : NO_GROUPS;
  const { isMember, membershipOf, change } = useMembership(
    directory.status === 'ready' ? directory.data.isMember : nobody
  );
  const requests = useRequestsToDecide();
  const visible = React.useMemo(() => filterGroups(groups, filters, isMember), [groups, filters, isMember]);
  const jobFunctions = React.useMemo(() => jobFunctionOptions(groups), [groups]);
  const topics = React.useMemo(() => topicOptions(groups, locale), [groups, locale]);
  const card = React.useMemo<GroupCardContext>(
    () => ({
      locale,
      isMember,
      membershipOf,
      change,
      topicHref: (topic) => directoryHref(settings, topic),
      feedHref: (groupId) => groupFeedHref(settings, groupId),
      onOpenFeed
    }),
    [locale, isMember, membershipOf, change, settings, onOpenFeed]
  );

  return {
    directory,
    reload,
    suggestions,
    reloadSuggestions,
    filters,
    setFilters,
    clearFilters,
    visible,
    jobFunctions,
    topics,
    card,
    requests
  };
}
