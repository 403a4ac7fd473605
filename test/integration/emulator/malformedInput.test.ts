import { request as httpRequest } from 'http';
import { emulatorPerFile } from '../../support/emulatorPerFile';

const emulator = emulatorPerFile();
let token: string;

beforeAll(async () => {
  token = await emulator.token();
});

interface RawAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** Sends the path as written (no URL normalisation, broken % sequences kept); only spaces and non-ASCII are escaped. */
function raw(method: string, rawPath: string, headers: Record<string, string>, body?: string): Promise<RawAnswer> {
  const { hostname, port } = new URL(emulator.baseUrl);
  const path = rawPath.replace(/[^\x21-\x7e]/gu, (c) => encodeURIComponent(c));
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: hostname,
        port,
        method,
        path,
        headers: body === undefined ? headers : { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8')
          })
        );
      }
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const FRAGMENTS = [
  "'",
  '(',
  ')',
  ' eq ',
  ' and ',
  'startswith(',
  'displayName',
  ',',
  '%27',
  '%',
  '%ZZ',
  '"',
  'null',
  '1e999',
  '\\',
  '$',
  '@',
  '/',
  '..',
  'not ',
  ' in (',
  "''",
  '\u00e9',
  '%00',
  '💥'
];
const PATHS = [
  '/v1.0/users',
  '/v1.0/me',
  '/v1.0/groups',
  '/v1.0/me/memberOf',
  '/v1.0/users/anne.devries@hogeschool.example/directReports',
  '/v1.0/me/joinedTeams'
];
const OPTIONS = [
  '$filter',
  '$select',
  '$top',
  '$search',
  '$orderby',
  '$count',
  '$skiptoken',
  '$expand',
  '$skip',
  '$format'
];
const BODY_TARGETS: Array<[string, string]> = [
  ['PATCH', '/v1.0/me'],
  ['POST', '/v1.0/$batch'],
  ['POST', '/v1.0/communications/getPresencesByUserId'],
  ['POST', '/v1.0/groups/00000000-0000-0000-0000-000000000000/members/$ref'],
  ['POST', '/_emulator/token'],
  ['PUT', '/_emulator/faults']
];
const BAD_BODIES = [
  '{',
  '[]',
  'null',
  '"text"',
  '{"requests": 5}',
  '{"requests": [{"id": {}, "method": "GET", "url": "/me"}]}',
  '{"ids": "x"}',
  '{"skills": [1, 2]}',
  '{"aboutMe": {"a": 1}}',
  '{"@odata.id": 42}',
  '{"user": ["x"]}',
  '{"latencyMs": -5}',
  '{"statuses": ["x"]}',
  '\u0000\u0001',
  '{"a":'.repeat(50),
  JSON.stringify({ requests: Array.from({ length: 5 }, (_, i) => ({ id: String(i), method: 'GET', url: '/$batch' })) }),
  JSON.stringify({
    requests: [
      { id: '1', method: 'GET', url: 'https://graph.microsoft.com/v1.0/me' },
      { id: '2', method: 'TRACE', url: '/me' }
    ]
  })
];

function randomFilter(next: () => number): string {
  let text = '';
  const length = 1 + Math.floor(next() * 8);
  for (let i = 0; i < length; i++) {
    text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
  }
  return text;
}

function malformedRequests(): Array<{ method: string; path: string; headers: Record<string, string>; body?: string }> {
  const next = generator(20260901);
  const auth = { Authorization: `Bearer ${token}` };
  const requests: Array<{ method: string; path: string; headers: Record<string, string>; body?: string }> = [];
  for (let i = 0; i < 200; i++) {
    const path = PATHS[Math.floor(next() * PATHS.length)];
    const option = OPTIONS[Math.floor(next() * OPTIONS.length)];
    const value =
      option === '$top'
        ? ['1000000', '-1', '1.5', '0', '99999999999999999999999', 'NaN'][i % 6]
        : encodeURI(randomFilter(next)).replace(/%25/g, '%');
    requests.push({
      method: 'GET',
      path: `${path}?${option}=${value}`,
      headers: { ...auth, ConsistencyLevel: i % 2 === 0 ? 'eventual' : 'strong' }
    });
  }
  for (const [method, path] of BODY_TARGETS) {
    for (const body of BAD_BODIES) {
      requests.push({ method, path, headers: { ...auth, 'Content-Type': 'application/json' }, body });
    }
    requests.push({ method, path, headers: { ...auth, 'Content-Type': 'text/plain' }, body: 'not json' });
    requests.push({
      method,
      path,
      headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1&b=2'
    });
  }
  const weirdIds = [
    'x'.repeat(3000),
    '%E0%A4%A',
    '..%2F..%2Fetc%2Fpasswd',
    "'; DROP TABLE users; --",
    '%00',
    '💥',
    '00000000-0000-0000-0000-000000000000',
    'a@b@c',
    '%'
  ];
  for (const id of weirdIds) {
    for (const suffix of [
      '',
      '/manager',
      '/directReports',
      '/photo/$value',
      '/photos/7x7/$value',
      '/presence',
      '/memberOf'
    ]) {
      requests.push({ method: 'GET', path: `/v1.0/users/${id}${suffix}`, headers: auth });
    }
    requests.push({ method: 'GET', path: `/v1.0/groups/${id}/members`, headers: auth });
    requests.push({ method: 'GET', path: `/v1.0/teams/${id}/channels/${id}/messages/${id}/replies`, headers: auth });
    requests.push({
      method: 'POST',
      path: `/v1.0/teams/${id}/channels/${id}/messages`,
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{"body":{"content":"x"}}'
    });
  }
  for (const authorization of [
    '',
    'Bearer',
    'Bearer a.b',
    'Basic dXNlcjpwYXNz',
    `Bearer ${token}x`,
    `bearer  ${'a'.repeat(5000)}`
  ]) {
    requests.push({ method: 'GET', path: '/v1.0/me', headers: { Authorization: authorization } });
  }
  for (const path of [
    '/v1.0',
    '/v1.0/',
    '/v1.0//users',
    '/v2.0/me',
    '/beta/me',
    '/v1.0/me/unknown/segments/here',
    '/',
    '/sites',
    '/v1.0/$batch',
    '/v1.0/$metadata'
  ]) {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      requests.push({ method, path, headers: auth });
    }
  }
  return requests;
}

describe('malformed input', () => {
  it('answers hundreds of malformed requests with Graph-style client errors and keeps serving', async () => {
    const requests = malformedRequests();
    expect(requests.length).toBeGreaterThan(300);
    const failures: string[] = [];
    let clientErrors = 0;
    for (let i = 0; i < requests.length; i += 10) {
      const answers = await Promise.all(
        requests.slice(i, i + 10).map(async (r) => ({ r, answer: await raw(r.method, r.path, r.headers, r.body) }))
      );
      for (const { r, answer } of answers) {
        const isControlOk = r.path.startsWith('/_emulator') && answer.status < 300;
        if (isControlOk) {
          continue;
        }
        const jsonError = answer.contentType.includes('application/json') && /"error"/.test(answer.body);
        if (answer.status >= 400 && answer.status < 500) {
          clientErrors++;
        }
        if (answer.status >= 500 && answer.status !== 501) {
          failures.push(`${r.method} ${r.path.slice(0, 80)} -> ${answer.status}`);
        } else if (answer.status >= 400 && !jsonError) {
          failures.push(
            `${r.method} ${r.path.slice(0, 80)} -> ${answer.status} without Graph error JSON: ${answer.body.slice(0, 80)}`
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(clientErrors).toBeGreaterThan(requests.length * 0.8);
    await fetch(`${emulator.baseUrl}/_emulator/faults`, { method: 'DELETE' });
    const health = await fetch(`${emulator.baseUrl}/_emulator/health`);
    expect(await health.json()).toEqual({ status: 'ok', people: 1500 });
    const me = await fetch(`${emulator.graphUrl}/me?$select=displayName`, {
      headers: { Authorization: `Bearer ${token}` }
    });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { displayName: string }).displayName).toBe('Anne de Vries');
  }, 120_000);

  it('authenticates every spelling of a Graph path the router accepts', async () => {
    for (const path of [
      '//v1.0/me',
      '/%761.0/me',
      '/V1.0/ME',
      '/v1.0//users',
      '/v1.0/me/',
      '/SITES/intranet/_api/web'
    ]) {
      const answer = await raw('GET', path, {});
      expect({ path, status: answer.status }).toEqual({ path, status: 401 });
    }
    const casing = await raw('GET', '/V1.0/Me?$select=displayName', { Authorization: `Bearer ${token}` });
    expect(casing.status).toBe(200);
  });
});
