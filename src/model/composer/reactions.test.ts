import { REACTIONS, reactionEmoji, reactionNameOf } from './reactions';

describe('the reactions Kring offers', () => {
  it('are the six of Teams, each sent as its emoji', () => {
    expect(REACTIONS.map((reaction) => reaction.name)).toEqual(['like', 'heart', 'laugh', 'surprised', 'sad', 'angry']);
    expect(REACTIONS.map((reaction) => reactionEmoji(reaction.name)).join(' ')).toBe('👍 ❤️ 😆 😮 😢 😡');
  });

  it('recognise the names older messages carry, and the heart without its variation selector', () => {
    expect(reactionNameOf('like')).toBe('like');
    expect(reactionNameOf('❤️')).toBe('heart');
    expect(reactionNameOf('❤')).toBe('heart');
    expect(reactionNameOf('💘')).toBeUndefined();
  });
});
