import { logFailure, setFailureSink } from './logFailure';
import { ServiceError } from './ServiceError';

describe('logFailure', () => {
  afterEach(() => setFailureSink(() => undefined));

  it('writes the failure once to the sink the host set and hands the same error back', () => {
    const written: string[] = [];
    setFailureSink((source, message) => written.push(`${source} ${message}`));
    const error = new ServiceError('throttled', 'Slow down', { status: 429 });

    expect(logFailure('people.getMe', error)).toBe(error);
    expect(written).toEqual(['Kring.people.getMe throttled (429): Slow down']);
  });
});
