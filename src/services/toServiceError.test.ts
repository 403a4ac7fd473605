/** @jest-environment node */
import { ServiceError } from './ServiceError';
import { toServiceError } from './toServiceError';

function httpError(status: number, body: string, headers: Record<string, string> = {}): unknown {
  const response = new Response(body, { status, headers });
  return Object.assign(new Error(`Error making HttpClient request in queryable [${status}] ${body}`), {
    isHttpRequestError: true,
    status,
    response
  });
}

describe('toServiceError', () => {
  it('reads Graph error JSON and the Retry-After header', async () => {
    const error = await toServiceError(
      httpError(429, JSON.stringify({ error: { code: 'TooManyRequests', message: 'Slow down' } }), {
        'Retry-After': '7'
      })
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.kind).toBe('throttled');
    expect(error.code).toBe('TooManyRequests');
    expect(error.message).toBe('Slow down');
    expect(error.retryAfterSeconds).toBe(7);
    expect(error.retryable).toBe(true);
  });

  it('reads SharePoint odata.error JSON', async () => {
    const error = await toServiceError(
      httpError(
        403,
        JSON.stringify({
          'odata.error': {
            code: '-2147024891, System.UnauthorizedAccessException',
            message: { value: 'Access denied.' }
          }
        })
      )
    );
    expect(error.kind).toBe('forbidden');
    expect(error.message).toBe('Access denied.');
    expect(error.retryable).toBe(false);
  });

  it('maps statuses to kinds', async () => {
    expect((await toServiceError(httpError(404, '{}'))).kind).toBe('notFound');
    expect((await toServiceError(httpError(412, '{}'))).kind).toBe('conflict');
    expect((await toServiceError(httpError(503, 'oops'))).kind).toBe('unavailable');
    expect((await toServiceError(httpError(400, 'not json'))).message).toBe('Request failed with status 400.');
  });

  it('treats thrown non-HTTP errors as network failures', async () => {
    const error = await toServiceError(new TypeError('Failed to fetch'));
    expect(error.kind).toBe('network');
    expect(error.retryable).toBe(true);
  });

  it('passes ServiceErrors through unchanged', async () => {
    const original = new ServiceError('invalid', 'bad');
    expect(await toServiceError(original)).toBe(original);
  });
});
