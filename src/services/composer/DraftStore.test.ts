import type { Draft } from '../../model/composer/Draft';
import { draftContentFromText } from '../../model/composer/plainTextDraft';
import { CHANNEL, GROUP, draftFor } from './draftFixtures';
import type { DraftStore } from './DraftStore';
import { LocalDraftStore } from './LocalDraftStore';
import { MemoryDraftStore } from './MemoryDraftStore';

function describeDraftStore(name: string, create: () => DraftStore): void {
  describe(`${name} as a DraftStore`, () => {
    it('keeps one draft per new post in a channel and one per reply thread', async () => {
      const store = create();
      await store.put(draftFor({}, 'new post'));
      await store.put(draftFor({ replyToId: 'p1' }, 'a reply'));
      await store.put(draftFor({}, 'new post, edited'));
      expect((await store.get({ groupId: GROUP, channelId: CHANNEL }))?.content).toEqual(
        draftContentFromText('new post, edited')
      );
      expect((await store.get({ groupId: GROUP, channelId: CHANNEL, replyToId: 'p1' }))?.content).toEqual(
        draftContentFromText('a reply')
      );
      expect(await store.get({ groupId: GROUP, channelId: CHANNEL, replyToId: 'p2' })).toBeUndefined();
    });

    it("lists a group's drafts, most recently edited first, and no other group's", async () => {
      const store = create();
      await store.put(draftFor({}, 'older', '2026-12-03T09:00:00.000Z'));
      await store.put(draftFor({ replyToId: 'p1' }, 'newer', '2026-12-03T11:00:00.000Z'));
      await store.put(draftFor({ groupId: 'group-2' }, 'elsewhere'));
      const listed = await store.list(GROUP);
      expect(listed.map((draft) => draft.target.replyToId ?? 'post')).toEqual(['p1', 'post']);
    });

    it('removes a draft, and keeps the pending send and the failure of one', async () => {
      const store = create();
      const pending = { sendId: 's1', startedAt: '2026-12-03T10:00:00.000Z', html: '<p>x</p>', skipIds: ['m0'] };
      const failure = { kind: 'network', message: 'lost', at: '2026-12-03T10:00:30.000Z' };
      await store.put({ ...draftFor({}, 'x'), pending, failure });
      expect(await store.get({ groupId: GROUP, channelId: CHANNEL })).toMatchObject({ pending, failure });
      await store.remove({ groupId: GROUP, channelId: CHANNEL });
      expect(await store.get({ groupId: GROUP, channelId: CHANNEL })).toBeUndefined();
      expect(await store.list(GROUP)).toEqual([]);
    });

    it('hands out copies: changing one does not change the stored draft', async () => {
      const store = create();
      const draft = draftFor({}, 'original');
      await store.put(draft);
      draft.subject = 'changed after put';
      const read = (await store.get(draft.target)) as Draft;
      read.attachments.push({ id: 'a', name: 'n', url: 'https://x.example' });
      expect(await store.get(draft.target)).toEqual(draftFor({}, 'original'));
    });
  });
}

beforeEach(() => window.localStorage.clear());

describeDraftStore('MemoryDraftStore', () => new MemoryDraftStore());
describeDraftStore('LocalDraftStore', () => new LocalDraftStore('anne@hogeschool.example', window.localStorage));
