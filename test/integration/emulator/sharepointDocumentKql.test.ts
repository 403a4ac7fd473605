import { searchDocuments, type DocumentRow } from '../../support/documentSearch';
import { emulatorPerFile } from '../../support/emulatorPerFile';

const emulator = emulatorPerFile();
const LIBRARY = '/sites/intranet/Gedeelde documenten';
const SELECT = "&selectproperties='Title,Path,FileType,Author,Description,IsDocument'&rowlimit=500";

async function total(querytext: string): Promise<number> {
  const answer = await searchDocuments(emulator, querytext, { parameters: '&rowlimit=1' });
  expect(answer.status).toBe(200);
  return answer.TotalRows;
}

async function rows(querytext: string): Promise<DocumentRow[]> {
  const answer = await searchDocuments(emulator, querytext, { parameters: SELECT });
  expect(answer.status).toBe(200);
  expect(answer.rows.length).toBe(Math.min(answer.TotalRows, 500));
  return answer.rows;
}

/** The words of a result as the index splits them: title, name and text, case and accents folded. */
function words(row: DocumentRow): string[] {
  const text = `${row.Title} ${decodeURIComponent(String(row.Path).split('/').pop() ?? '')} ${row.Description}`;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
}

describe('KQL over the intranet documents', () => {
  it('matches free-text words exactly, AND by default, with OR and NOT', async () => {
    const brightspace = await rows('brightspace');
    expect(brightspace.length).toBeGreaterThan(10);
    expect(brightspace.every((row) => words(row).includes('brightspace'))).toBe(true);
    const both = await total('brightspace handleiding');
    expect(await total('brightspace AND handleiding')).toBe(both);
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(brightspace.length);
    const eduroam = await total('eduroam');
    expect(await total('brightspace OR eduroam')).toBe(
      brightspace.length + eduroam - (await total('brightspace eduroam'))
    );
    const notPdf = await rows('brightspace NOT FileType:pdf');
    expect(notPdf.length).toBe(brightspace.filter((row) => row.FileType !== 'pdf').length);
    expect(await total('brightspace -FileType:pdf')).toBe(notPdf.length);
    expect(await total('toetsbeleid')).toBeGreaterThan(0);
    expect(await total('toetsbelei')).toBe(0);
  });

  it('matches phrases as adjacent words and a trailing * as a prefix', async () => {
    const phrase = await rows('"digitaal toetsen"');
    expect(phrase.length).toBeGreaterThan(0);
    for (const row of phrase) {
      expect(words(row).join(' ')).toContain('digitaal toetsen');
    }
    expect(await total('digitaal toetsen')).toBeGreaterThanOrEqual(phrase.length);
    const prefixed = await rows('toets*');
    expect(prefixed.length).toBeGreaterThan(await total('toetsbeleid'));
    expect(prefixed.every((row) => words(row).some((word) => word.startsWith('toets')))).toBe(true);
    expect(await total('"digitaal toet*"')).toBe(phrase.length);
  });

  it('restricts on FileType, FileExtension and Title, several values of one property being a union', async () => {
    const docx = await total('FileType:docx');
    const pptx = await total('FileType:pptx');
    expect(await total('FileType:docx FileType:pptx')).toBe(docx + pptx);
    expect(await total('FileType:docx AND FileType:pptx')).toBe(0);
    expect(await total('FileExtension:docx')).toBe(docx);
    expect(await total('FileType:DOCX')).toBe(docx);
    const rubrics = await rows('Title:rubric');
    expect(rubrics.length).toBeGreaterThan(0);
    expect(rubrics.every((row) => /\brubric\b/i.test(String(row.Title)))).toBe(true);
    const exact = await rows('Title="Rubric beroepsproduct"');
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((row) => row.Title === 'Rubric beroepsproduct')).toBe(true);
    expect(await total('Title:rubr*')).toBe(rubrics.length);
    expect(await total('NoSuchProperty:rubric')).toBe(0);
  });

  it('restricts on Path: a folder and everything under it, a trailing * as a URL prefix, any host', async () => {
    const onderwijs = await rows(`Path:"${LIBRARY}/Onderwijs*"`);
    expect(onderwijs.length).toBeGreaterThan(400);
    expect(onderwijs.every((row) => new URL(String(row.Path)).pathname.startsWith('/sites/intranet/'))).toBe(true);
    expect(onderwijs.every((row) => String(row.Path).includes(`${LIBRARY}/Onderwijs/`))).toBe(true);
    const toetsing = await total(`Path:"${LIBRARY}/Onderwijs/Toetsing"`);
    expect(await total(`Path:"https://intranet.hogeschool.example${LIBRARY}/Onderwijs/Toetsing/"`)).toBe(toetsing);
    expect(await total(`Path:${encodeURI(`${LIBRARY}/Onderwijs/Toetsing`)}`)).toBe(toetsing);
    expect(await total(`Path:"${LIBRARY}/Onderwijs/Toets"`)).toBe(0);
    expect(await total(`Path:"${LIBRARY}/Onderwijs/Toets*"`)).toBe(toetsing);
    expect(await total(`Path:"${LIBRARY}/Onderwijs/Toetsing" FileType:xlsx`)).toBeLessThan(toetsing);
  });

  it('tells documents from pages with IsDocument and contentclass, and restricts on Author and SiteName', async () => {
    const pages = await rows('IsDocument:0');
    expect(pages.every((row) => String(row.Path).endsWith('.aspx') && row.FileType === 'aspx')).toBe(true);
    expect(pages.every((row) => row.IsDocument === 'false')).toBe(true);
    expect(await total('contentclass:STS_ListItem_WebPageLibrary')).toBe(pages.length);
    expect((await total('IsDocument:1')) + pages.length).toBe(await total('SiteName:"/sites/intranet"'));
    expect(await total('IsDocument:true')).toBe(await total('IsDocument:1'));
    const author = String((await rows('FileType:xlsx'))[0].Author);
    const byAuthor = await rows(`Author:"${author}"`);
    expect(byAuthor.length).toBeGreaterThan(0);
    expect(byAuthor.every((row) => row.Author === author)).toBe(true);
    expect(await total(`Author:"${author}" FileType:xlsx`)).toBeGreaterThan(0);
  });
});
