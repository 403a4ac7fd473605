import { identicalRecentMessages } from './identicalPosts';
import type { MessageCandidate } from './sentMessageMatch';

const NOW = new Date('2026-12-03T12:00:00Z');
const ME = 'me';

function message(id: string, html: string, minutesAgo: number, overrides: Partial<MessageCandidate> = {}) {
  return {
    id,
    author: { id: ME, displayName: 'Me' },
    untrustedHtml: html,
    bodyIsHtml: true,
    created: new Date(NOW.getTime() - minutesAgo * 60_000).toISOString(),
    deleted: false,
    ...overrides
  };
}

describe('identicalRecentMessages', () => {
  it('finds my message with the same text, markup and white space aside', () => {
    const found = identicalRecentMessages([message('1', '<p>Thanks&nbsp;all!</p>', 3)], '<p>Thanks all!</p>', ME, NOW);
    expect(found.map((m) => m.id)).toEqual(['1']);
  });

  it("ignores other people's messages, deleted ones and ones older than the window", () => {
    const candidates = [
      message('other', 'Thanks', 1, { author: { id: 'someone', displayName: 'Someone' } }),
      message('deleted', 'Thanks', 1, { deleted: true }),
      message('old', 'Thanks', 11)
    ];
    expect(identicalRecentMessages(candidates, 'Thanks', ME, NOW)).toEqual([]);
  });

  it('tells a different text apart, and never matches an empty body', () => {
    expect(identicalRecentMessages([message('1', 'Thanks!', 1)], 'Thanks', ME, NOW)).toEqual([]);
    expect(identicalRecentMessages([message('1', '<p> </p>', 1)], '<p></p>', ME, NOW)).toEqual([]);
  });

  it('finds every identical message in the window, so all are skipped by the send', () => {
    const candidates = [message('1', 'ok', 1), message('2', 'ok', 5), message('3', 'ok', 30)];
    expect(identicalRecentMessages(candidates, 'ok', ME, NOW).map((m) => m.id)).toEqual(['1', '2']);
  });
});
