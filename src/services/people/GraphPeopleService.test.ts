/** @jest-environment node */
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { createBrowserClients } from '../clients';
import { ServiceError } from '../ServiceError';
import { GraphPeopleService } from './GraphPeopleService';
import { memoryStore, ProfileCache } from './ProfileCache';
import type { RetryPolicy } from './runBatch';

interface InnerAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface SeenRequest {
  method: string;
  url: string;
  inner?: { method: string; url: string }[];
  body?: unknown;
}

const ANNE = {
  id: '11111111-1111-1111-1111-111111111111',
  displayName: 'Anne de Vries',
  userPrincipalName: 'anne.devries@hogeschool.example',
  jobTitle: 'Teamleider Onderwijs',
  businessPhones: ['+31 20 555 0101'],
  aboutMe: 'Ik help teams met <b>toetsing</b>.',
  skills: ['Assessment', 'Data-analyse'],
  interests: ['Open science'],
  responsibilities: ['Curriculum design'],
  pastProjects: [],
  schools: []
};
const MANAGER = { id: '22222222-2222-2222-2222-222222222222', displayName: 'Bram Jansen', userPrincipalName: 'bram.jansen@hogeschool.example' };
const REPORTS = [
  { id: '33333333-3333-3333-3333-333333333333', displayName: 'Sanne Visser', userPrincipalName: 'sanne.visser@hogeschool.example' },
  { id: '44444444-4444-4444-4444-444444444444', displayName: 'Daan Bakker', userPrincipalName: 'daan.bakker@hogeschool.example' }
];
const PHOTO_BASE64 = Buffer.from('fake-jpeg-bytes').toString('base64');

/** Graph as the card sees it: the same answers for a user by id, by UPN and as `me`. */
function defaultAnswer(method: string, url: string, requestBody?: unknown): InnerAnswer {
  const path = url.split('?')[0].replace(/^\/?(v1\.0\/)?/, '');
  const user = path.replace(/^(me|users\/[^/]+)/, '');
  if (method === 'POST' && path === 'communications/getPresencesByUserId') {
    const ids = (requestBody as { ids: string[] }).ids;
    return { status: 200, body: { value: ids.map((id) => ({ id, availability: 'Busy', activity: 'InAMeeting' })) } };
  }
  if (/^users\/unknown/.test(path)) {
    return { status: 404, body: { error: { code: 'Request_ResourceNotFound', message: 'Resource not found.' } } };
  }
  switch (user) {
    case '':
      return { status: 200, body: ANNE };
    case '/manager':
      return { status: 200, body: MANAGER };
    case '/directReports':
      return { status: 200, body: { value: REPORTS } };
    case '/memberOf':
      return {
        status: 200,
        body: { value: [{ '@odata.type': '#microsoft.graph.group', id: 'g1', displayName: 'Toetsing', visibility: 'Public' }] }
      };
    case '/presence':
      return { status: 200, body: { availability: 'Available', activity: 'Available' } };
    case '/photos/96x96/$value':
      return path.startsWith('users/4444')
        ? { status: 404, body: { error: { code: 'ImageNotFound', message: 'The photo wasn\'t found.' } } }
        : { status: 200, body: PHOTO_BASE64, headers: { 'Content-Type': 'image/jpeg' } };
    default:
      return { status: 404, body: { error: { code: 'BadRequest', message: `No route ${path}` } } };
  }
}

async function startGraph(answer: (method: string, url: string, body?: unknown) => InnerAnswer = defaultAnswer): Promise<{ server: Server; base: string; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const parsed = raw ? (JSON.parse(raw) as unknown) : undefined;
      if (req.url === '/v1.0/$batch') {
        const requests = (parsed as { requests: { id: string; method: string; url: string; body?: unknown }[] }).requests;
        seen.push({ method: 'POST', url: req.url, inner: requests.map((r) => ({ method: r.method, url: decodeURIComponent(r.url) })) });
        const responses = requests.map((r) => ({ id: r.id, ...withHeaders(answer(r.method, r.url, r.body)) }));
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ responses }));
        return;
      }
      seen.push({ method: req.method ?? '', url: decodeURIComponent(req.url ?? ''), body: parsed });
      const result = answer(req.method ?? 'GET', req.url ?? '', parsed);
      res.writeHead(result.status, { 'Content-Type': 'application/json', ...result.headers });
      res.end(result.status === 204 ? undefined : JSON.stringify(result.body));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}`, seen });
    });
  });
}

function withHeaders(answer: InnerAnswer): InnerAnswer {
  return { ...answer, headers: { 'Content-Type': 'application/json', ...answer.headers } };
}

const noWait: RetryPolicy = { maxAttempts: 3, maxWaitSeconds: 10, defaultWaitSeconds: 1, sleep: async () => undefined };

function serviceFor(base: string, retry: RetryPolicy = noWait): GraphPeopleService {
  const clients = createBrowserClients({ graphBaseUrl: `${base}/v1.0`, spBaseUrl: `${base}/sites/intranet`, getToken: () => 't' });
  return new GraphPeopleService(clients.graph, { cache: new ProfileCache(memoryStore(), 'test'), retry, collectWindowMs: 5 });
}

describe('GraphPeopleService', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('loads a cold card in one $batch with the constant $select and maps every section', async () => {
    const graph = await startGraph();
    server = graph.server;
    const card = await serviceFor(graph.base).getProfileCard('anne.devries@hogeschool.example');

    expect(graph.seen).toHaveLength(1);
    expect(graph.seen[0].url).toBe('/v1.0/$batch');
    const inner = graph.seen[0].inner ?? [];
    expect(inner.map((r) => r.url.split('?')[0]).sort()).toEqual([
      '/users/anne.devries@hogeschool.example',
      '/users/anne.devries@hogeschool.example/directReports',
      '/users/anne.devries@hogeschool.example/manager',
      '/users/anne.devries@hogeschool.example/memberOf',
      '/users/anne.devries@hogeschool.example/photos/96x96/$value',
      '/users/anne.devries@hogeschool.example/presence'
    ]);
    expect(inner.find((r) => r.url.startsWith('/users/anne.devries@hogeschool.example?'))?.url).toContain(
      '$select=id,displayName,userPrincipalName,mail,jobTitle,department,officeLocation,businessPhones,mobilePhone,aboutMe,skills,interests,responsibilities,pastProjects,schools'
    );
    expect(card.profile).toMatchObject({ id: ANNE.id, skills: ['Assessment', 'Data-analyse'], aboutMe: ANNE.aboutMe });
    expect(card.photo).toEqual({ status: 'ready', data: `data:image/jpeg;base64,${PHOTO_BASE64}` });
    expect(card.presence).toEqual({ status: 'ready', data: { availability: 'Available', activity: 'Available' } });
    expect(card.manager).toMatchObject({ status: 'ready', data: { displayName: 'Bram Jansen' } });
    expect(card.directReports).toMatchObject({ status: 'ready', data: [{ displayName: 'Daan Bakker' }, { displayName: 'Sanne Visser' }] });
    expect(card.groups).toEqual({ status: 'ready', data: [{ id: 'g1', displayName: 'Toetsing', visibility: 'Public' }] });
  });

  it('answers a warm repeat from the cache without any request, by UPN and by id', async () => {
    const graph = await startGraph();
    server = graph.server;
    const service = serviceFor(graph.base);
    await service.getProfileCard('anne.devries@hogeschool.example');
    graph.seen.length = 0;

    const again = await service.getProfileCard('Anne.deVries@hogeschool.example');
    const byId = await service.getProfileCard(ANNE.id);
    const photo = await service.getPhoto(ANNE.id);

    expect(graph.seen).toHaveLength(0);
    expect(again.profile.displayName).toBe('Anne de Vries');
    expect(byId.manager).toMatchObject({ status: 'ready', data: { id: MANAGER.id } });
    expect(photo).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('never answers "me" from a cache another sign-in in the same tab filled', async () => {
    const graph = await startGraph();
    server = graph.server;
    const store = memoryStore();
    const clients = createBrowserClients({ graphBaseUrl: `${graph.base}/v1.0`, spBaseUrl: `${graph.base}/sites/intranet`, getToken: () => 't' });
    const first = new GraphPeopleService(clients.graph, { cache: new ProfileCache(store, 'shared'), retry: noWait });
    await first.getProfileCard('me');
    graph.seen.length = 0;

    const nextPage = new GraphPeopleService(clients.graph, { cache: new ProfileCache(store, 'shared'), retry: noWait });
    await nextPage.getProfileCard('me');
    expect(graph.seen).toHaveLength(1);
    await nextPage.getProfileCard(ANNE.id);
    expect(graph.seen).toHaveLength(1);
  });

  it('retries a throttled part of the batch after Retry-After and keeps the other answers', async () => {
    let throttled = 0;
    const graph = await startGraph((method, url, requestBody) => {
      if (url.includes('/memberOf') && throttled < 1) {
        throttled++;
        return { status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'TooManyRequests', message: 'Slow down' } } };
      }
      return defaultAnswer(method, url, requestBody);
    });
    server = graph.server;
    const waits: number[] = [];
    const card = await serviceFor(graph.base, { ...noWait, sleep: async (ms) => void waits.push(ms) }).getProfileCard(ANNE.id);

    expect(waits).toEqual([2000]);
    expect(graph.seen).toHaveLength(2);
    expect(graph.seen[1].inner?.map((r) => r.url.split('?')[0])).toEqual([`/users/${ANNE.id}/memberOf`]);
    expect(card.groups.status).toBe('ready');
  });

  it('degrades only the section that keeps failing', async () => {
    const graph = await startGraph((method, url, requestBody) =>
      url.includes('/directReports')
        ? { status: 403, body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges.' } } }
        : defaultAnswer(method, url, requestBody)
    );
    server = graph.server;
    const card = await serviceFor(graph.base).getProfileCard(ANNE.id);

    expect(graph.seen).toHaveLength(1);
    expect(card.directReports.status).toBe('error');
    expect(card.directReports.status === 'error' && card.directReports.error.kind).toBe('forbidden');
    expect(card.manager.status).toBe('ready');
    expect(card.profile.displayName).toBe('Anne de Vries');
  });

  it('reports an unknown person as notFound', async () => {
    const graph = await startGraph();
    server = graph.server;
    const failure = await serviceFor(graph.base).getProfileCard('unknown@hogeschool.example').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).kind).toBe('notFound');
  });

  it('caches a missing photo, so it is not requested again', async () => {
    const graph = await startGraph();
    server = graph.server;
    const service = serviceFor(graph.base);
    expect(await service.getPhoto(REPORTS[1].id)).toBeUndefined();
    expect(await service.getPhoto(REPORTS[1].id)).toBeUndefined();
    expect(graph.seen).toHaveLength(1);
  });

  it('loads the presence of people rendered together in one getPresencesByUserId call', async () => {
    const graph = await startGraph();
    server = graph.server;
    const service = serviceFor(graph.base);
    const presences = await Promise.all([ANNE.id, MANAGER.id, REPORTS[0].id, ANNE.id].map((id) => service.getPresence(id)));

    expect(presences.map((p) => p.availability)).toEqual(['Busy', 'Busy', 'Busy', 'Busy']);
    expect(graph.seen).toHaveLength(1);
    expect(graph.seen[0]).toMatchObject({ method: 'POST', url: '/v1.0/communications/getPresencesByUserId' });
    expect((graph.seen[0].body as { ids: string[] }).ids).toEqual([ANNE.id, MANAGER.id, REPORTS[0].id]);
    await service.getPresence(MANAGER.id);
    expect(graph.seen).toHaveLength(1);
  });

  it('saves the profile with PATCH /me and updates the cached card', async () => {
    const graph = await startGraph((method, url, requestBody) => (method === 'PATCH' ? { status: 204 } : defaultAnswer(method, url, requestBody)));
    server = graph.server;
    const service = serviceFor(graph.base);
    await service.getProfileCard('me');
    await service.updateMyProfile({ skills: ['Assessment', 'Data-analyse', 'Python'] });
    const card = await service.getProfileCard('me');

    const patch = graph.seen.find((r) => r.method === 'PATCH');
    expect(patch).toMatchObject({ url: '/v1.0/me', body: { skills: ['Assessment', 'Data-analyse', 'Python'] } });
    expect(card.profile.skills).toEqual(['Assessment', 'Data-analyse', 'Python']);
    expect(graph.seen.filter((r) => r.method !== 'PATCH')).toHaveLength(1);
  });
});
