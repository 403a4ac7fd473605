import { memoryStore, SessionCache, sessionCacheFor } from './SessionCache';

describe('SessionCache', () => {
  it("keeps values per store for that store's lifetime", () => {
    let now = 1_000_000;
    const cache = new SessionCache(memoryStore(), 'test', () => now);
    const presence = cache.store<{ availability: string }>('presence', 5);
    const profile = cache.store<{ displayName: string }>('profile', 60);
    presence.put('U1', { availability: 'Busy' });
    profile.put('u1', { displayName: 'Anne' });

    expect(presence.get('u1')).toEqual({ value: { availability: 'Busy' } });
    now += 5 * 60_000 + 1;
    expect(presence.get('u1')).toBeUndefined();
    expect(profile.get('u1')).toEqual({ value: { displayName: 'Anne' } });
  });

  it('lets each service register its own stores, and refuses one name with two lifetimes', () => {
    const cache = new SessionCache(memoryStore(), 'test');
    const first = cache.store<number>('groups', 30);
    first.put('a', 1);
    expect(cache.store<number>('groups', 30).get('a')).toEqual({ value: 1 });
    expect(() => cache.store<number>('groups', 10)).toThrow(/already registered/);
  });

  it('caches absent values (a photo miss) as answers', () => {
    const photos = new SessionCache(memoryStore(), 'test').store<string | undefined>('photo', 60);
    photos.put('u1', undefined);
    expect(photos.get('u1')).toEqual({ value: undefined });
    expect(photos.get('u2')).toBeUndefined();
  });

  it('treats unreadable entries as misses and removes them', () => {
    const storage = memoryStore();
    storage.setItem('test:profile:u1', '{not json');
    expect(new SessionCache(storage, 'test').store('profile', 60).get('u1')).toBeUndefined();
    expect(storage.getItem('test:profile:u1')).toBeNull();
  });
});

describe('sessionCacheFor', () => {
  it('keeps the answers of one viewer away from the next viewer in the same tab', () => {
    const tab = memoryStore();
    sessionCacheFor('anne.devries@hogeschool.example', tab)
      .store('profile', 60)
      .put('u42', { displayName: 'Seen by Anne' });

    expect(sessionCacheFor('daan.bakker@hogeschool.example', tab).store('profile', 60).get('u42')).toBeUndefined();
    expect(sessionCacheFor('Anne.deVries@hogeschool.example', tab).store('profile', 60).get('u42')).toEqual({
      value: { displayName: 'Seen by Anne' }
    });
  });
});
