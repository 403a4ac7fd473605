import * as React from 'react';
import { useHost } from '../../../../host/HostContext';
import { exactTime, relativeTime } from './timeFormat';

/** "2 hours ago", with the exact time on hover (the title) and for screen readers. */
export function MessageTime({ iso }: { iso: string }): React.ReactElement {
  const { locale } = useHost();
  const exact = exactTime(iso, locale);
  return (
    <time dateTime={iso} title={exact} aria-label={exact}>
      {relativeTime(iso, locale)}
    </time>
  );
}
