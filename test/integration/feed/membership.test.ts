import type { KringServices } from '../../../src/services/KringServices';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { registryGroupNamed, servicesFor } from '../../support/kringServices';

const ANNE = 'anne.devries@hogeschool.example';
const DAAN = 'daan.bakker@hogeschool.example';
/** Anne owns this public group; Daan is not in it. */
const PUBLIC_GROUP = 'Toetsing en beoordeling';
/** Anne owns this private group. */
const PRIVATE_GROUP = 'Lerarenopleidingen';

const emulator = emulatorPerFile();

const servicesAs = (user: string): KringServices => servicesFor(emulator, user);

const groupNamed = registryGroupNamed;

afterEach(async () => {
  await emulator.reset();
}, 30_000);

describe('joining and leaving interest groups', () => {
  it('files a request when Graph refuses, which the owner approves in Kring, making the requester a member', async () => {
    const daan = servicesAs(DAAN);
    const group = await groupNamed(daan, PUBLIC_GROUP);
    expect((await daan.groups.getMyGroupIds()).has(group.id)).toBe(false);

    await expect(daan.membership.join(group)).resolves.toBe('requested');
    const mine = await daan.membership.getMyPendingRequests();
    expect(mine).toEqual([expect.objectContaining({ groupId: group.id, action: 'join', status: 'pending' })]);

    const anne = servicesAs(ANNE);
    const toDecide = await anne.membership.getRequestsToDecide();
    expect(toDecide.map((request) => [request.groupName, request.requesterName])).toEqual([
      [PUBLIC_GROUP, 'Daan Bakker']
    ]);
    await anne.membership.decide(toDecide[0], true);

    expect((await servicesAs(DAAN).groups.getMyGroupIds()).has(group.id)).toBe(true);
    expect(await daan.membership.getMyPendingRequests()).toEqual([]);
    expect(await anne.membership.getRequestsToDecide()).toEqual([]);
  });

  it('shows requests only to the owners of their group, and a declined request leaves things as they were', async () => {
    const daan = servicesAs(DAAN);
    const group = await groupNamed(daan, PRIVATE_GROUP);
    await expect(daan.membership.join(group)).resolves.toBe('requested');
    expect(await servicesAs('sanne.jansen@hogeschool.example').membership.getRequestsToDecide()).toEqual([]);

    const anne = servicesAs(ANNE);
    const [request] = await anne.membership.getRequestsToDecide();
    await anne.membership.decide(request, false);
    expect((await servicesAs(DAAN).groups.getMyGroupIds()).has(group.id)).toBe(false);
    expect(await daan.membership.getMyPendingRequests()).toEqual([]);
  });

  it('joins and leaves at once where the tenant lets staff do it themselves, and memberships are read again', async () => {
    await emulator.setMembership({ selfService: 'permissive' });
    const daan = servicesAs(DAAN);
    const group = await groupNamed(daan, PUBLIC_GROUP);
    expect((await daan.groups.getMyGroupIds()).has(group.id)).toBe(false);
    await expect(daan.membership.join(group)).resolves.toBe('done');
    expect((await daan.groups.getMyGroupIds()).has(group.id)).toBe(true);
    await expect(daan.membership.leave(group)).resolves.toBe('done');
    expect((await daan.groups.getMyGroupIds()).has(group.id)).toBe(false);
    expect(await daan.membership.getMyPendingRequests()).toEqual([]);

    const closed = await groupNamed(daan, PRIVATE_GROUP);
    await expect(daan.membership.join(closed)).resolves.toBe('requested');
  });
});
