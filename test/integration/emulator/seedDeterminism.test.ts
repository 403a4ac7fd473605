import { startEmulator, type RunningEmulator } from '../../support/emulator';
import { ANNE, DAAN, rawGraph } from './graphClient';

const running: RunningEmulator[] = [];

afterAll(async () => {
  await Promise.all(running.map((emulator) => emulator.stop()));
});

async function snapshot(emulator: RunningEmulator): Promise<unknown> {
  const graph = rawGraph(emulator);
  const users = await graph(
    '/users?$select=id,displayName,userPrincipalName,jobTitle,department,accountEnabled,userType&$top=999'
  );
  const groups = await graph('/groups?$select=id,displayName,visibility');
  const profile = await graph(`/users/${DAAN}?$select=skills`);
  return { users: users.body.value, groups: groups.body.value, profile: profile.body.skills };
}

describe('seed', () => {
  it('builds the same organisation of the requested size from the same seed, with the fixed personas', async () => {
    const [first, second] = await Promise.all([startEmulator({ people: 150 }), startEmulator({ people: 150 })]);
    running.push(first, second);
    const health = (await (await fetch(`${first.baseUrl}/_emulator/health`)).json()) as { people: number };
    expect(health.people).toBe(150);
    const [a, b] = await Promise.all([snapshot(first), snapshot(second)]);
    expect(a).toEqual(b);
    const graph = rawGraph(first);
    const anne = await graph('/me?$select=displayName,jobTitle,department');
    expect(anne.body).toMatchObject({
      displayName: 'Anne de Vries',
      jobTitle: 'Teamleider Onderwijs',
      department: 'Faculteit Onderwijs en Opvoeding'
    });
    const reports = await graph('/me/directReports?$select=id');
    expect((reports.body.value as unknown[]).length).toBeGreaterThanOrEqual(6);
    const upns = (a as { users: Array<{ userPrincipalName: string }> }).users.map((u) => u.userPrincipalName);
    expect(new Set(upns.map((u) => u.toLowerCase())).size).toBe(upns.length);
    expect(upns).toEqual(expect.arrayContaining([ANNE, DAAN]));
    expect(upns.filter((u) => !u.includes('#EXT#')).every((u) => /^[a-z0-9.-]+@hogeschool\.example$/.test(u))).toBe(
      true
    );
  }, 120_000);
});
