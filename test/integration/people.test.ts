import { createBrowserClients } from '../../src/services/clients';
import { memoryStore, SessionCache } from '../../src/services/cache/SessionCache';
import { createServices } from '../../src/services/createServices';
import { GraphPeopleService } from '../../src/services/people/GraphPeopleService';
import type { KringServices } from '../../src/services/KringServices';
import { ServiceError } from '../../src/services/ServiceError';
import type { LoggedEmulatorRequest, RunningEmulator } from '../support/emulator';
import { emulatorPerFile } from '../support/emulatorPerFile';

const ANNE = 'anne.devries@hogeschool.example';
const DAAN = 'daan.bakker@hogeschool.example';

function servicesAs(emulator: RunningEmulator, upn: string): KringServices {
  return createServices(
    createBrowserClients({
      graphBaseUrl: emulator.graphUrl,
      spBaseUrl: emulator.spUrl,
      getToken: () => emulator.token(upn)
    })
  );
}

/** Round trips as the network sees them: inner `$batch` requests are listed but travel inside the POST. */
function roundTrips(requests: LoggedEmulatorRequest[], prefix: string): LoggedEmulatorRequest[] {
  return requests.filter((request) => !request.batch && request.url.includes(prefix));
}

describe('people and highlights services against the emulator', () => {
  const emulator = emulatorPerFile();

  beforeEach(async () => {
    await emulator.clearFaults();
    await emulator.clearRequests();
  });

  it('loads a cold card in one Graph $batch, and a warm one with no Graph request', async () => {
    await emulator.token(ANNE);
    const services = servicesAs(emulator, ANNE);
    await emulator.clearRequests();

    const card = await services.people.getProfileCard('me');
    const cold = await emulator.requests();

    expect(roundTrips(cold, '/v1.0/')).toHaveLength(1);
    expect(roundTrips(cold, '/v1.0/')[0]).toMatchObject({ method: 'POST', status: 200 });
    expect(roundTrips(cold, '/v1.0/')[0].url).toContain('$batch');
    expect(cold.filter((r) => r.batch).length).toBe(6);

    expect(card.profile.userPrincipalName).toBe(ANNE);
    expect(card.profile.displayName).toBe('Anne de Vries');
    expect(card.profile.jobTitle).toBe('Teamleider Onderwijs');
    expect(card.profile.skills.length).toBeGreaterThan(0);
    expect(card.profile.aboutMe).not.toBe('');
    expect(card.photo.ok && card.photo.value).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(card.manager.ok && card.manager.value?.displayName).toBeTruthy();
    expect(card.directReports.ok && card.directReports.value.length).toBeGreaterThanOrEqual(6);
    expect(card.groups.ok && card.groups.value.some((g) => g.visibility === 'Private')).toBe(true);
    expect(card.presence.ok).toBe(true);

    await emulator.clearRequests();
    const warm = await services.people.getProfileCard('me');
    const byUpn = await services.people.getProfileCard(ANNE);
    expect(roundTrips(await emulator.requests(), '/v1.0/')).toHaveLength(0);
    expect(warm.profile.id).toBe(card.profile.id);
    expect(byUpn.directReports).toEqual(card.directReports);
  });

  it('reads highlights with one list request, filtered to the contributor', async () => {
    const services = servicesAs(emulator, ANNE);
    const me = await services.people.getMe();
    await services.settings.load();
    await emulator.clearRequests();

    const highlights = await services.highlights.getContributions(me.id);
    const requests = roundTrips(await emulator.requests(), '/sites/intranet/');

    expect(requests).toHaveLength(1);
    expect(decodeURIComponent(requests[0].url.replace(/\+/g, ' '))).toContain(`$filter=ContributorId eq '${me.id}'`);
    expect(highlights.length).toBeGreaterThan(0);
    expect(highlights.every((h) => h.contributorId === me.id)).toBe(true);
    const dates = highlights.map((h) => h.created ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('caches a missing photo, so it is not asked for again', async () => {
    const services = servicesAs(emulator, ANNE);
    const daan = await services.people.getProfileCard(DAAN);
    expect(daan.photo).toEqual({ ok: true, value: undefined });
    await emulator.clearRequests();

    expect(await services.people.getPhoto(daan.profile.id)).toBeUndefined();
    expect(await emulator.requests()).toHaveLength(0);
  });

  it('answers the photos and presence of people rendered together in one $batch', async () => {
    const services = servicesAs(emulator, ANNE);
    const card = await servicesAs(emulator, DAAN).people.getProfileCard(ANNE);
    const reports = card.directReports.ok ? card.directReports.value : [];
    await emulator.clearRequests();

    const [presences, photos] = await Promise.all([
      Promise.all(reports.map((person) => services.people.getPresence(person.id))),
      Promise.all(reports.map((person) => services.people.getPhoto(person.id)))
    ]);
    const requests = await emulator.requests();
    const inner = requests.filter((r) => r.batch);

    expect(presences).toHaveLength(reports.length);
    expect(presences.every((p) => typeof p.availability === 'string')).toBe(true);
    expect(photos.some((photo) => photo?.startsWith('data:image/'))).toBe(true);
    expect(roundTrips(requests, '/v1.0/')).toHaveLength(Math.ceil((reports.length + 1) / 20));
    expect(inner.filter((r) => r.url.includes('/communications/getPresencesByUserId'))).toHaveLength(1);
    expect(inner.filter((r) => r.url.includes('/photos/'))).toHaveLength(reports.length);

    await emulator.clearRequests();
    await Promise.all(reports.map((person) => services.people.getPresence(person.id)));
    expect(await emulator.requests()).toHaveLength(0);
  });

  it('sends more than 20 photos and presence as several $batches at the same time, one round trip', async () => {
    const seen = await servicesAs(emulator, DAAN).people.searchPeople('de', 40);
    const people = seen.slice(0, 30);
    expect(people.length).toBeGreaterThan(20);
    await emulator.setFaults({ latencyMs: 400 });
    await emulator.clearRequests();
    const services = servicesAs(emulator, ANNE);

    const started = Date.now();
    const answers = await Promise.all(
      people.flatMap((person) => [services.people.getPhoto(person.id), services.people.getPresence(person.id)])
    );
    const elapsed = Date.now() - started;
    const requests = await emulator.requests();

    expect(answers).toHaveLength(people.length * 2);
    expect(roundTrips(requests, '/v1.0/')).toHaveLength(Math.ceil((people.length + 1) / 20));
    // One after another, the batches would pay the 400 ms twice.
    expect(elapsed).toBeLessThan(750);
  });

  it('never answers "me" from the cache another sign-in in the same tab filled', async () => {
    const tab = memoryStore();
    const signedIn = (upn: string): GraphPeopleService =>
      new GraphPeopleService(
        createBrowserClients({
          graphBaseUrl: emulator.graphUrl,
          spBaseUrl: emulator.spUrl,
          getToken: () => emulator.token(upn)
        }).graph,
        { cache: new SessionCache(tab, 'same-tab') }
      );
    const anneCard = await signedIn(ANNE).getProfileCard('me');
    await emulator.clearRequests();
    const daanCard = await signedIn(DAAN).getProfileCard('me');

    expect(anneCard.profile.userPrincipalName).toBe(ANNE);
    expect(daanCard.profile.userPrincipalName).toBe(DAAN);
    expect(roundTrips(await emulator.requests(), '/v1.0/')).toHaveLength(1);
  });

  it('retries a throttled request inside the batch after Retry-After, and the card is whole', async () => {
    const services = servicesAs(emulator, ANNE);
    await emulator.token(ANNE);
    await emulator.setFaults({ failureRate: 1, statuses: [429], retryAfterSeconds: 1, count: 1 });
    const started = Date.now();

    const card = await services.people.getProfileCard(DAAN);
    const requests = await emulator.requests();

    expect(requests.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(card.profile.userPrincipalName).toBe(DAAN);
    for (const section of [card.manager, card.directReports, card.groups, card.presence, card.photo]) {
      expect(section.ok).toBe(true);
    }
  }, 30_000);

  it('turns a refused read of the person into a typed forbidden error, not a blank card', async () => {
    const services = servicesAs(emulator, ANNE);
    await emulator.token(ANNE);
    await emulator.setFaults({ failureRate: 1, statuses: [403] });
    const failure = await services.people.getProfileCard('sanne.visser@hogeschool.example').catch((e: unknown) => e);
    await emulator.clearFaults();

    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).kind).toBe('forbidden');
  });

  it('reports an unknown person as notFound', async () => {
    const failure = await servicesAs(emulator, ANNE)
      .people.getProfileCard('nobody.here@hogeschool.example')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).kind).toBe('notFound');
  });

  it('saves skills with PATCH /me, and Graph returns them afterwards', async () => {
    const services = servicesAs(emulator, DAAN);
    const before = await services.people.getProfileCard('me');
    const skills = [...before.profile.skills, 'Grant writing'];

    await services.people.updateMyProfile({ skills });

    const fresh = await servicesAs(emulator, DAAN).people.getProfileCard('me');
    expect(fresh.profile.skills).toEqual(skills);
    const cached = await services.people.getProfileCard('me');
    expect(cached.profile.skills).toEqual(skills);
  });

  it('finds people by name for the people picker', async () => {
    const found = await servicesAs(emulator, ANNE).people.searchPeople('Daan Bak');
    expect(found.map((p) => p.userPrincipalName)).toContain(DAAN);
  });
});
