/** A failure answered with Graph's error JSON. */
export class GraphError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Readonly<Record<string, string>> = {},
    /** Fields some answers add to `innerError`, such as the `code`, `message` and `status` of a 429. */
    public readonly innerErrorDetails: Readonly<Record<string, string>> = {}
  ) {
    super(message);
  }
}

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string } & Record<string, string>;
  };
}

export function graphErrorBody(
  code: string,
  message: string,
  requestId: string,
  clientRequestId: string,
  innerErrorDetails: Readonly<Record<string, string>> = {}
): GraphErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        ...innerErrorDetails,
        date: new Date().toISOString().replace(/\.\d{3}Z$/, ''),
        'request-id': requestId,
        'client-request-id': clientRequestId
      }
    }
  };
}

export const badRequest = (message: string, code = 'BadRequest'): GraphError => new GraphError(400, code, message);

export const resourceNotFound = (resource: string): GraphError =>
  new GraphError(
    404,
    'Request_ResourceNotFound',
    `Resource '${resource}' does not exist or one of its queried reference-property objects are not present.`
  );

export const itemNotFound = (message: string): GraphError => new GraphError(404, 'NotFound', message);

export const forbidden = (
  message = 'Insufficient privileges to complete the operation.',
  code = 'Authorization_RequestDenied'
): GraphError => new GraphError(403, code, message);

export const preconditionFailed = (): GraphError =>
  new GraphError(
    412,
    'PreconditionFailed',
    'The ETag value in the If-Match header does not match the current version of the resource.'
  );

/** Graph's own wording for a body that is not JSON. */
export const unreadableJson = (): GraphError =>
  badRequest(
    'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.'
  );

const CODE_FOR_STATUS: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  412: 'PreconditionFailed',
  413: 'RequestEntityTooLarge',
  414: 'RequestUriTooLong',
  415: 'UnsupportedMediaType',
  424: 'FailedDependency',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  501: 'NotImplemented',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout'
};

export function codeForStatus(status: number): string {
  return CODE_FOR_STATUS[status] ?? (status >= 500 ? 'InternalServerError' : 'BadRequest');
}

const MESSAGE_FOR_STATUS: Readonly<Record<number, string>> = {
  429: 'Too many requests. Retry after the interval in the Retry-After header.',
  503: 'The service is temporarily unavailable. Retry the request later.',
  504: 'The request timed out.',
  500: 'An internal server error occurred.'
};

export function messageForStatus(status: number): string {
  return MESSAGE_FOR_STATUS[status] ?? `The request failed with status ${status}.`;
}
