import * as React from 'react';
import {
  Button,
  makeStyles,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens
} from '@fluentui/react-components';
import type { EmulatorControl, FaultSettings, RequestLogEntry } from '../emulatorControl';

const LATENCY_MS = 800;
const FAILURE_RATE = 0.3;
const RETRY_AFTER_SECONDS = 1;
const FAULTS: FaultSettings = { failureRate: FAILURE_RATE, statuses: [429, 503], retryAfterSeconds: RETRY_AFTER_SECONDS };

export interface EmulatorPanelProps {
  control: EmulatorControl;
  /** Collapsed, the panel keeps its switches' state but stops reading the log. */
  open: boolean;
  /** Changes whenever the workbench starts an action, so the log shows what that action requested. */
  actionCount: number;
}

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    maxHeight: '45vh',
    overflowY: 'auto'
  },
  collapsed: { display: 'none' },
  switches: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXL },
  logHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  narrow: { width: '88px' },
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

function faultsFor(latency: boolean, failures: boolean): FaultSettings | undefined {
  if (!latency && !failures) {
    return undefined;
  }
  return { ...(latency ? { latencyMs: LATENCY_MS } : {}), ...(failures ? FAULTS : {}) };
}

/** Latency and fault injection switches, and the emulator's request log since the last workbench action. */
export function EmulatorPanel({ control, open, actionCount }: EmulatorPanelProps): React.ReactElement {
  const styles = useStyles();
  const [latency, setLatency] = React.useState(false);
  const [failures, setFailures] = React.useState(false);
  const [log, setLog] = React.useState<RequestLogEntry[] | undefined>(undefined);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);

  const refresh = React.useCallback(() => {
    control.requests().then(
      (entries) => {
        setLog(entries);
        setProblem(undefined);
      },
      (error: unknown) => setProblem(`Could not read the request log: ${String(error)}`)
    );
  }, [control]);

  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    refresh();
    const timer = window.setInterval(refresh, 1000);
    return () => window.clearInterval(timer);
  }, [open, refresh, actionCount]);

  const applyFaults = (nextLatency: boolean, nextFailures: boolean): void => {
    setLatency(nextLatency);
    setFailures(nextFailures);
    const faults = faultsFor(nextLatency, nextFailures);
    (faults ? control.setFaults(faults) : control.clearFaults()).then(
      () => setProblem(undefined),
      (error: unknown) => setProblem(`Could not change faults: ${String(error)}`)
    );
  };

  return (
    <section id="workbench-emulator-panel" hidden={!open} className={open ? styles.panel : styles.collapsed} aria-label="Emulator" data-workbench-chrome="emulator-panel">
      <Subtitle2 as="h2">Emulator</Subtitle2>
      <div className={styles.switches}>
        <Switch label={`Slow responses (${LATENCY_MS} ms latency)`} checked={latency} onChange={(_, data) => applyFaults(data.checked, failures)} />
        <Switch
          label={`Inject failures (${FAILURE_RATE * 100}% answer 429 or 503, Retry-After ${RETRY_AFTER_SECONDS} s)`}
          checked={failures}
          onChange={(_, data) => applyFaults(latency, data.checked)}
        />
      </div>
      <div className={styles.logHeader}>
        <Text weight="semibold">
          {log === undefined ? 'Reading the request log…' : `${log.length} request${log.length === 1 ? '' : 's'} since the last action`}
        </Text>
        <Button size="small" onClick={() => control.clearRequests().then(refresh, refresh)}>
          Clear log
        </Button>
      </div>
      {problem && <Text role="alert">{problem}</Text>}
      {log && log.length > 0 && (
        <Table size="extra-small" aria-label="Requests since the last action">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.narrow}>Method</TableHeaderCell>
              <TableHeaderCell>URL</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>Status</TableHeaderCell>
              <TableHeaderCell className={styles.narrow}>In $batch</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {log.map((entry, index) => (
              <TableRow key={index}>
                <TableCell>{entry.method}</TableCell>
                <TableCell className={styles.url}>{readableUrl(entry.url)}</TableCell>
                <TableCell>{entry.status}</TableCell>
                <TableCell>{entry.batch ? 'yes' : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
