import { ServiceError } from '../../../src/services/ServiceError';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { servicesFor } from '../../support/kringServices';

/** An ordinary member of staff: a visitor of the intranet. */
const DAAN = 'daan.bakker@hogeschool.example';
/** One of the intranet's site owners. */
const INGRID = 'ingrid.mulder@hogeschool.example';
const REGISTRY_ITEMS = "/_api/web/lists/getbytitle('Kring%20Interest%20Groups')/items";
const REQUEST_ITEMS = "/_api/web/lists/getbytitle('Kring%20Membership%20Requests')/items";

const emulator = emulatorPerFile();

const newEntry = {
  groupId: '0badc0de-0000-4000-8000-000000000001',
  displayName: 'Nieuwe groep',
  jobFunctions: [],
  topics: [],
  featured: false,
  curatorIds: []
};

describe('who may curate the registry, by the home site permissions', () => {
  it("refuses an ordinary user: canCurate is false and the product's write gets SharePoint's 403", async () => {
    const { registry } = servicesFor(emulator, DAAN);
    await expect(registry.canCurate()).resolves.toBe(false);
    const refused = registry.addGroup(newEntry);
    await expect(refused).rejects.toBeInstanceOf(ServiceError);
    await expect(refused).rejects.toMatchObject({ kind: 'forbidden', status: 403 });
    const [entry] = await registry.getEntries();
    await expect(registry.updateGroup(entry.registryItemId, { featured: !entry.featured })).rejects.toMatchObject({
      kind: 'forbidden'
    });
    const raw = await emulator.spFetch(REGISTRY_ITEMS, {
      user: DAAN,
      method: 'POST',
      body: JSON.stringify({ Title: 'x', GroupId: newEntry.groupId })
    });
    expect(raw.status).toBe(403);
    expect(raw.json).toEqual({
      'odata.error': {
        code: '-2147024891, System.UnauthorizedAccessException',
        message: {
          lang: 'en-US',
          value: 'Access denied. You do not have permission to perform this action or access this resource.'
        }
      }
    });
  });

  it('lets a site owner curate: canCurate is true and the write is stored', async () => {
    const { registry } = servicesFor(emulator, INGRID);
    await expect(registry.canCurate()).resolves.toBe(true);
    const added = await registry.addGroup(newEntry);
    expect(added).toMatchObject({ id: newEntry.groupId, displayName: 'Nieuwe groep' });
    expect((await servicesFor(emulator, DAAN).registry.getEntries()).map((group) => group.id)).toContain(
      newEntry.groupId
    );
  });

  it('still lets every member of staff add and edit membership requests, a list with permissions of its own', async () => {
    const added = await emulator.spFetch(REQUEST_ITEMS, {
      user: DAAN,
      method: 'POST',
      body: JSON.stringify({
        Title: 'Duurzame hogeschool',
        GroupId: newEntry.groupId,
        Action: 'Join',
        Status: 'Pending'
      })
    });
    expect(added.status).toBe(201);
    const permissions = await emulator.spFetch(`${REQUEST_ITEMS.replace(/\/items$/, '')}/effectiveBasePermissions`, {
      user: DAAN
    });
    expect(permissions.json).toEqual({ High: '432', Low: '1011028719' });
  });
});
