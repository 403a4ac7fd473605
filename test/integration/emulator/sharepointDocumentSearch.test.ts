import '@pnp/sp/webs';
import '@pnp/sp/search';
import { searchDocuments } from '../../support/documentSearch';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';
import { PEOPLE_SOURCE, rowsOf } from '../../support/searchResults';
import { ANNE } from './graphClient';

const emulator = emulatorPerFile();
const clients = clientsFor(emulator, ANNE);
const MEHMET = 'mehmet.yilmaz@hogeschool.example';
const LOCAL_SHAREPOINT_RESULTS = '8413cd39-2156-4e00-b54d-11efd9abdb89';
const SELECT = "&selectproperties='Title,Path,FileType,FileExtension,SiteName,Author,LastModifiedTime,IsDocument,Size'";

async function upload(site: string, name: string, user: string): Promise<number> {
  const folder = `/sites/${site}/Shared Documents/General`;
  const response = await fetch(
    `${emulator.spUrlFor(site)}/_api/web/GetFolderByServerRelativeUrl('${folder}')/Files/add(url='${name}',overwrite=true)`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${await emulator.token(user)}`, Accept: 'application/json;odata=nometadata' },
      body: Buffer.from('PK fake office bytes')
    }
  );
  return response.status;
}

describe('document search over the default result source', () => {
  it('answers the documented result shape with selected properties, rowlimit and startrow', async () => {
    const first = await searchDocuments(emulator, 'toetsing', { parameters: `${SELECT}&rowlimit=5` });
    expect(first.status).toBe(200);
    expect(first.RowCount).toBe(5);
    expect(first.TotalRows).toBeGreaterThan(10);
    expect(first.cells[0].map((cell) => cell.Key)).toEqual([
      'Rank',
      'DocId',
      'Title',
      'Path',
      'FileType',
      'FileExtension',
      'SiteName',
      'Author',
      'LastModifiedTime',
      'IsDocument',
      'Size',
      'RenderTemplateId',
      'PartitionId',
      'UrlZone',
      'Culture'
    ]);
    const types = Object.fromEntries(first.cells[0].map((cell) => [cell.Key, cell.ValueType]));
    expect(types).toMatchObject({
      Rank: 'Edm.Double',
      DocId: 'Edm.Int64',
      Title: 'Edm.String',
      LastModifiedTime: 'Edm.DateTime',
      IsDocument: 'Edm.Boolean',
      Size: 'Edm.Int64'
    });
    const row = first.rows[0];
    expect(row.Path).toMatch(
      /^http:\/\/localhost:\d+\/sites\/intranet\/Gedeelde documenten\/.+\.(docx|xlsx|pptx|pdf)$/
    );
    expect(row.SiteName).toBe(`${new URL(String(row.Path)).origin}/sites/intranet`);
    expect(row.FileType).toBe(String(row.Path).split('.').pop());
    expect(row.LastModifiedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0000000Z$/);
    const second = await searchDocuments(emulator, 'toetsing', { parameters: `${SELECT}&rowlimit=5&startrow=5` });
    expect(second.TotalRows).toBe(first.TotalRows);
    const paths = new Set([...first.rows, ...second.rows].map((entry) => entry.Path));
    expect(paths.size).toBe(10);
  });

  it('gives documents the default properties and hit-highlighted summaries', async () => {
    const answer = await searchDocuments(emulator, 'brightspace handleiding', { parameters: '&rowlimit=3' });
    const row = answer.rows[0];
    expect(row).toMatchObject({ contentclass: 'STS_ListItem_DocumentLibrary', IsDocument: 'true' });
    for (const key of ['Title', 'Author', 'Path', 'Write', 'SiteName', 'FileExtension', 'HitHighlightedSummary']) {
      expect(row[key]).toEqual(expect.any(String));
    }
    expect(row.HitHighlightedSummary).toMatch(/<c0>Brightspace<\/c0>/i);
    expect(row.HitHighlightedSummary).toMatch(/<c1>handleiding<\/c1>/i);
    expect(row.HitHighlightedProperties).toMatch(/^<HHTitle>.*<c0>Brightspace<\/c0>.*<\/HHTitle><HHUrl>http/);
  });

  it('runs sp.search (postquery) without a source id over documents, and the People source over people', async () => {
    const documents = await clients.sp.search({
      Querytext: 'FileType:pptx',
      RowLimit: 4,
      SelectProperties: ['Title', 'FileType', 'Path']
    });
    expect(documents.RowCount).toBe(4);
    for (const row of rowsOf(documents)) {
      expect(row.FileType).toBe('pptx');
    }
    const explicit = await searchDocuments(emulator, 'FileType:pptx', {
      parameters: `&sourceid='${LOCAL_SHAREPOINT_RESULTS}'&rowlimit=1`
    });
    expect(explicit.TotalRows).toBe(documents.TotalRows);
    const people = await clients.sp.search({ Querytext: 'JobTitle:docent', SourceId: PEOPLE_SOURCE, RowLimit: 2 });
    expect(String(rowsOf(people)[0].AccountName)).toMatch(/^i:0#\.f\|membership\|/);
    const elsewhere = await searchDocuments(emulator, 'FileType:pptx', {
      parameters: "&sourceid='e7ec8cee-ded8-43c9-beb5-436b54b31e84'"
    });
    expect(elsewhere.TotalRows).toBe(0);
  });

  it('answers verbose as d.query and an empty query with no rows', async () => {
    const verbose = await emulator.spFetch("/_api/search/query?querytext='eduroam'&rowlimit=2", {
      user: ANNE,
      accept: 'application/json;odata=verbose'
    });
    const relevant = (
      verbose.json as { d: { query: { PrimaryQueryResult: { RelevantResults: Record<string, unknown> } } } }
    ).d.query.PrimaryQueryResult.RelevantResults;
    expect(relevant.RowCount).toBe(2);
    expect((relevant.Table as { Rows: { results: unknown[] } }).Rows.results).toHaveLength(2);
    expect((await searchDocuments(emulator, '')).TotalRows).toBe(0);
    expect((await searchDocuments(emulator, 'Title:"unterminated')).status).toBe(400);
  });

  it('finds an upload at once, and trims what the user may not read', async () => {
    expect(await upload('ig-security', 'Incidentresponsplan Zwaluwstaart.docx', MEHMET)).toBe(200);
    expect(await upload('ig-toetsing', 'Toetskalender Zwaluwstaart.xlsx', ANNE)).toBe(200);
    const asMehmet = await searchDocuments(emulator, 'zwaluwstaart', { user: MEHMET, parameters: SELECT });
    expect(asMehmet.rows.map((row) => row.Title).sort()).toEqual([
      'Incidentresponsplan Zwaluwstaart',
      'Toetskalender Zwaluwstaart'
    ]);
    const secure = asMehmet.rows.find((row) => row.FileType === 'docx');
    expect(secure?.SiteName).toMatch(/\/sites\/ig-security$/);
    expect(secure?.Author).toBe('Mehmet Yılmaz');
    const asAnne = await searchDocuments(emulator, 'zwaluwstaart', { user: ANNE, parameters: SELECT });
    expect(asAnne.rows.map((row) => row.Title)).toEqual(['Toetskalender Zwaluwstaart']);
    await emulator.reset();
    expect((await searchDocuments(emulator, 'zwaluwstaart', { user: MEHMET })).TotalRows).toBe(0);
  });
});
