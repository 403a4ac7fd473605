import '@pnp/sp/webs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { openDatabase } from '../../../emulator/shared/store/database';
import { ensureStorageEntitiesSeeded } from '../../../emulator/sharepoint/seed/storageEntities';
import { ensureSharePointTables } from '../../../emulator/sharepoint/store/schema';
import { StorageEntityStore } from '../../../emulator/sharepoint/store/storageEntityStore';
import { createBrowserClients } from '../../../src/services/clients';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { DAAN } from './graphClient';

const HOME_SITE = "/_api/web/GetStorageEntity('KringHomeSite')";

const emulator = emulatorPerFile();

// Reseeding the whole organisation takes seconds on a busy machine, more than jest's default hook timeout.
afterEach(async () => {
  await emulator.reset();
}, 30_000);

describe('tenant properties (storage entities)', () => {
  it("names Kring's home site and profile page, built from the host the caller used", async () => {
    const home = await emulator.spFetch(HOME_SITE);
    expect(home.status).toBe(200);
    expect(home.json).toEqual({ Comment: expect.any(String), Description: expect.any(String), Value: emulator.spUrl });
    const profile = await emulator.spFetch("/_api/web/GetStorageEntity('KringProfilePageUrl')", {
      site: 'ig-toetsing'
    });
    expect((profile.json as { Value: string }).Value).toBe(`${emulator.spUrl}/SitePages/Profile.aspx`);
    const otherHost = await fetch(`${emulator.spUrl.replace('localhost', '127.0.0.1')}${HOME_SITE}`, {
      headers: { Authorization: `Bearer ${await emulator.token()}`, Accept: 'application/json;odata=nometadata' }
    });
    expect(((await otherHost.json()) as { Value: string }).Value).toBe(
      emulator.spUrl.replace('localhost', '127.0.0.1')
    );
  });

  it('answers in the verbose and JSON light shapes SharePoint uses', async () => {
    const verbose = await emulator.spFetch(HOME_SITE, { accept: 'application/json;odata=verbose' });
    expect(verbose.json).toMatchObject({
      d: { __metadata: { type: 'Microsoft.SharePoint.ClientSideComponent.StorageEntity' }, Value: emulator.spUrl }
    });
    const light = await emulator.spFetch(HOME_SITE, { accept: 'application/json' });
    expect(light.json).toMatchObject({
      'odata.type': 'Microsoft.SharePoint.ClientSideComponent.StorageEntity',
      'odata.editLink': "web/GetStorageEntity('KringHomeSite')",
      Value: emulator.spUrl
    });
  });

  it('answers 200 with a null result for a key nobody set', async () => {
    const light = await emulator.spFetch("/_api/web/GetStorageEntity('NoSuchKey')");
    expect(light.status).toBe(200);
    expect(light.json).toEqual({ 'odata.null': true });
    const verbose = await emulator.spFetch("/_api/web/GetStorageEntity('NoSuchKey')", {
      accept: 'application/json;odata=verbose'
    });
    expect(verbose.json).toEqual({ d: { GetStorageEntity: null } });
  });

  it('reads them through PnPjs from any site', async () => {
    const teamSite = createBrowserClients({
      graphBaseUrl: emulator.graphUrl,
      spBaseUrl: emulator.spUrlFor('ig-toetsing'),
      getToken: () => emulator.token(DAAN)
    });
    const home = await teamSite.sp.web.getStorageEntity('KringHomeSite');
    expect(home.Value).toBe(emulator.spUrl);
    const missing = (await teamSite.sp.web.getStorageEntity('NoSuchKey')) as unknown as Record<string, unknown>;
    expect(missing['odata.null']).toBe(true);
    expect(missing.Value).toBeUndefined();
  });

  it('is set and removed through the control API, and a reset restores the seed', async () => {
    await emulator.setStorageEntity('KringHomeSite', 'https://contoso.sharepoint.com/sites/kring', {
      description: 'Moved',
      comment: 'Test'
    });
    expect((await emulator.spFetch(HOME_SITE)).json).toEqual({
      Comment: 'Test',
      Description: 'Moved',
      Value: 'https://contoso.sharepoint.com/sites/kring'
    });
    await emulator.removeStorageEntity('KringHomeSite');
    expect((await emulator.spFetch(HOME_SITE)).json).toEqual({ 'odata.null': true });
    expect((await emulator.storageEntities()).map((entity) => entity.key)).toEqual(['KringProfilePageUrl']);
    await emulator.reset();
    expect(((await emulator.spFetch(HOME_SITE)).json as { Value: string }).Value).toBe(emulator.spUrl);
  }, 30_000);

  it('refuses malformed control requests', async () => {
    const put = (body: string): Promise<Response> =>
      fetch(`${emulator.baseUrl}/_emulator/storage-entities/KringHomeSite`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body
      });
    for (const body of [
      '{}',
      '{"value": 5}',
      '{"value": "x", "colour": "red"}',
      '[]',
      '{"value": "x", "comment": {}}'
    ]) {
      const answer = await put(body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
    }
    expect((await fetch(`${emulator.baseUrl}/_emulator/storage-entities/NoSuchKey`)).status).toBe(404);
  });
});

describe('tenant properties in the database', () => {
  it('survive reopening the database, and a removal is not undone by the one-time seed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kring-storage-'));
    const path = join(dir, 'emulator.sqlite');
    try {
      const first = openDatabase(path);
      ensureSharePointTables(first);
      ensureStorageEntitiesSeeded(first);
      const store = new StorageEntityStore(first);
      store.set({
        key: 'KringFeedPageUrl',
        value: '{origin}/sites/intranet/SitePages/Groepen.aspx',
        description: null,
        comment: null
      });
      store.delete('KringProfilePageUrl');
      first.close();

      const second = openDatabase(path);
      ensureSharePointTables(second);
      ensureStorageEntitiesSeeded(second);
      expect(new StorageEntityStore(second).all().map((entity) => entity.key)).toEqual([
        'KringFeedPageUrl',
        'KringHomeSite'
      ]);
      second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
