import * as React from 'react';
import { Field, makeStyles, Slider, Switch, tokens } from '@fluentui/react-components';
import { percentFromRate, rateFromPercent, type FaultChoices } from '../faultChoices';
import { useWorkbenchStrings } from '../strings';

export interface FaultControlsProps {
  choices: FaultChoices;
  onChange: (next: FaultChoices) => void;
}

const useStyles = makeStyles({
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXL },
  rate: { minWidth: '260px' }
});

/** Latency and failure injection: a switch each, and how many requests fail (1–100 %). */
export function FaultControls({ choices, onChange }: FaultControlsProps): React.ReactElement {
  const styles = useStyles();
  const strings = useWorkbenchStrings().emulatorPanel;
  const statuses = choices.statuses
    .map((status) => (status === 0 ? strings.droppedConnection : String(status)))
    .join(` ${strings.or} `);
  const percent = percentFromRate(choices.failureRate);
  return (
    <div className={styles.controls}>
      <Switch
        label={strings.slowResponses(choices.latencyMs)}
        checked={choices.latency}
        onChange={(_, data) => onChange({ ...choices, latency: data.checked })}
      />
      <Switch
        label={strings.injectFailures(statuses, choices.retryAfterSeconds)}
        checked={choices.failures}
        onChange={(_, data) => onChange({ ...choices, failures: data.checked })}
      />
      <Field label={strings.failureRate(percent)} className={styles.rate}>
        <Slider
          min={1}
          max={100}
          value={percent}
          disabled={!choices.failures}
          onChange={(_, data) => onChange({ ...choices, failureRate: rateFromPercent(data.value) })}
        />
      </Field>
    </div>
  );
}
