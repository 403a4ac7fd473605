import '@pnp/sp/webs';
import '@pnp/sp/files';
import { randomBytes, randomUUID } from 'crypto';
import { clientsFor, emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, DAAN } from './graphClient';

const emulator = emulatorPerFile();
const SITE = 'ig-toetsing';
const FOLDER = `/sites/${SITE}/Shared Documents/General`;

const fileCall = (name: string, folder = FOLDER): string =>
  `/_api/web/GetFileByServerRelativeUrl('${`${folder}/${name}`.replace(/'/g, "''")}')`;

async function add(name: string, bytes: Buffer = randomBytes(100)): Promise<string> {
  const added = await emulator.spFetch(
    `/_api/web/GetFolderByServerRelativeUrl('${FOLDER}')/Files/add(url='${name}',overwrite=true)`,
    { site: SITE, method: 'POST', body: bytes, headers: { 'Content-Type': 'application/octet-stream' } }
  );
  expect(added.status).toBe(200);
  return String((added.json as { ETag: string }).ETag);
}

describe('deleting a file through SharePoint REST', () => {
  it('deletes with X-HTTP-Method: DELETE and If-Match: *, after which the file is not found', async () => {
    await add('weg.docx');
    const deleted = await emulator.spFetch(fileCall('weg.docx'), {
      site: SITE,
      method: 'POST',
      headers: { 'X-HTTP-Method': 'DELETE', 'If-Match': '*' }
    });
    expect(deleted.status).toBe(200);
    expect((await emulator.spFetch(fileCall('weg.docx'), { site: SITE })).status).toBe(404);
    const again = await emulator.spFetch(fileCall('weg.docx'), { site: SITE, method: 'DELETE' });
    expect(again.status).toBe(404);
  });

  it("checks If-Match against the file's ETag: a stale one is a 412 and the file stays", async () => {
    const etag = await add('versies.txt');
    await add('versies.txt');
    const stale = await emulator.spFetch(fileCall('versies.txt'), {
      site: SITE,
      method: 'DELETE',
      headers: { 'If-Match': etag }
    });
    expect(stale.status).toBe(412);
    expect((await emulator.spFetch(fileCall('versies.txt'), { site: SITE })).status).toBe(200);
  });

  it('ends an upload session open on the deleted file', async () => {
    await add('half.bin', Buffer.alloc(0));
    const uploadId = randomUUID();
    const started = await emulator.spFetch(`${fileCall('half.bin')}/StartUpload(uploadId=guid'${uploadId}')`, {
      site: SITE,
      method: 'POST',
      body: randomBytes(1000)
    });
    expect(started.status).toBe(200);
    expect((await emulator.spFetch(fileCall('half.bin'), { site: SITE, method: 'DELETE' })).status).toBe(200);
    await add('half.bin', Buffer.alloc(0));
    const continued = await emulator.spFetch(
      `${fileCall('half.bin')}/ContinueUpload(uploadId=guid'${uploadId}',fileOffset=1000)`,
      { site: SITE, method: 'POST', body: randomBytes(10) }
    );
    expect(continued.status).toBe(400);
  });

  it('needs Delete Items: staff only read the intranet', async () => {
    const intranetFile = '/sites/intranet/Gedeelde documenten';
    const listed = await emulator.spFetch("/_api/search/query?querytext='FileType:docx'&rowlimit=1", { user: DAAN });
    const cells = (
      listed.json as {
        PrimaryQueryResult: { RelevantResults: { Table: { Rows: { Cells: { Key: string; Value: string }[] }[] } } };
      }
    ).PrimaryQueryResult.RelevantResults.Table.Rows[0].Cells;
    const path = decodeURIComponent(new URL(String(cells.find((cell) => cell.Key === 'Path')?.Value)).pathname);
    expect(path.startsWith(intranetFile)).toBe(true);
    const refused = await emulator.spFetch(`/_api/web/GetFileByServerRelativeUrl('${path.replace(/'/g, "''")}')`, {
      user: DAAN,
      method: 'DELETE'
    });
    expect(refused.status).toBe(403);
  });

  it("works with PnPjs's file.delete()", async () => {
    await add('pnp weg.pptx');
    const sp = clientsFor(emulator, ANNE).spFor(emulator.spUrlFor(SITE));
    await sp.web.getFileByServerRelativePath(`${FOLDER}/pnp weg.pptx`).delete();
    expect(await sp.web.getFileByServerRelativePath(`${FOLDER}/pnp weg.pptx`).exists()).toBe(false);
  });
});
