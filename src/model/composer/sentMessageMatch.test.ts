import type { MessageCandidate, SendInQuestion } from './sentMessageMatch';
import { CLOCK_SKEW_MS, findSentMessage } from './sentMessageMatch';

const ANNE = 'anne-id';
const STARTED = '2026-12-03T10:00:00.000Z';
const NOW = new Date('2026-12-03T10:00:40.000Z');

const send = (overrides: Partial<SendInQuestion> = {}): SendInQuestion => ({
  authorId: ANNE,
  html: '<p>Wie heeft de nieuwe toetsmatrijs?</p>',
  startedAt: STARTED,
  skipIds: new Set(),
  ...overrides
});

const stored = (overrides: Partial<MessageCandidate> = {}): MessageCandidate => ({
  id: 'm1',
  author: { id: ANNE, displayName: 'Anne de Vries' },
  untrustedHtml: '<div><div>Wie heeft de nieuwe toetsmatrijs?</div></div>',
  bodyIsHtml: true,
  created: '2026-12-03T10:00:01.000Z',
  deleted: false,
  ...overrides
});

const at = (offsetMs: number): string => new Date(Date.parse(STARTED) + offsetMs).toISOString();

describe('the exactly-once match', () => {
  it('finds the send when Teams rewrote its HTML', () => {
    expect(findSentMessage([stored()], send(), NOW)?.id).toBe('m1');
  });

  it('ignores entity and white-space differences', () => {
    const candidate = stored({ untrustedHtml: '<p>Wie&nbsp;heeft de\n nieuwe   toetsmatrijs&#63;</p>' });
    expect(findSentMessage([candidate], send(), NOW)?.id).toBe('m1');
  });

  it('matches a mention and the emoji Teams stores as <emoji>', () => {
    const html = '<p><at id="0">Daan Bakker</at> dank je 👍</p>';
    const rewritten = '<div><at id="0">Daan Bakker</at>&nbsp;dank je <emoji alt="👍" title="Like"></emoji></div>';
    expect(findSentMessage([stored({ untrustedHtml: rewritten })], send({ html }), NOW)?.id).toBe('m1');
  });

  it('does not match other text, even when only a word differs', () => {
    expect(findSentMessage([stored({ untrustedHtml: '<p>Wie heeft de oude toetsmatrijs?</p>' })], send(), NOW)).toBe(
      undefined
    );
  });

  it('does not match the same text by a different author, or by none', () => {
    expect(findSentMessage([stored({ author: { id: 'daan-id', displayName: 'Daan' } })], send(), NOW)).toBeUndefined();
    expect(findSentMessage([stored({ author: undefined })], send(), NOW)).toBeUndefined();
  });

  it('takes messages created from the start of the send minus the skew to now plus the skew', () => {
    const match = (created: string): string | undefined => findSentMessage([stored({ created })], send(), NOW)?.id;
    expect(match(at(-CLOCK_SKEW_MS))).toBe('m1');
    expect(match(at(-CLOCK_SKEW_MS - 1))).toBeUndefined();
    expect(match(new Date(NOW.getTime() + CLOCK_SKEW_MS).toISOString())).toBe('m1');
    expect(match(new Date(NOW.getTime() + CLOCK_SKEW_MS + 1).toISOString())).toBeUndefined();
    expect(findSentMessage([stored({ created: at(-1000) })], send(), NOW, 0)).toBeUndefined();
  });

  it('skips a deleted message', () => {
    expect(findSentMessage([stored({ deleted: true })], send(), NOW)).toBeUndefined();
  });

  describe('two identical short posts on purpose', () => {
    const first = stored({ id: 'first', untrustedHtml: '<p>Top!</p>', created: at(-30_000) });
    const second = stored({ id: 'second', untrustedHtml: '<p>Top!</p>', created: at(2_000) });
    const again = send({ html: '<p>Top!</p>' });

    it('takes the first one as the send while nothing is accounted for (the earliest in the window)', () => {
      expect(findSentMessage([second, first], again, NOW)?.id).toBe('first');
    });

    it('skips the first, already matched, and finds the second send', () => {
      expect(findSentMessage([first, second], { ...again, skipIds: new Set(['first']) }, NOW)?.id).toBe('second');
    });

    it('finds nothing when the second send never arrived', () => {
      expect(findSentMessage([first], { ...again, skipIds: new Set(['first']) }, NOW)).toBeUndefined();
    });
  });

  it('compares a text body as text', () => {
    const candidate = stored({ untrustedHtml: 'Wie heeft de nieuwe toetsmatrijs?', bodyIsHtml: false });
    expect(findSentMessage([candidate], send(), NOW)?.id).toBe('m1');
  });
});
