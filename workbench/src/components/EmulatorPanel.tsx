import * as React from 'react';
import { Button, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { EmulatorControl } from '../emulatorControl';
import type { PageRequestLog } from '../pageRequestLog';
import { useWorkbenchStrings } from '../strings';
import { useFaultChoices, type FaultProblem } from '../useFaultChoices';
import { usePageRequests } from '../usePageRequests';
import { FaultControls } from './FaultControls';
import { RequestLogTable } from './RequestLogTable';

export interface EmulatorPanelProps {
  control: EmulatorControl;
  requestLog: PageRequestLog;
  /** Collapsed, the panel stops reading the log; opening it reads the emulator's faults again. */
  open: boolean;
  /** Changes whenever the workbench starts an action, so the log is read again at once. */
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
  logHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM }
});

function useProblemText(faultProblem: FaultProblem, logProblem: string | undefined): string | undefined {
  const strings = useWorkbenchStrings().emulatorPanel;
  if (faultProblem) {
    return faultProblem.kind === 'read'
      ? strings.readFaultsFailed(faultProblem.reason)
      : strings.changeFaultsFailed(faultProblem.reason);
  }
  return logProblem === undefined ? undefined : strings.readLogFailed(logProblem);
}

/** The emulator's faults as it reports them, and the requests of the current page, newest first. */
export function EmulatorPanel({ control, requestLog, open, actionCount }: EmulatorPanelProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings().emulatorPanel;
  const faults = useFaultChoices(control, open);
  const requests = usePageRequests(requestLog, open, actionCount);
  const problem = useProblemText(faults.problem, requests.problem);
  const { entries } = requests;
  return (
    <section
      id="workbench-emulator-panel"
      hidden={!open}
      className={open ? styles.panel : styles.collapsed}
      aria-label={strings.title}
      data-workbench-chrome="emulator-panel"
    >
      <Subtitle2 as="h2">{strings.title}</Subtitle2>
      {faults.choices ? (
        <FaultControls choices={faults.choices} onChange={faults.change} />
      ) : (
        <Text>{strings.readingFaults}</Text>
      )}
      <div className={styles.logHeader}>
        <Text weight="semibold">
          {entries === undefined ? strings.readingLog : strings.requestCount(entries.length)}
        </Text>
        <Button size="small" onClick={requests.clear}>
          {strings.clearLog}
        </Button>
      </div>
      {problem && <Text role="alert">{problem}</Text>}
      {entries && entries.length > 0 && <RequestLogTable entries={entries} />}
    </section>
  );
}
