import { badRequest } from '../../shared/http/errors';
import { FilterSyntaxError } from '../../shared/odata/filterAst';
import { parseFilter } from '../../shared/odata/filterParser';

const ONLY_SUPPORTED =
  "Only 'lastModifiedDateTime gt <DateTimeOffset>' is supported as $filter on channel messages delta.";

/**
 * The one filter `messages/delta` accepts: `lastModifiedDateTime gt <date>`; answers the date as an ISO time with
 * milliseconds, comparable with the stored times.
 */
export function deltaFilterSince(raw: string): string {
  let node;
  try {
    node = parseFilter(raw);
  } catch (error) {
    if (error instanceof FilterSyntaxError) {
      throw badRequest(`Invalid filter clause: ${error.message} ${ONLY_SUPPORTED}`);
    }
    throw error;
  }
  const supported =
    node.kind === 'compare' &&
    node.operator === 'gt' &&
    node.left.kind === 'property' &&
    node.left.name.toLowerCase() === 'lastmodifieddatetime' &&
    node.right.kind === 'datetime';
  const time =
    supported && node.kind === 'compare' && node.right.kind === 'datetime' ? Date.parse(node.right.value) : NaN;
  if (!Number.isFinite(time)) {
    throw badRequest(`Invalid filter clause '${raw.slice(0, 100)}'. ${ONLY_SUPPORTED}`);
  }
  return new Date(time).toISOString();
}
