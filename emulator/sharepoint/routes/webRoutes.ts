import { createHash } from 'crypto';
import type { SpRequest, SpResponse, SpRoute } from '../http/spRoute';
import { selectProperties } from '../odata/selectProperties';

const FORM_DIGEST_TIMEOUT_SECONDS = 1800;
const LIBRARY_VERSION = '16.0.25421.12006';

/** A stable GUID per site path (the same on every host and port). */
function siteId(sitePath: string): string {
  const hex = createHash('md5').update(`site:${sitePath}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function formDigest(request: SpRequest, now: Date): string {
  const hex = createHash('sha256')
    .update(`${request.userId ?? 'anonymous'}|${now.toISOString()}`)
    .digest('hex')
    .toUpperCase();
  return `0x${hex}${hex.slice(0, 64)},${now.toUTCString().replace('GMT', '-0000')}`;
}

function contextInfo(request: SpRequest): SpResponse {
  const info = {
    FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: formDigest(request, new Date()),
    IsDocumentLibrary: false,
    LibraryVersion: LIBRARY_VERSION,
    SiteFullUrl: request.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: request.siteUrl
  };
  if (request.format === 'verbose') {
    return {
      status: 200,
      body: {
        d: {
          GetContextWebInformation: {
            __metadata: { type: 'SP.ContextWebInformation' },
            ...info,
            SupportedSchemaVersions: {
              __metadata: { type: 'Collection(Edm.String)' },
              results: info.SupportedSchemaVersions
            }
          }
        }
      }
    };
  }
  if (request.format === 'minimalmetadata') {
    return {
      status: 200,
      body: { 'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ContextWebInformation`, ...info }
    };
  }
  return { status: 200, body: info };
}

function web(request: SpRequest): SpResponse {
  const { site } = request;
  const all = {
    AllowRssFeeds: true,
    Created: site.created,
    Description: site.description,
    Id: siteId(site.path.toLowerCase()),
    IsMultilingual: site.group === undefined,
    Language: 1043,
    LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ServerRelativeUrl: site.path,
    Title: site.title,
    Url: request.siteUrl,
    WebTemplate: site.webTemplate
  };
  const values = selectProperties(all, request.query.$select, 'SP.Web');
  if (request.format === 'verbose') {
    return {
      status: 200,
      body: {
        d: {
          __metadata: { id: `${request.siteUrl}/_api/Web`, uri: `${request.siteUrl}/_api/Web`, type: 'SP.Web' },
          ...values
        }
      }
    };
  }
  if (request.format === 'minimalmetadata') {
    return {
      status: 200,
      body: {
        'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.Webs/@Element`,
        'odata.type': 'SP.Web',
        'odata.id': `${request.siteUrl}/_api/Web`,
        'odata.editLink': `${request.siteUrl}/_api/Web`,
        ...values
      }
    };
  }
  return { status: 200, body: values };
}

export const WEB_ROUTES: readonly SpRoute[] = [
  { pattern: /^contextinfo$/i, methods: ['POST'], handle: contextInfo },
  { pattern: /^web$/i, methods: ['GET'], handle: web }
];
