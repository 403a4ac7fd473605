import { emulatorPerFile } from '../../support/emulatorPerFile';
import { ANNE, DAAN, errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

describe('authentication', () => {
  it('refuses Graph calls without a bearer token or with a forged one', async () => {
    const missing = await graph('/me', { token: null });
    expect(missing.status).toBe(401);
    expect(errorCode(missing)).toBe('InvalidAuthenticationToken');
    const forged = await graph('/me', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl' });
    expect(forged.status).toBe(401);
    expect(errorCode(forged)).toBe('InvalidAuthenticationToken');
  });

  it('signs in by userPrincipalName or id and lists the featured demo accounts', async () => {
    const accounts = (await (await fetch(`${emulator.baseUrl}/_emulator/accounts`)).json()) as Array<{
      id: string;
      userPrincipalName: string;
    }>;
    expect(accounts.length).toBeGreaterThanOrEqual(8);
    expect(accounts.map((a) => a.userPrincipalName)).toEqual(expect.arrayContaining([ANNE, DAAN]));
    const daan = accounts.find((a) => a.userPrincipalName === DAAN);
    const byId = await graph('/me', { user: daan?.id });
    expect(byId.body.userPrincipalName).toBe(DAAN);
    const unknown = await fetch(`${emulator.baseUrl}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: 'nobody@hogeschool.example' })
    });
    expect(unknown.status).toBe(404);
  });
});

describe('single users', () => {
  it('returns the default properties without $select and profile fields only when selected', async () => {
    const me = await graph('/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      userPrincipalName: ANNE,
      displayName: 'Anne de Vries',
      jobTitle: 'Teamleider Onderwijs'
    });
    expect(me.body).not.toHaveProperty('skills');
    expect(me.body).not.toHaveProperty('department');
    const selected = await graph(
      '/me?$select=id,department,aboutMe,skills,interests,responsibilities,pastProjects,schools'
    );
    expect(
      Object.keys(selected.body)
        .filter((k) => !k.startsWith('@'))
        .sort()
    ).toEqual(
      ['aboutMe', 'department', 'id', 'interests', 'pastProjects', 'responsibilities', 'schools', 'skills'].sort()
    );
    expect(selected.body.department).toBe('Faculteit Onderwijs en Opvoeding');
    expect((selected.body.skills as string[]).length).toBeGreaterThanOrEqual(3);
    expect(typeof selected.body.aboutMe).toBe('string');
  });

  it('finds users by id and by userPrincipalName, and answers 404 in Graph shape for unknown ones', async () => {
    const byUpn = await graph(`/users/${DAAN}?$select=id,displayName`);
    const byId = await graph(`/users/${String(byUpn.body.id)}?$select=displayName`);
    expect(byId.body.displayName).toBe('Daan Bakker');
    const unknown = await graph('/users/00000000-0000-0000-0000-000000000000');
    expect(unknown.status).toBe(404);
    expect(errorCode(unknown)).toBe('Request_ResourceNotFound');
  });

  it('refuses unknown properties in $select with 400', async () => {
    const call = await graph('/me?$select=displayName,shoeSize');
    expect(call.status).toBe(400);
    errorCode(call);
  });

  it('has a manager and at least six direct reports for the default user', async () => {
    const manager = await graph('/me/manager?$select=displayName,jobTitle');
    expect(manager.body).toMatchObject({ displayName: 'Pieter van den Berg', jobTitle: 'Decaan' });
    const reports = await graph('/me/directReports?$select=id,displayName');
    expect((reports.body.value as unknown[]).length).toBeGreaterThanOrEqual(6);
    const top = await graph('/users/marleen.hoekstra@hogeschool.example/manager');
    expect(top.status).toBe(404);
    expect(errorCode(top)).toBe('Request_ResourceNotFound');
  });
});

describe('listing users', () => {
  it('refuses profile fields on a list with 501, like Graph', async () => {
    const call = await graph('/users?$select=id,skills');
    expect(call.status).toBe(501);
    expect(errorCode(call)).toBe('NotImplemented');
  });

  it('limits $top to 999 and rejects malformed values', async () => {
    for (const top of ['1000', '0', '-1', 'abc', '99999999999999999999']) {
      const call = await graph(`/users?$top=${top}`);
      expect(call.status).toBe(400);
      errorCode(call);
    }
    const ok = await graph('/users?$top=999&$select=id');
    expect((ok.body.value as unknown[]).length).toBe(999);
  });

  it('pages to the end with nextLink and the pages add up to @odata.count', async () => {
    let url: string | undefined = '/users?$select=id,displayName&$top=250&$count=true';
    const ids = new Set<string>();
    let count: number | undefined;
    let pages = 0;
    while (url) {
      const page = await graph(url, { headers: { ConsistencyLevel: 'eventual' } });
      expect(page.status).toBe(200);
      count = count ?? (page.body['@odata.count'] as number);
      for (const user of page.body.value as Array<{ id: string }>) {
        ids.add(user.id);
      }
      url = page.body['@odata.nextLink'] as string | undefined;
      pages++;
    }
    expect(count).toBe(1500);
    expect(ids.size).toBe(1500);
    expect(pages).toBe(6);
  });

  it('filters on accountEnabled, userType, department and startswith(displayName)', async () => {
    const disabled = await graph('/users?$filter=accountEnabled eq false&$select=id,accountEnabled&$top=999');
    const disabledUsers = disabled.body.value as Array<{ accountEnabled: boolean }>;
    expect(disabledUsers.length).toBeGreaterThan(0);
    expect(disabledUsers.every((u) => u.accountEnabled === false)).toBe(true);
    const guests = await graph("/users?$filter=userType eq 'Guest'&$select=userType,userPrincipalName&$top=999");
    expect((guests.body.value as Array<{ userType: string }>).every((u) => u.userType === 'Guest')).toBe(true);
    expect((guests.body.value as unknown[]).length).toBeGreaterThan(10);
    const ict = await graph("/users?$filter=department eq 'Dienst ICT'&$select=department&$top=999");
    expect((ict.body.value as Array<{ department: string }>).every((u) => u.department === 'Dienst ICT')).toBe(true);
    const named = await graph("/users?$filter=startswith(displayName,'Anne de')&$select=displayName");
    expect((named.body.value as Array<{ displayName: string }>).map((u) => u.displayName)).toContain('Anne de Vries');
    expect(
      (named.body.value as Array<{ displayName: string }>).every((u) =>
        u.displayName.toLowerCase().startsWith('anne de')
      )
    ).toBe(true);
  });

  it('requires ConsistencyLevel: eventual for $search and $count, and then searches display names', async () => {
    const without = await graph('/users?$search="displayName:anne"');
    expect(without.status).toBe(400);
    expect(errorCode(without)).toBe('Request_UnsupportedQuery');
    const found = await graph('/users?$search="displayName:vries"&$count=true&$select=displayName', {
      headers: { ConsistencyLevel: 'eventual' }
    });
    expect(found.status).toBe(200);
    const names = (found.body.value as Array<{ displayName: string }>).map((u) => u.displayName);
    expect(names).toContain('Anne de Vries');
    expect(found.body['@odata.count']).toBe(names.length);
  });

  it('refuses unsupported filters with Graph errors, not crashes', async () => {
    for (const filter of [
      "shoeSize eq 'x'",
      "displayName eq 'unterminated",
      'accountEnabled eq 3',
      "department ne 'Dienst ICT'",
      '(((('
    ] as const) {
      const call = await graph(`/users?$filter=${encodeURIComponent(filter)}`);
      expect(call.status).toBe(400);
      errorCode(call);
    }
  });
});

describe('updating the own profile', () => {
  it('saves profile fields with PATCH /me (204) and honours If-Match', async () => {
    const before = await graph('/me?$select=id,skills', { user: DAAN });
    const etag = before.headers.get('etag') as string;
    const patch = await graph('/me', {
      user: DAAN,
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: JSON.stringify({ skills: ['Excel', 'Statistiek'], responsibilities: ['Beleidsadvies'] })
    });
    expect(patch.status).toBe(204);
    const after = await graph('/me?$select=skills,responsibilities', { user: DAAN });
    expect(after.body).toMatchObject({ skills: ['Excel', 'Statistiek'], responsibilities: ['Beleidsadvies'] });
    const stale = await graph('/me', {
      user: DAAN,
      method: 'PATCH',
      headers: { 'If-Match': etag },
      body: JSON.stringify({ skills: [] })
    });
    expect(stale.status).toBe(412);
    errorCode(stale);
  });

  it('wants profile fields in a request of their own and refuses directory fields and bad types', async () => {
    const mixed = await graph('/me', {
      method: 'PATCH',
      body: JSON.stringify({ skills: ['Excel'], mobilePhone: '+31 6 12345678' })
    });
    expect(mixed.status).toBe(400);
    const directory = await graph('/me', { method: 'PATCH', body: JSON.stringify({ jobTitle: 'Rector' }) });
    expect(directory.status).toBe(403);
    expect(errorCode(directory)).toBe('Authorization_RequestDenied');
    const wrongType = await graph('/me', { method: 'PATCH', body: JSON.stringify({ skills: 'Excel' }) });
    expect(wrongType.status).toBe(400);
    const otherUser = await graph(`/users/${DAAN}`, { method: 'PATCH', body: JSON.stringify({ aboutMe: 'hacked' }) });
    expect(otherUser.status).toBe(403);
  });
});

describe('photos and presence', () => {
  it('serves PNG photos in three sizes and 404 ImageNotFound for users without one', async () => {
    const token = await emulator.token();
    for (const size of [48, 96, 240]) {
      const response = await fetch(`${emulator.graphUrl}/me/photos/${size}x${size}/$value`, {
        headers: { Authorization: `Bearer ${token}` }
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(size);
    }
    const none = await graph(`/users/${DAAN}/photo/$value`);
    expect(none.status).toBe(404);
    expect(errorCode(none)).toBe('ImageNotFound');
  });

  it('answers presence for one user and for up to 650 ids at once', async () => {
    const me = await graph('/me?$select=id');
    const single = await graph('/me/presence');
    expect(single.body).toMatchObject({ id: me.body.id });
    expect(typeof single.body.availability).toBe('string');
    const batch = await graph('/communications/getPresencesByUserId', {
      method: 'POST',
      body: JSON.stringify({ ids: [me.body.id] })
    });
    expect((batch.body.value as Array<{ id: string; availability: string }>)[0]).toMatchObject({
      id: me.body.id,
      availability: single.body.availability
    });
    const tooMany = Array.from({ length: 651 }, (_, i) => `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`);
    const refused = await graph('/communications/getPresencesByUserId', {
      method: 'POST',
      body: JSON.stringify({ ids: tooMany })
    });
    expect(refused.status).toBe(400);
    errorCode(refused);
  });
});

describe('browser callers', () => {
  it('answers CORS preflights allowing the PnPjs headers and exposes Retry-After, ETag and request-id', async () => {
    const preflight = await fetch(`${emulator.graphUrl}/me`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4300',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,x-pnpjs-requestid,sdkversion,consistencylevel'
      }
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:4300');
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'x-pnpjs-requestid', 'sdkversion', 'consistencylevel', 'if-match']) {
      expect(allowed).toContain(header);
    }
    const exposed = (preflight.headers.get('access-control-expose-headers') ?? '').toLowerCase();
    for (const header of ['retry-after', 'etag', 'request-id']) {
      expect(exposed).toContain(header);
    }
  });
});
