import type { ResponseFormat } from './responseFormat';

/** A SharePoint REST failure: HTTP status plus the `code` and message SharePoint puts in its error JSON. */
export class SharePointError extends Error {
  public readonly status: number;
  public readonly code: string;

  public constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'SharePointError';
    this.status = status;
    this.code = code;
  }
}

export const SP_ERROR_CODES = {
  argument: '-1, System.ArgumentException',
  argumentOutOfRange: '-2146233086, System.ArgumentOutOfRangeException',
  invalidOperation: '-1, System.InvalidOperationException',
  clientService: '-1, Microsoft.SharePoint.Client.ClientServiceException',
  invalidClientQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  itemMissing: '-2130575338, System.ArgumentException',
  versionConflict: '-2130575305, Microsoft.SharePoint.SPException',
  searchMalformed: '-1, Microsoft.Office.Server.Search.REST.SearchServiceException',
  unsupported: '-1, System.NotSupportedException'
} as const;

export function notFound(message: string, code: string = SP_ERROR_CODES.argument): SharePointError {
  return new SharePointError(404, code, message);
}

/** SharePoint's answer to a call the user has no permission for. */
export function accessDenied(): SharePointError {
  return new SharePointError(
    403,
    '-2147024891, System.UnauthorizedAccessException',
    'Access denied. You do not have permission to perform this action or access this resource.'
  );
}

/** SharePoint's error JSON: `odata.error` in JSON light, `error` under verbose. */
export function errorBody(error: SharePointError, format: ResponseFormat): unknown {
  const detail = { code: error.code, message: { lang: 'en-US', value: error.message } };
  return format === 'verbose' ? { error: detail } : { 'odata.error': detail };
}
