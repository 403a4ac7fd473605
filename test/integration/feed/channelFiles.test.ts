import { randomBytes } from 'crypto';
import type { ChannelRef } from '../../../src/model/feed/mergedFeed';
import type { UploadFile } from '../../../src/services/files/ChannelFilesService';
import { SpChannelFilesService } from '../../../src/services/files/SpChannelFilesService';
import type { KringServices } from '../../../src/services/KringServices';
import { ServiceError } from '../../../src/services/ServiceError';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';
import { servicesFor } from '../../support/kringServices';
import { generalChannelOf } from '../../support/teamChannels';
import { ANNE, DAAN } from '../emulator/graphClient';

const emulator = emulatorPerFile();
const SITE = 'ig-toetsing';
const FOLDER = `/sites/${SITE}/Shared Documents/General`;
const MiB = 1024 * 1024;

let anne: KringServices;
let daan: KringServices;
let channel: ChannelRef;

interface StoredFile {
  status: number;
  uniqueId?: string;
  bytes?: Buffer;
}

/** The file at a server-relative path as SharePoint REST answers it, with its bytes. */
async function stored(serverRelativeUrl: string): Promise<StoredFile> {
  const file = `/_api/web/GetFileByServerRelativeUrl('${serverRelativeUrl.replace(/'/g, "''")}')`;
  const metadata = await emulator.spFetch(file, { site: SITE });
  if (metadata.status !== 200) {
    return { status: metadata.status };
  }
  const content = await fetch(`${emulator.spUrlFor(SITE)}${file}/$value`, {
    headers: { Authorization: `Bearer ${await emulator.token(ANNE)}` }
  });
  const uniqueId = String((metadata.json as { UniqueId: string }).UniqueId).toLowerCase();
  return { status: 200, uniqueId, bytes: Buffer.from(await content.arrayBuffer()) };
}

const pathOf = (url: string): string => decodeURIComponent(new URL(url).pathname);

/** The upload's calls as method and the last segment of the URL's path, e.g. `POST StartUpload`. */
async function uploadCalls(): Promise<string[]> {
  return (await emulator.requests())
    .map((request) => `${request.method} ${/([^/(]+)(\([^/]*\))?$/.exec(request.url.split('?')[0])?.[1] ?? ''}`)
    .filter((call) => /filesFolder|AddUsingPath|Upload$|getFileByServerRelativePath$/i.test(call));
}

beforeAll(async () => {
  anne = servicesFor(emulator, ANNE);
  daan = servicesFor(emulator, DAAN);
  channel = await generalChannelOf(emulator, SITE, ANNE);
});

beforeEach(async () => {
  await emulator.clearFaults();
  await emulator.clearRequests();
});

describe("uploading to a channel's files folder through the product service", () => {
  it('uploads a small file in one request and answers the attachment SharePoint stored', async () => {
    const bytes = randomBytes(3000);
    const progress: [number, number][] = [];
    const attachment = await anne.channelFiles.upload(channel, new File([bytes], 'Notulen toetscommissie.docx'), {
      onProgress: (sent, total) => progress.push([sent, total])
    });
    expect(attachment).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
      name: 'Notulen toetscommissie.docx',
      url: `${emulator.spUrlFor(SITE)}/Shared%20Documents/General/Notulen%20toetscommissie.docx`
    });
    const file = await stored(pathOf(attachment.url));
    expect(file.uniqueId).toBe(attachment.id);
    expect(file.bytes?.equals(bytes)).toBe(true);
    expect(progress).toEqual([
      [0, 3000],
      [3000, 3000]
    ]);
    expect(await uploadCalls()).toEqual(['GET filesFolder', 'POST AddUsingPath']);
  });

  it('uploads 20 MB in 10 MB parts, reporting progress after each, and the file reads back whole', async () => {
    const bytes = randomBytes(20 * MiB);
    const progress: number[] = [];
    const began = performance.now();
    const attachment = await anne.channelFiles.upload(channel, new File([bytes], 'Opname hoorcollege.mp4'), {
      onProgress: (sent) => progress.push(sent)
    });
    const seconds = (performance.now() - began) / 1000;
    console.log(
      `20 MB upload through SpChannelFilesService: ${seconds.toFixed(2)} s, ${(20 / seconds).toFixed(1)} MB/s`
    );
    expect(progress).toEqual([0, 10 * MiB, 20 * MiB]);
    const file = await stored(pathOf(attachment.url));
    expect(file.bytes?.length).toBe(20 * MiB);
    expect(file.bytes?.equals(bytes)).toBe(true);
    // The channel's folder was asked of Graph by the first upload of this session.
    expect(await uploadCalls()).toEqual(['POST AddUsingPath', 'POST StartUpload', 'POST FinishUpload']);
  });

  it('cancels between parts: the session is cancelled, the stub removed, and the promise rejects as cancelled', async () => {
    const service = new SpChannelFilesService(clientsFor(emulator, ANNE).graph, clientsFor(emulator, ANNE).spFor, {
      chunkSize: MiB
    });
    const controller = new AbortController();
    const outcome = await service
      .upload(channel, new File([randomBytes(8 * MiB)], 'Afgebroken.zip'), {
        signal: controller.signal,
        onProgress: (sent) => sent >= 2 * MiB && controller.abort()
      })
      .catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(ServiceError);
    expect((outcome as ServiceError).kind).toBe('cancelled');
    expect((await stored(`${FOLDER}/Afgebroken.zip`)).status).toBe(404);
    const calls = await uploadCalls();
    // The stub's DELETE goes as a POST with X-HTTP-Method: DELETE, as PnPjs sends it.
    expect(calls.slice(-2)).toEqual(['POST CancelUpload', 'POST getFileByServerRelativePath']);
    expect(calls.filter((call) => call === 'POST FinishUpload')).toEqual([]);
  });

  it('cancels while a part is on its way, and still leaves no file', async () => {
    const service = new SpChannelFilesService(clientsFor(emulator, ANNE).graph, clientsFor(emulator, ANNE).spFor, {
      chunkSize: MiB
    });
    const controller = new AbortController();
    await emulator.setFaults({ latencyMs: 300 });
    const upload = service.upload(channel, new File([randomBytes(4 * MiB)], 'Halverwege.bin'), {
      signal: controller.signal,
      onProgress: (sent) => sent === MiB && setTimeout(() => controller.abort(), 100)
    });
    const outcome = await upload.catch((error: unknown) => error);
    await emulator.clearFaults();
    expect((outcome as ServiceError).kind).toBe('cancelled');
    expect(await uploadCalls()).toContain('POST ContinueUpload');
    expect((await stored(`${FOLDER}/Halverwege.bin`)).status).toBe(404);
  });

  it("never overwrites a colleague's file: a taken name gets (1), (2), … for small and chunked uploads", async () => {
    const first = randomBytes(100);
    const original = await anne.channelFiles.upload(channel, new File([first], 'Planning blok 3.xlsx'));
    const second = await daan.channelFiles.upload(channel, new File([randomBytes(200)], 'Planning blok 3.xlsx'));
    const service = new SpChannelFilesService(clientsFor(emulator, ANNE).graph, clientsFor(emulator, ANNE).spFor, {
      chunkSize: MiB
    });
    const third = await service.upload(channel, new File([randomBytes(2 * MiB + 5)], 'Planning blok 3.xlsx'));
    expect([original.name, second.name, third.name]).toEqual([
      'Planning blok 3.xlsx',
      'Planning blok 3 (1).xlsx',
      'Planning blok 3 (2).xlsx'
    ]);
    expect(new Set([original.id, second.id, third.id]).size).toBe(3);
    expect((await stored(`${FOLDER}/Planning blok 3.xlsx`)).bytes?.equals(first)).toBe(true);
    expect((await stored(pathOf(third.url))).bytes?.length).toBe(2 * MiB + 5);
  });

  it('refuses a file over 250 MB before sending anything', async () => {
    const huge = { name: 'Archief.zip', size: 251 * MiB, slice: () => new Blob([]) } as unknown as UploadFile;
    const outcome = await anne.channelFiles.upload(channel, huge).catch((error: unknown) => error);
    expect(outcome).toMatchObject({ kind: 'invalid', code: 'KringFileTooLarge' });
    expect(await uploadCalls()).toEqual([]);
  });

  it("answers forbidden for a private team's channel the user is not a member of", async () => {
    const privateChannel = await generalChannelOf(emulator, 'ig-teamleiders', ANNE);
    const outcome = await daan.channelFiles
      .upload(privateChannel, new File([randomBytes(10)], 'a.txt'))
      .catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(ServiceError);
    expect((outcome as ServiceError).kind).toBe('forbidden');
  });
});
