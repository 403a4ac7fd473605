import * as React from 'react';
import { Tooltip } from '@fluentui/react-components';
import { useHost } from '../../../../host/HostContext';
import { exactTime, relativeTime } from './timeFormat';

/** "2 hours ago", with the exact time on hover and focus and for screen readers. */
export function MessageTime({ iso }: { iso: string }): React.ReactElement {
  const { locale } = useHost();
  const exact = exactTime(iso, locale);
  return (
    <Tooltip content={exact} relationship="description">
      <time dateTime={iso} tabIndex={0} aria-label={exact}>
        {relativeTime(iso, locale)}
      </time>
    </Tooltip>
  );
}
