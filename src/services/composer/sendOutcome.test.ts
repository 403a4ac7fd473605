import { ServiceError, kindForStatus } from '../ServiceError';
import { sendOutcomeOf } from './sendOutcome';

const answered = (status: number, code?: string): ServiceError =>
  new ServiceError(kindForStatus(status), 'x', { status, code });

describe('what a failed send says about the message', () => {
  it.each([400, 401, 403, 404, 409, 413, 429])('%i: Graph refused it, nothing was stored', (status) => {
    expect(sendOutcomeOf(answered(status))).toBe('notStored');
  });

  it('a 5xx with Graph error JSON: refused, nothing stored', () => {
    expect(sendOutcomeOf(answered(500, 'InternalServerError'))).toBe('notStored');
    expect(sendOutcomeOf(answered(503, 'ServiceUnavailable'))).toBe('notStored');
  });

  it.each([
    ['no answer (dropped connection)', new ServiceError('network', 'Failed to fetch')],
    ['the send timed out', new ServiceError('network', 'The request timed out.')],
    ['an answer that could not be read', new ServiceError('failed', 'no id')],
    ['408', answered(408, 'RequestTimeout')],
    ['502 from a gateway', answered(502)],
    ['504 even with Graph error JSON', answered(504, 'GatewayTimeout')],
    ['a 500 without Graph error JSON', answered(500)],
    ['a 503 without Graph error JSON', answered(503)]
  ])('%s: unknown, the channel is checked', (_name, error) => {
    expect(sendOutcomeOf(error)).toBe('unknown');
  });
});
