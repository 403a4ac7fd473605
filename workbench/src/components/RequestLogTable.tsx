import * as React from 'react';
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens
} from '@fluentui/react-components';
import type { RequestLogEntry } from '../emulatorControl';
import { useWorkbenchStrings } from '../strings';

const useStyles = makeStyles({
  narrow: { width: '88px' },
  time: { width: '104px', fontVariantNumeric: 'tabular-nums' },
  url: { wordBreak: 'break-all', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 }
});

/** Query strings decoded, so `$select` lists and filters read as written. */
function readableUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** The time of day with milliseconds: requests of one page follow each other closely. */
function timeOfDay(at: string | number | undefined, locale: string): string {
  const date = at === undefined ? undefined : new Date(at);
  if (!date || Number.isNaN(date.getTime())) {
    return '';
  }
  const time = date.toLocaleTimeString(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false
  });
  return `${time}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

/** The page's requests, newest first, with the emulator's time when it sends one. */
export function RequestLogTable({ entries }: { entries: readonly RequestLogEntry[] }): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings();
  const { columns } = strings.emulatorPanel;
  const timed = entries.some((entry) => entry.at !== undefined);
  return (
    <Table size="extra-small" aria-label={strings.emulatorPanel.logTable}>
      <TableHeader>
        <TableRow>
          {timed && <TableHeaderCell className={styles.time}>{columns.time}</TableHeaderCell>}
          <TableHeaderCell className={styles.narrow}>{columns.method}</TableHeaderCell>
          <TableHeaderCell>{columns.url}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{columns.status}</TableHeaderCell>
          <TableHeaderCell className={styles.narrow}>{columns.inBatch}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry, index) => (
          <TableRow key={entry.seq ?? `old-${entries.length - index}`}>
            {timed && <TableCell className={styles.time}>{timeOfDay(entry.at, strings.locale)}</TableCell>}
            <TableCell>{entry.method}</TableCell>
            <TableCell className={styles.url}>{readableUrl(entry.url)}</TableCell>
            <TableCell>{entry.status}</TableCell>
            <TableCell>{entry.batch ? strings.emulatorPanel.yes : ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
