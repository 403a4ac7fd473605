import { emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, DAAN, errorCode, rawGraph } from './graphClient';

const MEHMET = 'mehmet.yilmaz@hogeschool.example';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

async function groupId(displayName: string): Promise<string> {
  const found = await graph(`/groups?$filter=displayName eq '${displayName}'&$select=id`);
  return String((found.body.value as Array<{ id: string }>)[0].id);
}

async function userId(upn: string): Promise<string> {
  return String((await graph(`/users/${upn}?$select=id`)).body.id);
}

const reference = (id: string): string =>
  JSON.stringify({ '@odata.id': `https://graph.microsoft.com/v1.0/directoryObjects/${id}` });

describe('group membership changes', () => {
  afterEach(async () => emulator.setMembership({ selfService: 'documented' }));

  it('by default lets only owners add or remove members: an ordinary user joining a public group herself gets 403', async () => {
    expect(await emulator.membership()).toEqual({ selfService: 'documented' });
    const group = await groupId('Duurzame hogeschool');
    const daanId = await userId(DAAN);
    const selfJoin = await graph(`/groups/${group}/members/$ref`, {
      user: DAAN,
      method: 'POST',
      body: reference(daanId)
    });
    expect(selfJoin.status).toBe(403);
    expect(errorCode(selfJoin)).toBe('Authorization_RequestDenied');
    const owners = await graph(`/groups/${group}/owners?$select=userPrincipalName`);
    const owner = String((owners.body.value as Array<{ userPrincipalName: string }>)[0].userPrincipalName);
    expect(
      (await graph(`/groups/${group}/members/$ref`, { user: owner, method: 'POST', body: reference(daanId) })).status
    ).toBe(204);
    expect((await graph(`/groups/${group}/members/${daanId}/$ref`, { user: DAAN, method: 'DELETE' })).status).toBe(403);
    expect((await graph(`/groups/${group}/members/${daanId}/$ref`, { user: owner, method: 'DELETE' })).status).toBe(
      204
    );
  });

  it('permissive: public groups accept joining and leaving oneself, private groups and other people still need an owner', async () => {
    await emulator.setMembership({ selfService: 'permissive' });
    const daanId = await userId(DAAN);
    const publicGroup = await groupId('Duurzame hogeschool');
    expect(
      (await graph(`/groups/${publicGroup}/members/$ref`, { user: DAAN, method: 'POST', body: reference(daanId) }))
        .status
    ).toBe(204);
    expect(
      (
        await graph(`/groups/${publicGroup}/members/$ref`, {
          user: DAAN,
          method: 'POST',
          body: reference(await userId(ANNE))
        })
      ).status
    ).toBe(403);
    expect(
      (await graph(`/groups/${publicGroup}/members/${daanId}/$ref`, { user: DAAN, method: 'DELETE' })).status
    ).toBe(204);
    const privateGroup = await groupId('Lerarenopleidingen');
    expect(
      (await graph(`/groups/${privateGroup}/members/$ref`, { user: DAAN, method: 'POST', body: reference(daanId) }))
        .status
    ).toBe(403);
    await emulator.reset();
    expect(await emulator.membership()).toEqual({ selfService: 'documented' });
  }, 30_000);

  it("lets a tenant admin (Groups Administrator) change any group's members and refuses an ordinary member", async () => {
    const group = await groupId('Lerarenopleidingen');
    const daanId = await userId(DAAN);
    const ownerIds = ((await graph(`/groups/${group}/owners?$select=id`)).body.value as Array<{ id: string }>).map(
      (owner) => owner.id
    );
    expect(ownerIds).not.toContain(await userId(MEHMET));
    const members = (await graph(`/groups/${group}/members?$select=userPrincipalName`)).body.value as Array<{
      userPrincipalName: string;
    }>;
    const ordinaryMember = members.map((member) => member.userPrincipalName).find((upn) => upn !== ANNE) ?? ANNE;
    const refused = await graph(`/groups/${group}/members/$ref`, {
      user: ordinaryMember,
      method: 'POST',
      body: reference(daanId)
    });
    expect(refused.status).toBe(403);
    expect(errorCode(refused)).toBe('Authorization_RequestDenied');
    expect(
      (await graph(`/groups/${group}/members/$ref`, { user: MEHMET, method: 'POST', body: reference(daanId) })).status
    ).toBe(204);
    expect(
      (await graph(`/groups/${group}/members/${daanId}/$ref`, { user: ordinaryMember, method: 'DELETE' })).status
    ).toBe(403);
    expect((await graph(`/groups/${group}/members/${daanId}/$ref`, { user: MEHMET, method: 'DELETE' })).status).toBe(
      204
    );
  });

  it('shows the admin his directory role in memberOf, after his groups, and an ordinary user none', async () => {
    const mine = await graph('/me/memberOf?$select=id,displayName', { user: MEHMET });
    const roles = (mine.body.value as Array<Record<string, unknown>>).filter(
      (entry) => entry['@odata.type'] === '#microsoft.graph.directoryRole'
    );
    expect(roles).toEqual([
      { '@odata.type': '#microsoft.graph.directoryRole', id: expect.any(String), displayName: 'Groups Administrator' }
    ]);
    const full = await graph(`/users/${MEHMET}/memberOf`);
    expect(full.body.value).toContainEqual(
      expect.objectContaining({ roleTemplateId: 'fdd7a751-b60b-444a-984c-02652fe8fa1c', deletedDateTime: null })
    );
    const daans = (await graph('/me/memberOf', { user: DAAN })).body.value as Array<Record<string, unknown>>;
    expect(daans.every((entry) => entry['@odata.type'] === '#microsoft.graph.group')).toBe(true);
  });

  it('refuses unknown membership settings', async () => {
    const answer = await fetch(`${emulator.baseUrl}/_emulator/membership`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ selfService: 'anyone' })
    });
    expect(answer.status).toBe(400);
  });
});
