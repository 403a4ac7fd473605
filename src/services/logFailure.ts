import type { ServiceError } from './ServiceError';

/** Where failed service calls are written: SPFx's `Log` on a page, the console in the workbench. */
export type FailureSink = (source: string, message: string, error: ServiceError) => void;

let sink: FailureSink = () => undefined;

/** Set once by the host (the web part base class, the workbench). */
export function setFailureSink(next: FailureSink): void {
  sink = next;
}

/** Logs a failed service call once, where it becomes a ServiceError, and hands the error back to be rethrown. */
export function logFailure(operation: string, error: ServiceError): ServiceError {
  const status = error.status ? ` (${error.status})` : '';
  sink(`Kring.${operation}`, `${error.kind}${status}: ${error.message}`, error);
  return error;
}
