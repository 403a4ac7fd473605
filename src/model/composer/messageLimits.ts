import type { OutgoingMessage } from './Draft';
import { hasContent } from './draftHtml';
import { toGraphNewMessage, type GraphNewMessagePayload } from './graphNewMessage';

/** Teams' limit of about 28 KB per message, taken as 28 KiB. */
export const MESSAGE_LIMIT_BYTES = 28 * 1024;
export const SUBJECT_LIMIT = 255;
export const MENTION_LIMIT = 20;
export const ATTACHMENT_LIMIT = 10;

/** Why a message cannot be sent as it is; checked before sending, shown inline by the composer. */
export type MessageProblem =
  | { kind: 'empty' }
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'subjectTooLong'; length: number; limit: number }
  | { kind: 'tooManyMentions'; count: number; limit: number }
  | { kind: 'tooManyAttachments'; count: number; limit: number };

/** UTF-8 length without TextEncoder, which not every test environment has. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const character of text) {
    const code = character.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * The size Teams counts against its limit: the HTML body as sent (with the `<at>` and `<attachment>` markup) plus
 * the mentions and attachments that travel beside it, in UTF-8 bytes. Counting bytes rather than characters
 * keeps a message of accented or emoji text under the limit too.
 */
export function messageBytes(payload: GraphNewMessagePayload): number {
  const beside = [payload.mentions, payload.attachments].filter((part) => part !== undefined);
  return utf8Bytes(payload.body.content) + beside.reduce((sum, part) => sum + utf8Bytes(JSON.stringify(part)), 0);
}

/** Every reason the message cannot be sent; none when it can. */
export function messageProblems(message: OutgoingMessage): MessageProblem[] {
  const problems: MessageProblem[] = [];
  if (!hasContent(message.content.blocks) && message.attachments.length === 0) {
    problems.push({ kind: 'empty' });
  }
  const payload = toGraphNewMessage(message);
  const bytes = messageBytes(payload);
  if (bytes > MESSAGE_LIMIT_BYTES) problems.push({ kind: 'tooLarge', bytes, limit: MESSAGE_LIMIT_BYTES });
  const subject = payload.subject?.length ?? 0;
  if (subject > SUBJECT_LIMIT) problems.push({ kind: 'subjectTooLong', length: subject, limit: SUBJECT_LIMIT });
  const mentions = payload.mentions?.length ?? 0;
  if (mentions > MENTION_LIMIT) problems.push({ kind: 'tooManyMentions', count: mentions, limit: MENTION_LIMIT });
  const attachments = message.attachments.length;
  if (attachments > ATTACHMENT_LIMIT) {
    problems.push({ kind: 'tooManyAttachments', count: attachments, limit: ATTACHMENT_LIMIT });
  }
  return problems;
}
