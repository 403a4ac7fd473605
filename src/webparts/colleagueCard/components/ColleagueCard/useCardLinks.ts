import * as React from 'react';
import { directoryHref, groupFeedHref } from '../../../../components/links/suiteLinks';
import { useSuiteSettings } from '../../../../hooks/useSuiteSettings';
import type { ColleagueCardState } from './ColleagueCard.types';

/** Skills and interests open the who-knows-what directory; groups open their feed. */
export function useCardLinks(): ColleagueCardState['links'] {
  const settings = useSuiteSettings();
  return React.useMemo(
    () => ({
      topic: (tag: string) => directoryHref(settings, tag),
      group: (groupId: string) => groupFeedHref(settings, groupId)
    }),
    [settings]
  );
}
