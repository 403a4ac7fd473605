import { CHANNEL, GROUP, draftFor } from './draftFixtures';
import { LocalDraftStore, type DraftStorage } from './LocalDraftStore';

const target = { groupId: GROUP, channelId: CHANNEL };

function fullStorage(): DraftStorage {
  return {
    length: 0,
    key: () => null,
    getItem: () => null,
    removeItem: () => undefined,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
  };
}

beforeEach(() => window.localStorage.clear());

describe('LocalDraftStore', () => {
  it('keeps drafts across a reload (a new store on the same storage)', async () => {
    await new LocalDraftStore('anne@hogeschool.example').put(draftFor({}, 'survives'));
    const reloaded = await new LocalDraftStore('Anne@Hogeschool.example').get(target);
    expect(reloaded).toEqual(draftFor({}, 'survives'));
  });

  it("never shows one viewer's drafts to another", async () => {
    await new LocalDraftStore('anne@hogeschool.example').put(draftFor({}, 'Anne only'));
    const daan = new LocalDraftStore('daan@hogeschool.example');
    expect(await daan.get(target)).toBeUndefined();
    expect(await daan.list(GROUP)).toEqual([]);
  });

  it('keeps a draft in memory when the quota is full, and says it was not persisted', async () => {
    const store = new LocalDraftStore('anne@hogeschool.example', fullStorage());
    expect(await store.put(draftFor({}, 'kept anyway'))).toEqual({ persisted: false });
    expect(await store.get(target)).toEqual(draftFor({}, 'kept anyway'));
    expect((await store.list(GROUP)).length).toBe(1);
    await store.remove(target);
    expect(await store.get(target)).toBeUndefined();
  });

  it('works without storage at all', async () => {
    const store = new LocalDraftStore('anne@hogeschool.example', null);
    expect(await store.put(draftFor({}, 'memory'))).toEqual({ persisted: false });
    expect(await store.get(target)).toEqual(draftFor({}, 'memory'));
  });

  it('ignores and removes malformed entries, and lists the drafts that are whole', async () => {
    const store = new LocalDraftStore('anne@hogeschool.example');
    expect(await store.put(draftFor({ replyToId: 'p1' }, 'whole'))).toEqual({ persisted: true });
    const prefix = 'kring.draft.v1|anne%40hogeschool.example|';
    const keyOf = (replyToId: string): string => `${prefix}${GROUP}|${encodeURIComponent(CHANNEL)}|${replyToId}`;
    window.localStorage.setItem(keyOf(''), '{not json');
    window.localStorage.setItem(
      keyOf('p2'),
      JSON.stringify({ ...draftFor({ replyToId: 'p2' }, 'x'), content: 'html' })
    );
    window.localStorage.setItem(keyOf('p3'), JSON.stringify(draftFor({ replyToId: 'somewhere else' }, 'moved')));
    expect(await store.get(target)).toBeUndefined();
    expect((await store.list(GROUP)).map((draft) => draft.target.replyToId)).toEqual(['p1']);
    expect(window.localStorage.getItem(keyOf(''))).toBeNull();
    expect(window.localStorage.getItem(keyOf('p2'))).toBeNull();
    expect(window.localStorage.getItem(keyOf('p3'))).toBeNull();
  });

  it('ignores a stored draft with a malformed pending send', async () => {
    const store = new LocalDraftStore('anne@hogeschool.example');
    await store.put({ ...draftFor({}, 'x'), pending: { sendId: 's', startedAt: 'soon', html: '', skipIds: [] } });
    expect(await store.get(target)).toBeUndefined();
  });
});

describe('LocalDraftStore.watch', () => {
  it("tells a page about another tab's change to the draft, and its removal after sending", async () => {
    const here = new LocalDraftStore('anne@hogeschool.example');
    const otherTab = new LocalDraftStore('anne@hogeschool.example');
    const seen: Array<string | undefined> = [];
    const stop = await here.watch(target, (draft) => seen.push(draft ? JSON.stringify(draft.content) : undefined));
    await otherTab.put(draftFor({}, 'typed in the other tab'));
    const written = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i) as string);
    // jsdom, like browsers, fires `storage` only in other pages: the test dispatches what the browser would.
    window.dispatchEvent(new StorageEvent('storage', { key: written[0] }));
    await otherTab.remove(target);
    window.dispatchEvent(new StorageEvent('storage', { key: written[0] }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'kring.something.else' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: written[0] }));
    expect(seen).toEqual([JSON.stringify(draftFor({}, 'typed in the other tab').content), undefined]);
  });
});
