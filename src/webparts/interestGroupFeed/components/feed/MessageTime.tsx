import * as React from 'react';
import { useHost } from '../../../../host/HostContext';
import { exactTime, relativeTime } from './timeFormat';

/**
 * "2 hours ago", with the exact time on hover (the title) and for screen readers; `preview` leaves the exact time
 * (a full date is slow to format) to the full card.
 */
export function MessageTime({ iso, preview = false }: { iso: string; preview?: boolean }): React.ReactElement {
  const { locale } = useHost();
  const exact = preview ? undefined : exactTime(iso, locale);
  return (
    <time dateTime={iso} title={exact} aria-label={exact}>
      {relativeTime(iso, locale)}
    </time>
  );
}
