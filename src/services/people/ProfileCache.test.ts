import { CACHE_LIFETIME_MINUTES, memoryStore, ProfileCache, profileCacheFor } from './ProfileCache';

describe('ProfileCache', () => {
  it('keeps values per store for that store\'s lifetime', () => {
    let now = 1_000_000;
    const cache = new ProfileCache(memoryStore(), 'test', () => now);
    cache.put('presence', 'U1', { availability: 'Busy' });
    cache.put('profile', 'u1', { displayName: 'Anne' });

    expect(cache.get('presence', 'u1')).toEqual({ value: { availability: 'Busy' } });
    now += CACHE_LIFETIME_MINUTES.presence * 60_000 + 1;
    expect(cache.get('presence', 'u1')).toBeUndefined();
    expect(cache.get('profile', 'u1')).toEqual({ value: { displayName: 'Anne' } });
  });

  it('caches absent values (a photo miss) as answers', () => {
    const cache = new ProfileCache(memoryStore(), 'test');
    cache.put<string | undefined>('photo', 'u1', undefined);
    expect(cache.get('photo', 'u1')).toEqual({ value: undefined });
    expect(cache.get('photo', 'u2')).toBeUndefined();
  });

  it('treats unreadable entries as misses', () => {
    const store = memoryStore();
    store.setItem('test:profile:u1', '{not json');
    expect(new ProfileCache(store, 'test').get('profile', 'u1')).toBeUndefined();
  });
});

describe('profileCacheFor', () => {
  it('keeps the answers of one viewer away from the next viewer in the same tab', () => {
    const tab = memoryStore();
    profileCacheFor('anne.devries@hogeschool.example', tab).put('profile', 'u42', { displayName: 'Seen by Anne' });

    expect(profileCacheFor('daan.bakker@hogeschool.example', tab).get('profile', 'u42')).toBeUndefined();
    expect(profileCacheFor('Anne.deVries@hogeschool.example', tab).get('profile', 'u42')).toEqual({ value: { displayName: 'Seen by Anne' } });
  });
});
