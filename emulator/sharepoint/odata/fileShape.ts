import type { SpRequest, SpResponse } from '../http/spRoute';
import type { StoredFile } from '../store/fileStore';

/** The `SP.File` properties SharePoint answers for a file; Int64 `Length` as a string, as OData v3 writes it. */
function fileProperties(file: StoredFile): Record<string, unknown> {
  return {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${file.uniqueId.toUpperCase()}},${file.version},${file.version}`,
    CustomizedPageStatus: 0,
    ETag: `"{${file.uniqueId.toUpperCase()}},${file.version}"`,
    Exists: true,
    IrmEnabled: false,
    Length: String(file.length),
    Level: 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: file.version,
    MinorVersion: 0,
    Name: file.name,
    ServerRelativeUrl: file.serverRelativeUrl,
    TimeCreated: file.created,
    TimeLastModified: file.modified,
    Title: null,
    UIVersion: file.version * 512,
    UIVersionLabel: `${file.version}.0`,
    UniqueId: file.uniqueId
  };
}

function fileLink(file: StoredFile): string {
  return `Web/GetFileByServerRelativePath(decodedurl='${file.serverRelativeUrl.replace(/'/g, "''")}')`;
}

/** One file as `SP.File` in the request's response format. */
export function fileBody(request: SpRequest, file: StoredFile): SpResponse {
  const properties = fileProperties(file);
  const link = fileLink(file);
  const id = `${request.siteUrl}/_api/${link}`;
  if (request.format === 'verbose') {
    return { status: 200, body: { d: { __metadata: { id, uri: id, type: 'SP.File' }, ...properties } } };
  }
  if (request.format === 'minimalmetadata') {
    return {
      status: 200,
      body: {
        'odata.metadata': `${request.siteUrl}/_api/$metadata#SP.ApiData.Files12/@Element`,
        'odata.type': 'SP.File',
        'odata.id': id,
        'odata.editLink': link,
        ...properties
      }
    };
  }
  return { status: 200, body: properties };
}

/** An Int64 result (`StartUpload`, `ContinueUpload`), written as a string, as OData v3 does. */
export function int64Body(request: SpRequest, method: string, value: number): SpResponse {
  if (request.format === 'verbose') {
    return { status: 200, body: { d: { [method]: String(value) } } };
  }
  if (request.format === 'minimalmetadata') {
    return {
      status: 200,
      body: { 'odata.metadata': `${request.siteUrl}/_api/$metadata#Edm.Int64`, value: String(value) }
    };
  }
  return { status: 200, body: { value: String(value) } };
}
