import { memoryStore, SessionCache } from '../../../../../services/cache/SessionCache';
import { ServiceError } from '../../../../../services/ServiceError';
import { messageKey, ReactionStore, type SavedReactions } from './reactionStore';
import { shownReactions } from './reactionView';

const MESSAGE = { groupId: 'g', channelId: 'c', messageId: 'm' };
const KEY = messageKey(MESSAGE);

function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('ReactionStore', () => {
  it('sends one request per message at a time, in the order of the toggles', async () => {
    const calls: string[] = [];
    let release: () => void = () => undefined;
    const store = new ReactionStore({
      setReaction: (_, emoji) => {
        calls.push(`set ${emoji}`);
        return calls.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
      },
      unsetReaction: (_, emoji) => {
        calls.push(`unset ${emoji}`);
        return Promise.resolve();
      }
    });
    store.toggle(MESSAGE, '👍', false);
    store.toggle(MESSAGE, '❤️', false);
    store.toggle(MESSAGE, '😢', true);
    expect(calls).toEqual(['set 👍']);
    expect([...store.get(KEY).wishes.values()].map((wish) => wish.mine)).toEqual([true, true, false]);
    release();
    await flush();
    expect(calls).toEqual(['set 👍', 'set ❤️', 'unset 😢']);
    expect(store.get(KEY).outcome).toEqual({ kind: 'saved', emoji: '😢', mine: false });
  });

  it('puts every reaction of the message back to what Graph has when one is refused', async () => {
    const store = new ReactionStore({
      setReaction: () => Promise.reject(new ServiceError('forbidden', 'No')),
      unsetReaction: () => Promise.resolve()
    });
    const seen: number[] = [];
    store.subscribe(KEY, () => seen.push(store.get(KEY).wishes.size));
    store.toggle(MESSAGE, '👍', false);
    store.toggle(MESSAGE, '❤️', false);
    await flush();
    expect([...store.get(KEY).wishes.values()].map((wish) => wish.mine)).toEqual([false, false]);
    expect(store.get(KEY).outcome).toMatchObject({ kind: 'failed', emoji: '👍', mine: true });
    expect(seen.length).toBeGreaterThan(2);
  });

  it('sends a reaction Graph named as its emoji, and forgets it once a later read agrees, not before', async () => {
    const setReaction = jest.fn().mockResolvedValue(undefined);
    const store = new ReactionStore({ setReaction, unsetReaction: () => Promise.resolve() });
    store.toggle(MESSAGE, 'like', false);
    await flush();
    expect(setReaction).toHaveBeenCalledWith(MESSAGE, '👍');
    store.settle(KEY, shownReactions([]));
    store.toggle(MESSAGE, '😆', false);
    expect(store.get(KEY).wishes.get('👍')).toEqual({ emoji: '👍', mine: true });
    await flush();
    store.settle(KEY, shownReactions([{ type: '👍', count: 1, userIds: ['me'], mine: true }]));
    store.toggle(MESSAGE, '😮', false);
    expect([...store.get(KEY).wishes.keys()]).toEqual(['😆', '😮']);
  });

  it('keeps what Graph accepted for the next page of the session, until a read agrees with it', async () => {
    const saved = new SessionCache(memoryStore()).store<SavedReactions>('reactions', 30);
    const composer = {
      setReaction: jest.fn().mockResolvedValue(undefined),
      unsetReaction: jest.fn().mockRejectedValue(new ServiceError('network', 'offline'))
    };
    const first = new ReactionStore(composer, saved);
    first.toggle(MESSAGE, '👍', false);
    first.toggle(MESSAGE, '😢', true);
    await flush();
    const reloaded = new ReactionStore(composer, saved);
    expect([...reloaded.get(KEY).wishes]).toEqual([
      ['👍', { emoji: '👍', mine: true }],
      ['😢', { emoji: '😢', mine: true }]
    ]);
    reloaded.settle(KEY, shownReactions([{ type: 'like', count: 1, userIds: ['me'], mine: true }]));
    expect(saved.get(KEY)?.value).toEqual({ '😢': { emoji: '😢', mine: true } });
  });
});
