import type { SignedInUser } from '../../shared/http/requestState';
import type { BasePermissions } from '../sites/permissions';
import type { Site } from '../sites/site';
import type { SiteLists } from '../sites/siteLists';
import type { SharePointStore } from '../store/sharePointStore';
import type { ResponseFormat } from './responseFormat';

/** What a SharePoint REST handler sees of a request, already normalised by the router. */
export interface SpRequest {
  store: SharePointStore;
  /** The site the request is addressed to (`/sites/<name>/_api/…`). */
  site: Site;
  lists: SiteLists;
  /** The signed-in user's effective permissions on the site. */
  permissions: BasePermissions;
  /** The effective method: `X-HTTP-Method` (MERGE, DELETE, PUT) on a POST wins over the HTTP method. */
  method: string;
  /** Decoded path after `/_api/`, e.g. `web/lists/getbytitle('Kring Highlights')/items(3)`. */
  path: string;
  query: Readonly<Record<string, string | undefined>>;
  body: unknown;
  /** The bytes of a file-content call (`Files/add`, `StartUpload`, …), whatever its Content-Type. */
  fileContent?: Buffer;
  headers: Readonly<Record<string, string | undefined>>;
  format: ResponseFormat;
  /** Absolute URL of the site, e.g. `http://localhost:4301/sites/intranet`. */
  siteUrl: string;
  /** The request URL as received (path and query), for next-page links. */
  url: string;
  /** Entra id of the signed-in user, when the server has authenticated one. */
  userId: string | undefined;
  /** The signed-in user, when the server has authenticated one. */
  user: SignedInUser | undefined;
}

export interface SpResponse {
  status: number;
  body?: unknown;
  /** Bytes sent as they are (a file's `$value`), with the Content-Type in `headers`. */
  raw?: Buffer;
  headers?: Record<string, string>;
}

export interface SpRoute {
  pattern: RegExp;
  methods: readonly string[];
  handle(request: SpRequest, match: RegExpExecArray): SpResponse;
}
