import type { IntranetDocument } from '../../../src/model/documents/IntranetDocument';
import type { KringServices } from '../../../src/services/KringServices';
import { ServiceError } from '../../../src/services/ServiceError';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { servicesFor } from '../../support/kringServices';
import { generalChannelOf } from '../../support/teamChannels';
import { ANNE, DAAN } from '../emulator/graphClient';

const emulator = emulatorPerFile();
let anne: KringServices;
let daan: KringServices;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const titles = (documents: IntranetDocument[]): string[] => documents.map((document) => document.title);

async function searchRequests(): Promise<number> {
  return (await emulator.requests()).filter((request) => /\/_api\/search\//i.test(request.url)).length;
}

beforeAll(() => {
  anne = servicesFor(emulator, ANNE);
  daan = servicesFor(emulator, DAAN);
});

beforeEach(async () => {
  await emulator.clearRequests();
});

describe('searching intranet documents through the product service', () => {
  it('finds documents by words of their title, mapped with site, folder, author and time', async () => {
    const found = await anne.documents.search('brightspace handleiding');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].title).toMatch(/brightspace/i);
    for (const document of found) {
      expect(document.uniqueId).toMatch(GUID);
      expect(document.url.startsWith(`${emulator.spUrl}/`)).toBe(true);
      expect(document.url).not.toContain(' ');
      expect(document.fileName).toBe(decodeURIComponent(document.url.split('/').pop() ?? ''));
      expect(document.modified).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(typeof document.author).toBe('string');
    }
    const onIntranet = found.find((document) => document.siteUrl === emulator.spUrl);
    expect(onIntranet?.siteName).toEqual(expect.any(String));
    expect(onIntranet?.folder).toMatch(/^(Gedeelde documenten|SitePages)/);
    expect(await searchRequests()).toBe(1);
  });

  it('filters on the kind of document', async () => {
    const pdfs = await anne.documents.search('toetsing', { type: 'pdf' });
    expect(pdfs.length).toBeGreaterThan(0);
    expect(new Set(pdfs.map((document) => document.fileType))).toEqual(new Set(['pdf']));
    const pages = await anne.documents.search('brightspace', { type: 'page' });
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.every((document) => document.fileType === 'aspx' && document.folder === 'SitePages')).toBe(true);
    const slides = await anne.documents.search('toetsing', { type: 'powerpoint', top: 3 });
    expect(slides.length).toBeLessThanOrEqual(3);
    expect(slides.every((document) => document.fileType === 'pptx')).toBe(true);
  });

  it('matches prefixes with a trailing * on the last word, whole words without', async () => {
    const whole = await anne.documents.search('toets', { top: 50 });
    const prefix = await anne.documents.search('toets*', { top: 50 });
    expect(prefix.length).toBeGreaterThan(whole.length);
    expect(titles(prefix).some((title) => /toets\p{L}+/iu.test(title))).toBe(true);
  });

  it('searches for what was typed when it holds KQL syntax, never widening the search or failing', async () => {
    const plain = await anne.documents.search('toetsing', { top: 50 });
    for (const typed of [
      'toetsing OR beleid',
      'toetsing IsDocument:0',
      'toetsing FileType:pdf',
      'toetsing (',
      'toetsing "unterminated',
      'toetsing Path:https://evil.example/*',
      'toetsing NOT',
      'toetsing AND OR NOT NEAR'
    ]) {
      const found = await anne.documents.search(typed, { top: 50 });
      expect(found.length).toBeLessThanOrEqual(plain.length);
    }
    const negated = await anne.documents.search('-toetsing', { top: 50 });
    expect(titles(negated)).toEqual(titles(plain));
    expect(await anne.documents.search('* ( ) :')).toEqual([]);
    expect(await anne.documents.search('')).toEqual([]);
    expect(await searchRequests()).toBe(10);
  });

  it("trims to what the user may read: a private team's file only for its members", async () => {
    const channel = await generalChannelOf(emulator, 'ig-teamleiders', ANNE);
    await anne.channelFiles.upload(channel, new File([Buffer.from('vertrouwelijk')], 'Formatie xyzzyplan 2027.docx'));
    const forAnne = await anne.documents.search('xyzzyplan');
    expect(forAnne).toHaveLength(1);
    expect(forAnne[0]).toMatchObject({
      fileName: 'Formatie xyzzyplan 2027.docx',
      fileType: 'docx',
      folder: 'Shared Documents/General'
    });
    expect(forAnne[0].siteUrl).toBe(emulator.spUrlFor('ig-teamleiders'));
    expect(await daan.documents.search('xyzzyplan')).toEqual([]);
    expect(await daan.documents.search('xyzzyplan*')).toEqual([]);
  });

  it('answers a typed error when search fails', async () => {
    await emulator.setFaults({ statuses: [500], failureRate: 1, count: 4 });
    const failure = await anne.documents.search('toetsing').catch((error: unknown) => error);
    await emulator.clearFaults();
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).kind).toBe('failed');
  });
});
