import { LINKED_INTRANET_DOCUMENTS } from '../../../emulator/graph/seed/messages';
import { searchDocuments, type DocumentRow, type DocumentSearchAnswer } from '../../support/documentSearch';
import type { SharePointAnswer } from '../../support/emulator';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const LIBRARY = '/sites/intranet/Gedeelde documenten';
const PAGES = '/sites/intranet/SitePages';

/** A search over the default source that must succeed. */
async function search(querytext: string, parameters = ''): Promise<DocumentSearchAnswer> {
  const answer = await searchDocuments(emulator, querytext, { user: ANNE, parameters });
  expect(answer.status).toBe(200);
  return answer;
}

function fileAt(serverRelativeUrl: string): Promise<SharePointAnswer> {
  return emulator.spFetch(`/_api/web/GetFileByServerRelativeUrl('${encodeURIComponent(serverRelativeUrl)}')`, {
    user: ANNE
  });
}

interface ChannelMessage {
  attachments: { contentType: string; contentUrl: string }[];
}

/** The intranet paths the reference attachments of a group's General channel point at (a few pages of it). */
async function linkedFromMessages(groupName: string): Promise<string[]> {
  const graph = rawGraph(emulator);
  const groups = await graph(`/groups?$filter=displayName eq '${groupName}'&$select=id`);
  const teamId = (groups.body.value as { id: string }[])[0].id;
  const channel = await graph(`/teams/${teamId}/primaryChannel`);
  let next: string | undefined = `/teams/${teamId}/channels/${String(channel.body.id)}/messages?$top=50`;
  const links: string[] = [];
  for (let page = 0; next && page < 10 && links.length < 5; page += 1) {
    const answer = await graph(next);
    links.push(
      ...(answer.body.value as ChannelMessage[])
        .flatMap((message) => message.attachments)
        .filter((attachment) => attachment.contentType === 'reference')
        .map((attachment) => decodeURIComponent(new URL(attachment.contentUrl).pathname))
    );
    next = answer.body['@odata.nextLink'] as string | undefined;
  }
  return links;
}

describe('the intranet document library', () => {
  it('holds a few thousand documents and a few hundred site pages', async () => {
    const documents = await search('IsDocument:1', '&rowlimit=1');
    const pages = await search('IsDocument:0', '&rowlimit=1');
    expect(documents.TotalRows).toBeGreaterThanOrEqual(3000);
    expect(pages.TotalRows).toBeGreaterThanOrEqual(200);
    expect((await search(`Path:"${LIBRARY}"`, '&rowlimit=1')).TotalRows).toBe(documents.TotalRows);
    expect((await search(`Path:"${PAGES}"`, '&rowlimit=1')).TotalRows).toBe(pages.TotalRows);
  });

  it('has the folders of a university, each with Word, Excel, PowerPoint and PDF files', async () => {
    for (const folder of ['Onderwijs/Toetsing', 'HR/Beleid', 'ICT/Handleidingen', 'Onderzoek', 'Studentzaken']) {
      expect((await search(`Path:"${LIBRARY}/${folder}"`, '&rowlimit=1')).TotalRows).toBeGreaterThan(50);
    }
    for (const type of ['docx', 'xlsx', 'pptx', 'pdf']) {
      expect((await search(`FileType:${type}`, '&rowlimit=1')).TotalRows).toBeGreaterThan(100);
    }
  });

  it('holds every document the seeded channel messages link to, at the library root', async () => {
    for (const name of LINKED_INTRANET_DOCUMENTS) {
      const file = await fileAt(`${LIBRARY}/${name}`);
      expect(file.status).toBe(200);
      expect(file.json).toMatchObject({ Name: name, ServerRelativeUrl: `${LIBRARY}/${name}` });
    }
    const links = await linkedFromMessages('AI in het onderwijs');
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const link of links) {
      expect(link.startsWith(`${LIBRARY}/`)).toBe(true);
      expect((await fileAt(link)).status).toBe(200);
    }
  });

  it('titles documents in Dutch and English, written by seeded people over the last years', async () => {
    const sample = await search('IsDocument:1', "&rowlimit=500&selectproperties='Title,Author,LastModifiedTime'");
    const titles = sample.rows.map((row) => String(row.Title));
    expect(titles.some((title) => /\b(Handreiking|Richtlijn|Handleiding|Regeling|Formulier)\b/.test(title))).toBe(true);
    expect(titles.some((title) => /\b(Guideline|Manual|Policy|Form|Template)\b/.test(title))).toBe(true);
    const authors = new Set(sample.rows.map((row) => row.Author));
    expect(authors.size).toBeGreaterThan(50);
    const author = String(sample.rows[0].Author).replace(/'/g, "''");
    const people = await rawGraph(emulator)(`/users?$filter=displayName eq '${encodeURIComponent(author)}'`);
    expect((people.body.value as unknown[]).length).toBeGreaterThan(0);
    const oldest = await search('IsDocument:1', "&rowlimit=1&sortlist='LastModifiedTime:ascending'");
    const newest = await search('IsDocument:1', "&rowlimit=1&sortlist='LastModifiedTime:descending'");
    const yearsAgo = (row: DocumentRow): number =>
      (Date.now() - Date.parse(String(row.LastModifiedTime))) / (365 * 86_400_000);
    expect(yearsAgo(oldest.rows[0])).toBeGreaterThan(3);
    expect(yearsAgo(oldest.rows[0])).toBeLessThan(5);
    expect(yearsAgo(newest.rows[0])).toBeGreaterThan(0);
    expect(yearsAgo(newest.rows[0])).toBeLessThan(0.1);
  });

  it('is the same after a reset', async () => {
    const before = await search('toets*', "&rowlimit=50&selectproperties='Path,Author,LastModifiedTime'");
    await emulator.reset();
    const after = await search('toets*', "&rowlimit=50&selectproperties='Path,Author,LastModifiedTime'");
    expect(after.TotalRows).toBe(before.TotalRows);
    expect(after.rows).toEqual(before.rows);
  });
});
