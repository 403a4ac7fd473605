import { FilterFieldError, FilterSyntaxError } from '../../shared/odata/filterAst';
import { QueryOptionError } from '../odata/queryOptions';
import { KqlSyntaxError } from '../search/kqlParser';
import { SharePointError, SP_ERROR_CODES } from './spError';

/** Maps whatever a handler threw to the SharePoint error it answers with; unknown errors are 500s, never crashes. */
export function toSharePointError(error: unknown): SharePointError {
  if (error instanceof SharePointError) {
    return error;
  }
  if (error instanceof FilterSyntaxError || error instanceof QueryOptionError) {
    return new SharePointError(400, SP_ERROR_CODES.invalidClientQuery, `The expression is not valid. ${error.message}`);
  }
  if (error instanceof FilterFieldError) {
    return new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPException', error.message);
  }
  if (error instanceof KqlSyntaxError) {
    return new SharePointError(
      400,
      SP_ERROR_CODES.searchMalformed,
      'Your query is malformed. Please rephrase your query.'
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SharePointError(500, '-1, System.InvalidOperationException', message);
}
