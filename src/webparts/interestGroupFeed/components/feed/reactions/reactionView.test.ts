import { reactorsShown, shownReactions, withMyReactions } from './reactionView';

const ME = 'me';

describe('the reactions a bar shows', () => {
  it('are one per reaction whether Graph named it or gave the emoji, with or without a variation selector', () => {
    const shown = shownReactions([
      { type: 'like', count: 2, userIds: ['a', ME], mine: true },
      { type: '❤', count: 1, userIds: ['b'], mine: false },
      { type: '👍', count: 2, userIds: ['c', 'a'], mine: false },
      { type: 'heart', count: 1, userIds: ['c'], mine: false },
      { type: '🎉', count: 1, userIds: [], mine: false }
    ]);
    expect(shown).toEqual([
      { emoji: '👍', count: 3, userIds: ['a', ME, 'c'], mine: true },
      { emoji: '❤️', count: 2, userIds: ['b', 'c'], mine: false },
      { emoji: '🎉', count: 1, userIds: [], mine: false }
    ]);
  });

  it('take my wishes over what Graph said, and only once', () => {
    const graph = shownReactions([
      { type: '👍', count: 1, userIds: ['a'], mine: false },
      { type: '😢', count: 1, userIds: [ME], mine: true }
    ]);
    const wishes = new Map([
      ['👍', { emoji: '👍', mine: true }],
      ['😢', { emoji: '😢', mine: false }],
      ['😮', { emoji: '😮', mine: true }]
    ]);
    const once = withMyReactions(graph, wishes, ME);
    expect(once).toEqual([
      { emoji: '👍', count: 2, userIds: ['a', ME], mine: true },
      { emoji: '😮', count: 1, userIds: [ME], mine: true }
    ]);
    expect(withMyReactions(once, wishes, ME)).toEqual(once);
  });

  it('name me first, then at most the rest of ten, and count the others', () => {
    const others = Array.from({ length: 12 }, (_, index) => `u${index}`);
    expect(reactorsShown({ emoji: '👍', count: 13, userIds: [...others, ME], mine: true }, ME, 10)).toEqual({
      me: true,
      others: others.slice(0, 9),
      more: 3
    });
    expect(reactorsShown({ emoji: '👍', count: 3, userIds: ['a', 'b'], mine: false }, ME, 10)).toEqual({
      me: false,
      others: ['a', 'b'],
      more: 1
    });
  });
});
