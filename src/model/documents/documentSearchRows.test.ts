import { toDraftAttachment, uploadedFileAttachment } from './documentAttachment';
import { normalisedUniqueId, searchRowsOf, toIntranetDocument, type DocumentSearchRow } from './documentSearchRows';

const TENANT = 'https://hogeschool.sharepoint.com';

const ROW: DocumentSearchRow = {
  UniqueId: '{1B0B4F3E-6A2D-4C1B-9E8F-0A1B2C3D4E5F}',
  Title: 'Toetsbeleid 2026',
  FileType: 'docx',
  Path: `${TENANT}/sites/intranet/Gedeelde documenten/Onderwijs/Toetsing/Toetsbeleid 2026.docx`,
  SPWebUrl: `${TENANT}/sites/intranet`,
  SiteName: `${TENANT}/sites/intranet`,
  SiteTitle: 'Intranet',
  Author: 'Anne de Vries;Pieter van den Berg',
  LastModifiedTime: '2026-03-02T09:15:00.0000000Z'
};

describe('toIntranetDocument', () => {
  it('maps a search row: encoded URL, site, folder within the site, authors, time', () => {
    expect(toIntranetDocument(ROW, TENANT)).toEqual({
      uniqueId: '1b0b4f3e-6a2d-4c1b-9e8f-0a1b2c3d4e5f',
      title: 'Toetsbeleid 2026',
      fileName: 'Toetsbeleid 2026.docx',
      fileType: 'docx',
      url: `${TENANT}/sites/intranet/Gedeelde%20documenten/Onderwijs/Toetsing/Toetsbeleid%202026.docx`,
      siteName: 'Intranet',
      siteUrl: `${TENANT}/sites/intranet`,
      folder: 'Gedeelde documenten/Onderwijs/Toetsing',
      author: 'Anne de Vries, Pieter van den Berg',
      modified: '2026-03-02T09:15:00.000Z'
    });
  });

  it('reads an already encoded Path the same way, and a page at the root of Site Pages', () => {
    const page = toIntranetDocument(
      {
        ...ROW,
        Path: `${TENANT}/sites/intranet/SitePages/Welkom%20nieuwe%20collega's.aspx`,
        FileType: 'aspx',
        Title: null
      },
      TENANT
    );
    expect(page).toMatchObject({
      title: "Welkom nieuwe collega's",
      fileName: "Welkom nieuwe collega's.aspx",
      fileType: 'aspx',
      url: `${TENANT}/sites/intranet/SitePages/Welkom%20nieuwe%20collega's.aspx`,
      folder: 'SitePages'
    });
  });

  it('drops rows without a UniqueId or with a Path that is not a tenant http(s) URL', () => {
    expect(toIntranetDocument({ ...ROW, UniqueId: undefined }, TENANT)).toBeUndefined();
    expect(toIntranetDocument({ ...ROW, UniqueId: 'not-a-guid' }, TENANT)).toBeUndefined();
    for (const Path of [
      'javascript:alert(1)//hogeschool.sharepoint.com/a.docx',
      'https://evil.example/sites/intranet/a.docx',
      'https://hogeschool.sharepoint.com.evil.example/a.docx',
      'https://user@hogeschool.sharepoint.com/a.docx',
      'ftp://hogeschool.sharepoint.com/a.docx',
      '/sites/intranet/a.docx',
      `${TENANT}/sites/intranet/Lists/Tasks/DispForm.aspx?ID=1`,
      `${TENANT}/`,
      `${TENANT}/sites/intranet/a\n.docx`,
      42,
      null
    ]) {
      expect(toIntranetDocument({ ...ROW, Path }, TENANT)).toBeUndefined();
    }
  });

  it('takes the file name from the Path and tolerates odd or missing cells', () => {
    const document = toIntranetDocument(
      {
        UniqueId: '1b0b4f3e-6a2d-4c1b-9e8f-0a1b2c3d4e5f',
        Path: `${TENANT}/sites/ig-toetsing/Shared Documents/General/100% zeker.PDF`,
        FileType: '<script>',
        SPWebUrl: 'https://evil.example/sites/ig-toetsing',
        Author: 7,
        LastModifiedTime: 'yesterday',
        Title: `  ${'x'.repeat(1000)}  `
      },
      TENANT
    );
    expect(document).toMatchObject({
      fileName: '100% zeker.PDF',
      fileType: 'pdf',
      url: `${TENANT}/sites/ig-toetsing/Shared%20Documents/General/100%25%20zeker.PDF`,
      siteName: 'hogeschool.sharepoint.com',
      siteUrl: TENANT,
      folder: 'sites/ig-toetsing/Shared Documents/General',
      author: undefined,
      modified: undefined
    });
    expect(document?.title).toHaveLength(255);
  });

  it('keeps a # in a file name as part of the path', () => {
    const document = toIntranetDocument({ ...ROW, Path: `${TENANT}/sites/intranet/SitePages/C# intro.aspx` }, TENANT);
    expect(document?.url).toBe(`${TENANT}/sites/intranet/SitePages/C%23%20intro.aspx`);
  });
});

describe('searchRowsOf', () => {
  it('reads cells from a JSON light and a verbose answer and skips malformed rows and cells', () => {
    const cells = [{ Key: 'Title', Value: 'A', ValueType: 'Edm.String' }, { Value: 'no key' }, null];
    const light = { PrimaryQueryResult: { RelevantResults: { Table: { Rows: [{ Cells: cells }, {}, null, 5] } } } };
    const verbose = {
      PrimaryQueryResult: { RelevantResults: { Table: { Rows: { results: [{ Cells: { results: cells } }] } } } }
    };
    expect(searchRowsOf(light)).toEqual([{ Title: 'A' }, {}, {}, {}]);
    expect(searchRowsOf(verbose)).toEqual([{ Title: 'A' }]);
    expect(searchRowsOf(null)).toEqual([]);
    expect(searchRowsOf({ PrimaryQueryResult: null })).toEqual([]);
  });
});

describe('the attachment of a document', () => {
  it('is the unique id, the file name and the URL', () => {
    const document = toIntranetDocument(ROW, TENANT);
    expect(document && toDraftAttachment(document)).toEqual({
      id: '1b0b4f3e-6a2d-4c1b-9e8f-0a1b2c3d4e5f',
      name: 'Toetsbeleid 2026.docx',
      url: `${TENANT}/sites/intranet/Gedeelde%20documenten/Onderwijs/Toetsing/Toetsbeleid%202026.docx`
    });
    expect(normalisedUniqueId(' {ABCDEF00-0000-0000-0000-000000000001} ')).toBe('abcdef00-0000-0000-0000-000000000001');
  });
});

describe('the attachment of an uploaded file', () => {
  it("is SharePoint's UniqueId, the stored name and the absolute URL of its server-relative path", () => {
    expect(
      uploadedFileAttachment(
        {
          UniqueId: 'A1B2C3D4-0000-4000-8000-00000000000A',
          ServerRelativeUrl: '/sites/ig-toetsing/Shared Documents/General/Plan (1).docx',
          Name: 'Plan (1).docx'
        },
        'https://hogeschool.sharepoint.com'
      )
    ).toEqual({
      id: 'a1b2c3d4-0000-4000-8000-00000000000a',
      name: 'Plan (1).docx',
      url: 'https://hogeschool.sharepoint.com/sites/ig-toetsing/Shared%20Documents/General/Plan%20(1).docx'
    });
  });

  it('is undefined without a unique id or a server-relative path', () => {
    expect(uploadedFileAttachment({ ServerRelativeUrl: '/sites/x/a.docx' }, TENANT)).toBeUndefined();
    expect(uploadedFileAttachment({ UniqueId: 'a1b2c3d4-0000-4000-8000-00000000000a' }, TENANT)).toBeUndefined();
    expect(
      uploadedFileAttachment({ UniqueId: 'a1b2c3d4-0000-4000-8000-00000000000a', ServerRelativeUrl: 'x' }, TENANT)
    ).toBeUndefined();
  });
});
