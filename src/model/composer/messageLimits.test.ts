import type { OutgoingMessage } from './Draft';
import { toGraphNewMessage } from './graphNewMessage';
import { MESSAGE_LIMIT_BYTES, messageBytes, messageProblems } from './messageLimits';
import { draftContentFromText } from './plainTextDraft';

const text = (body: string, extra: Partial<OutgoingMessage> = {}): OutgoingMessage => ({
  content: draftContentFromText(body),
  attachments: [],
  ...extra
});

/** `<p>` + `</p>` around the text. */
const PARAGRAPH = 7;

describe('the message limits', () => {
  it('accepts a message at exactly the limit and refuses one byte more, with both figures', () => {
    expect(messageProblems(text('a'.repeat(MESSAGE_LIMIT_BYTES - PARAGRAPH)))).toEqual([]);
    expect(messageProblems(text('a'.repeat(MESSAGE_LIMIT_BYTES - PARAGRAPH + 1)))).toEqual([
      { kind: 'tooLarge', bytes: MESSAGE_LIMIT_BYTES + 1, limit: MESSAGE_LIMIT_BYTES }
    ]);
  });

  it('counts UTF-8 bytes, so accented text and emoji reach the limit sooner than their characters', () => {
    expect(messageBytes(toGraphNewMessage(text('é😀')))).toBe(PARAGRAPH + 2 + 4);
    const emoji = '😀'.repeat(Math.ceil(MESSAGE_LIMIT_BYTES / 4));
    expect(emoji.length).toBeLessThan(MESSAGE_LIMIT_BYTES);
    expect(messageProblems(text(emoji)).map((problem) => problem.kind)).toEqual(['tooLarge']);
  });

  it('counts the escaping, the mention markup and the mentions and attachments beside the body', () => {
    expect(messageBytes(toGraphNewMessage(text('<')))).toBe(PARAGRAPH + '&lt;'.length);
    const withMention: OutgoingMessage = {
      content: { blocks: [{ kind: 'paragraph', runs: [{ kind: 'mention', person: { id: 'u', displayName: 'U' } }] }] },
      attachments: [{ id: 'a', name: 'n', url: 'https://x.example/n' }]
    };
    const payload = toGraphNewMessage(withMention);
    expect(messageBytes(payload)).toBe(
      payload.body.content.length + JSON.stringify(payload.mentions).length + JSON.stringify(payload.attachments).length
    );
    expect(payload.body.content).toBe('<p><at id="0">U</at></p><attachment id="a"></attachment>');
  });

  it('refuses an empty message, but not one that only shares a document', () => {
    expect(messageProblems(text(' \n '))).toEqual([{ kind: 'empty' }]);
    expect(messageProblems(text('', { attachments: [{ id: 'a', name: 'n', url: 'https://x.example/n' }] }))).toEqual(
      []
    );
  });

  it('names a subject that is too long, too many mentions and too many attachments', () => {
    const person = { id: 'u', displayName: 'U' };
    const message: OutgoingMessage = {
      subject: 's'.repeat(256),
      content: {
        blocks: [{ kind: 'paragraph', runs: Array.from({ length: 21 }, () => ({ kind: 'mention' as const, person })) }]
      },
      attachments: Array.from({ length: 11 }, (_, index) => ({
        id: `a${index}`,
        name: 'n',
        url: 'https://x.example/n'
      }))
    };
    expect(messageProblems(message)).toEqual([
      { kind: 'subjectTooLong', length: 256, limit: 255 },
      { kind: 'tooManyMentions', count: 21, limit: 20 },
      { kind: 'tooManyAttachments', count: 11, limit: 10 }
    ]);
  });
});
