import { createHeightEstimator, estimatePostHeight } from './postHeightEstimate';
import { testPost, testReply } from '../../../../model/feed/testPosts';

const SENTENCE = 'We hebben vorige week een pilot gedraaid met formatief toetsen in het eerste jaar. ';

describe('estimatePostHeight', () => {
  it('grows with the lines of the body, which depend on the width', () => {
    const short = testPost('p1', '2026-12-02T10:00:00Z', { untrustedHtml: '<p>Kort.</p>' });
    const long = testPost('p2', '2026-12-02T10:00:00Z', { untrustedHtml: `<p>${SENTENCE.repeat(6)}</p>` });
    expect(estimatePostHeight(long, 1200)).toBeGreaterThan(estimatePostHeight(short, 1200));
    expect(estimatePostHeight(long, 400)).toBeGreaterThan(estimatePostHeight(long, 1200));
    expect(estimatePostHeight(short, 400)).toBe(estimatePostHeight(short, 1200));
  });

  it('counts a subject, paragraphs, attachments, replies and the button that shows the rest', () => {
    const plain = testPost('p1', '2026-12-02T10:00:00Z');
    const base = estimatePostHeight(plain, 1000);
    expect(estimatePostHeight({ ...plain, subject: 'Rubrics' }, 1000)).toBeGreaterThan(base);
    expect(estimatePostHeight({ ...plain, untrustedHtml: '<p>Een</p><p>Twee</p>' }, 1000)).toBeGreaterThan(base);
    const file = { id: 'f', kind: 'file' as const, name: 'rubric.docx', contentType: 'reference' };
    expect(estimatePostHeight({ ...plain, attachments: [file] }, 1000)).toBeGreaterThan(base);
    const replies = [testReply('r1', '2026-12-02T10:01:00Z'), testReply('r2', '2026-12-02T10:02:00Z')];
    const withReplies = estimatePostHeight({ ...plain, replies, replyCount: 2 }, 1000);
    expect(withReplies).toBeGreaterThan(base);
    expect(estimatePostHeight({ ...plain, replies, replyCount: 9 }, 1000)).toBeGreaterThan(withReplies);
  });

  it('counts the text of the body, not its markup', () => {
    const text = testPost('p1', '2026-12-02T10:00:00Z', { untrustedHtml: `<p>${SENTENCE}</p>` });
    const marked = testPost('p2', '2026-12-02T10:00:00Z', {
      untrustedHtml: `<p><span style="color: red" class="x"><b>${SENTENCE}</b></span></p>`
    });
    expect(estimatePostHeight(marked, 600)).toBe(estimatePostHeight(text, 600));
  });

  it('gives a system event one line', () => {
    const event = testPost('s1', '2026-12-02T10:00:00Z', { systemEvent: { kind: 'renamed', memberIds: [] } });
    expect(estimatePostHeight(event, 1000)).toBeLessThan(estimatePostHeight(testPost('p1', '2026-12-02T10:00:00Z')));
  });

  it('remembers the estimate of a post for the width it was made for', () => {
    const estimate = createHeightEstimator();
    const post = testPost('p1', '2026-12-02T10:00:00Z', { untrustedHtml: `<p>${SENTENCE.repeat(6)}</p>` });
    expect(estimate(post, 1200)).toBe(estimatePostHeight(post, 1200));
    post.untrustedHtml = '<p>Kort.</p>';
    expect(estimate(post, 1200)).toBe(
      estimatePostHeight({ ...post, untrustedHtml: `<p>${SENTENCE.repeat(6)}</p>` }, 1200)
    );
    expect(estimate(post, 400)).toBe(estimatePostHeight(post, 400));
  });
});
