import * as React from 'react';
import type { EmulatorControl } from './emulatorControl';
import { choicesFromEmulator, emulatorFaultsFrom, NO_FAULT_CHOICES, type FaultChoices } from './faultChoices';

/** A slider sends many values while it is dragged: only the one it rests on goes to the emulator. */
const SEND_AFTER_MS = 150;

export type FaultProblem = { kind: 'read' | 'change'; reason: string } | undefined;

export interface FaultChoicesState {
  /** Undefined until the emulator has said what it is doing. */
  choices: FaultChoices | undefined;
  problem: FaultProblem;
  change: (next: FaultChoices) => void;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The emulator's faults as the panel's switches: read from the emulator whenever the panel opens (faults outlive
 * a reload of the page), and sent back when they change.
 */
export function useFaultChoices(control: EmulatorControl, open: boolean): FaultChoicesState {
  const [choices, setChoices] = React.useState<FaultChoices | undefined>(undefined);
  const [problem, setProblem] = React.useState<FaultProblem>(undefined);
  const sendTimer = React.useRef<number | undefined>(undefined);

  React.useEffect(() => {
    if (!open) {
      return undefined;
    }
    let current = true;
    control.faults().then(
      (settings) => {
        if (current && sendTimer.current === undefined) {
          setChoices(choicesFromEmulator(settings));
          setProblem(undefined);
        }
      },
      (error: unknown) => {
        if (current) {
          setChoices((known) => known ?? NO_FAULT_CHOICES);
          setProblem({ kind: 'read', reason: reasonOf(error) });
        }
      }
    );
    return () => {
      current = false;
    };
  }, [control, open]);

  React.useEffect(() => () => window.clearTimeout(sendTimer.current), []);

  const change = React.useCallback(
    (next: FaultChoices) => {
      setChoices(next);
      window.clearTimeout(sendTimer.current);
      sendTimer.current = window.setTimeout(() => {
        sendTimer.current = undefined;
        const faults = emulatorFaultsFrom(next);
        (faults ? control.setFaults(faults) : control.clearFaults()).then(
          () => setProblem(undefined),
          (error: unknown) => setProblem({ kind: 'change', reason: reasonOf(error) })
        );
      }, SEND_AFTER_MS);
    },
    [control]
  );

  return { choices, problem, change };
}
