import { ServiceError, kindForStatus } from './ServiceError';

interface GraphErrorBody {
  error?: { code?: string; message?: string } | { code?: string; message?: { value?: string } };
  'odata.error'?: { code?: string; message?: { value?: string } };
}

function readErrorBody(text: string): { code?: string; message?: string } {
  try {
    const body = JSON.parse(text) as GraphErrorBody;
    const error = body.error ?? body['odata.error'];
    if (!error) {
      return {};
    }
    const message = typeof error.message === 'string' ? error.message : error.message?.value;
    return { code: error.code, message };
  } catch {
    return {};
  }
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const value = headers?.get('Retry-After');
  const seconds = value === null || value === undefined ? NaN : Number(value);
  return Number.isFinite(seconds) ? seconds : undefined;
}

interface HttpErrorLike {
  isHttpRequestError?: boolean;
  status?: number;
  response?: Response;
  message?: string;
}

/**
 * Turns whatever PnPjs or fetch threw into a ServiceError. PnPjs's HttpRequestError keeps the Response, whose
 * body (Graph's error JSON) may already have been read into the message; both are handled.
 */
export async function toServiceError(error: unknown): Promise<ServiceError> {
  if (error instanceof ServiceError) {
    return error;
  }
  const http = error as HttpErrorLike;
  if (http && typeof http.status === 'number' && http.status > 0) {
    let details: { code?: string; message?: string } = {};
    if (http.response && !http.response.bodyUsed) {
      details = readErrorBody(
        await http.response
          .clone()
          .text()
          .catch(() => '')
      );
    }
    if (!details.message && http.message) {
      const json = http.message.indexOf('{');
      details = json >= 0 ? readErrorBody(http.message.slice(json)) : {};
    }
    return new ServiceError(
      kindForStatus(http.status),
      details.message ?? `Request failed with status ${http.status}.`,
      {
        status: http.status,
        code: details.code,
        retryAfterSeconds: retryAfter(http.response?.headers)
      }
    );
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new ServiceError('network', 'The request timed out.');
  }
  return new ServiceError('network', error instanceof Error ? error.message : String(error));
}
