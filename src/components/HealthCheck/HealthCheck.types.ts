import type { AsyncData } from '../../hooks/AsyncData';
import type { HealthReport } from '../../services/health/HealthReport';

/** One line of the report, as a MessageBar shows it. */
export interface HealthMessage {
  /** Stable per finding, for React keys and tests. */
  id: string;
  intent: 'success' | 'warning' | 'error';
  title: string;
  detail: string;
  /** A PnP PowerShell command that fixes it, shown as code. */
  command?: string;
}

export interface HealthCheckState {
  report: AsyncData<HealthReport>;
  messages: HealthMessage[];
  checkAgain: () => void;
}
