import '@pnp/sp/webs';
import '@pnp/sp/folders';
import '@pnp/sp/files';
import { randomBytes, randomUUID } from 'crypto';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, DAAN, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);
const SITE = 'ig-toetsing';
const FOLDER = `/sites/${SITE}/Shared Documents/General`;
const MB = 1024 * 1024;

interface FileAnswer {
  status: number;
  json: Record<string, unknown> & { 'odata.error'?: { code: string; message: { value: string } } };
}

/** A raw SharePoint REST POST with a binary body, as a browser sends a File. */
async function post(path: string, body: Buffer | undefined, user = ANNE, site = SITE): Promise<FileAnswer> {
  const response = await fetch(`${emulator.spUrlFor(site)}/_api/${path}`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${await emulator.token(user)}`,
      Accept: 'application/json;odata=nometadata',
      'Content-Type': 'application/octet-stream'
    },
    body
  });
  const text = await response.text();
  return { status: response.status, json: text === '' ? {} : (JSON.parse(text) as FileAnswer['json']) };
}

async function readBack(serverRelativeUrl: string, user = ANNE): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(
    `${emulator.spUrlFor(SITE)}/_api/web/GetFileByServerRelativeUrl('${serverRelativeUrl.replace(/'/g, "''")}')/$value`,
    { headers: { Authorization: `Bearer ${await emulator.token(user)}` } }
  );
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

const folderCall = (folder = FOLDER): string => `web/GetFolderByServerRelativeUrl('${folder}')`;
const fileCall = (name: string): string => `web/GetFileByServerRelativeUrl('${FOLDER}/${name}')`;

async function stub(name: string): Promise<void> {
  expect((await post(`${folderCall()}/Files/add(url='${name}',overwrite=true)`, undefined)).status).toBe(200);
}

describe('files in a team site through SharePoint REST', () => {
  it('adds a file with Files/add and reads it back with $value', async () => {
    const bytes = randomBytes(3000);
    const added = await post(`${folderCall()}/Files/add(url='Toetsplan 2026.docx',overwrite=true)`, bytes);
    expect(added.status).toBe(200);
    expect(added.json).toMatchObject({
      Name: 'Toetsplan 2026.docx',
      ServerRelativeUrl: `${FOLDER}/Toetsplan 2026.docx`,
      Length: '3000',
      Exists: true,
      MajorVersion: 1
    });
    const read = await readBack(`${FOLDER}/Toetsplan 2026.docx`);
    expect(read.status).toBe(200);
    expect(read.bytes.equals(bytes)).toBe(true);
  });

  it('refuses to replace a file without overwrite=true, and makes a new version with it', async () => {
    await post(`${folderCall()}/Files/add(url='versie.txt',overwrite=true)`, Buffer.from('een'));
    const refused = await post(`${folderCall()}/Files/add(url='versie.txt',overwrite=false)`, Buffer.from('twee'));
    expect(refused.status).toBe(400);
    const replaced = await post(`${folderCall()}/Files/add(url='versie.txt',overwrite=true)`, Buffer.from('drie'));
    expect(replaced.json).toMatchObject({ MajorVersion: 2, Length: '4' });
    expect((await readBack(`${FOLDER}/versie.txt`)).bytes.toString()).toBe('drie');
  });

  it('answers 404 for a folder that does not exist and for a missing file', async () => {
    const noFolder = await post(
      `${folderCall(`/sites/${SITE}/Shared Documents/Nergens`)}/Files/add(url='a.txt',overwrite=true)`,
      Buffer.from('x')
    );
    expect(noFolder.status).toBe(404);
    expect(noFolder.json['odata.error']?.code).toBe('-2147024894, System.IO.FileNotFoundException');
    expect((await readBack(`${FOLDER}/bestaat-niet.pdf`)).status).toBe(404);
  });

  it('requires Edit: 403 on the intranet (staff read) and on a private team site for non-members', async () => {
    const intranet = await post(
      `${folderCall('/sites/intranet/Gedeelde documenten')}/Files/add(url='a.txt',overwrite=true)`,
      Buffer.from('x'),
      DAAN,
      'intranet'
    );
    expect(intranet.status).toBe(403);
    const privateSite = await post(
      `web/GetFolderByServerRelativeUrl('/sites/ig-teamleiders/Shared Documents/General')/Files/add(url='a.txt',overwrite=true)`,
      Buffer.from('x'),
      DAAN,
      'ig-teamleiders'
    );
    expect(privateSite.status).toBe(403);
    expect(privateSite.json['odata.error']?.code).toBe('-2147024891, System.UnauthorizedAccessException');
  });

  it('uploads in chunks: offsets as running totals, errors for a wrong offset and an unknown upload id', async () => {
    await stub('verslag.pdf');
    const uploadId = randomUUID();
    const parts = [randomBytes(1000), randomBytes(1500), randomBytes(700)];
    const started = await post(`${fileCall('verslag.pdf')}/StartUpload(uploadId=guid'${uploadId}')`, parts[0]);
    expect(started).toEqual({ status: 200, json: { value: '1000' } });
    const wrongOffset = await post(
      `${fileCall('verslag.pdf')}/ContinueUpload(uploadId=guid'${uploadId}',fileOffset=999)`,
      parts[1]
    );
    expect(wrongOffset.status).toBe(400);
    const unknown = await post(
      `${fileCall('verslag.pdf')}/ContinueUpload(uploadId=guid'${randomUUID()}',fileOffset=1000)`,
      parts[1]
    );
    expect(unknown.status).toBe(400);
    const continued = await post(
      `${fileCall('verslag.pdf')}/ContinueUpload(uploadId=guid'${uploadId}',fileOffset=1000)`,
      parts[1]
    );
    expect(continued.json).toEqual({ value: '2500' });
    expect((await readBack(`${FOLDER}/verslag.pdf`)).bytes.length).toBe(0);
    const finished = await post(
      `${fileCall('verslag.pdf')}/FinishUpload(uploadId=guid'${uploadId}',fileOffset=2500)`,
      parts[2]
    );
    expect(finished.json).toMatchObject({ Name: 'verslag.pdf', Length: '3200' });
    expect((await readBack(`${FOLDER}/verslag.pdf`)).bytes.equals(Buffer.concat(parts))).toBe(true);
    const afterFinish = await post(
      `${fileCall('verslag.pdf')}/ContinueUpload(uploadId=guid'${uploadId}',fileOffset=3200)`,
      parts[1]
    );
    expect(afterFinish.status).toBe(400);
  });

  it('cancels an upload session, keeping the file as it was', async () => {
    await stub('geannuleerd.pptx');
    const uploadId = randomUUID();
    await post(`${fileCall('geannuleerd.pptx')}/StartUpload(uploadId=guid'${uploadId}')`, randomBytes(10));
    expect(
      (await post(`${fileCall('geannuleerd.pptx')}/CancelUpload(uploadId=guid'${uploadId}')`, undefined)).status
    ).toBe(200);
    const gone = await post(
      `${fileCall('geannuleerd.pptx')}/FinishUpload(uploadId=guid'${uploadId}',fileOffset=10)`,
      undefined
    );
    expect(gone.status).toBe(400);
    expect((await readBack(`${FOLDER}/geannuleerd.pptx`)).bytes.length).toBe(0);
  });

  it("works with PnPjs's addChunked (AddUsingPath, then the upload session)", async () => {
    const sp = clientsFor(emulator, ANNE).spFor(emulator.spUrlFor(SITE));
    const content = randomBytes(2 * MB + 123);
    const result = await sp.web
      .getFolderByServerRelativePath(FOLDER)
      .files.addChunked('pnp upload.bin', new Blob([content]), { chunkSize: MB, Overwrite: true });
    expect(result.Length).toBe(String(content.length));
    expect((await readBack(`${FOLDER}/pnp upload.bin`)).bytes.equals(content)).toBe(true);
  });

  it('uploads 20 MB in 10 MB chunks and reports the throughput', async () => {
    await stub('opname.mp4');
    const content = randomBytes(20 * MB);
    const uploadId = randomUUID();
    const began = performance.now();
    const first = await post(
      `${fileCall('opname.mp4')}/StartUpload(uploadId=guid'${uploadId}')`,
      content.subarray(0, 10 * MB)
    );
    expect(first.json).toEqual({ value: String(10 * MB) });
    const done = await post(
      `${fileCall('opname.mp4')}/FinishUpload(uploadId=guid'${uploadId}',fileOffset=${10 * MB})`,
      content.subarray(10 * MB)
    );
    const seconds = (performance.now() - began) / 1000;
    expect(done.json).toMatchObject({ Length: String(20 * MB) });
    console.log(`20 MB chunked upload (2 × 10 MB): ${seconds.toFixed(2)} s, ${(20 / seconds).toFixed(1)} MB/s`);
    expect((await readBack(`${FOLDER}/opname.mp4`)).bytes.equals(content)).toBe(true);
  });
});

describe("a channel's filesFolder", () => {
  it('answers the driveItem of the channel folder in the team site, with what was uploaded', async () => {
    await post(`${folderCall()}/Files/add(url='telling.xlsx',overwrite=true)`, randomBytes(5000));
    const team = await graph(`/groups?$filter=mailNickname eq '${SITE}'&$select=id`);
    const teamId = String((team.body.value as Array<{ id: string }>)[0].id);
    const channel = await graph(`/teams/${teamId}/primaryChannel`);
    const folder = await graph(`/teams/${teamId}/channels/${encodeURIComponent(String(channel.body.id))}/filesFolder`);
    expect(folder.status).toBe(200);
    expect(folder.body).toMatchObject({
      name: 'General',
      webUrl: `${emulator.spUrlFor(SITE)}/Shared%20Documents/General`,
      parentReference: { driveType: 'documentLibrary' },
      folder: { childCount: expect.any(Number) }
    });
    expect(String(folder.body.id)).toMatch(/^01[A-Z2-7]{32}$/);
    expect(String(folder.body['@odata.context'])).toContain('/filesFolder/$entity');
    expect((folder.body.folder as { childCount: number }).childCount).toBeGreaterThanOrEqual(1);
    expect(Number(folder.body.size)).toBeGreaterThanOrEqual(5000);
  });

  it('is forbidden on a private team for non-members and refuses query options', async () => {
    const team = await graph(`/groups?$filter=mailNickname eq 'ig-teamleiders'&$select=id`);
    const teamId = String((team.body.value as Array<{ id: string }>)[0].id);
    const channel = await graph(`/teams/${teamId}/primaryChannel`, { user: ANNE });
    const path = `/teams/${teamId}/channels/${encodeURIComponent(String(channel.body.id))}/filesFolder`;
    expect((await graph(path, { user: DAAN })).status).toBe(403);
    expect((await graph(`${path}?$select=name`, { user: ANNE })).status).toBe(400);
  });
});
