import type { MessagePerson } from '../feed/Post';

/** Text with the marks Teams renders on it. */
export interface TextRun {
  kind: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A link; only http(s) and mailto targets become links, anything else stays text. */
export interface LinkRun {
  kind: 'link';
  href: string;
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** An @mention of a colleague: Graph's `<at id="N">` plus a `mentions` entry. */
export interface MentionRun {
  kind: 'mention';
  person: MessagePerson;
}

export interface LineBreak {
  kind: 'lineBreak';
}

export type InlineRun = TextRun | LinkRun | MentionRun | LineBreak;

export interface Paragraph {
  kind: 'paragraph';
  runs: InlineRun[];
}

export interface List {
  kind: 'list';
  ordered: boolean;
  /** Each item is one line of runs. */
  items: InlineRun[][];
}

export type Block = Paragraph | List;

/** What a person wrote, as the composer holds it: never HTML, so nothing typed can become markup. */
export interface DraftContent {
  blocks: Block[];
}

/** An intranet document or page shared with the message (a Graph `reference` attachment). */
export interface DraftAttachment {
  /** The `<attachment id>` in the body; Teams uses the document's unique id. */
  id: string;
  name: string;
  /** The document's SharePoint URL. */
  url: string;
}

/** Where a draft goes: a new post in a group's channel, or a reply to one of its posts. */
export interface DraftTarget {
  groupId: string;
  channelId: string;
  /** The post replied to; undefined for a new post. */
  replyToId?: string;
}

/** A message ready to send. */
export interface OutgoingMessage {
  /** New posts only; replies have none. */
  subject?: string;
  content: DraftContent;
  attachments: DraftAttachment[];
}

/**
 * A send whose answer has not arrived yet, or never did. While a draft carries one, the message may be in the
 * channel already, so the channel is checked for it before the draft may be sent again.
 */
export interface PendingSend {
  sendId: string;
  /** When the send started, by the sender's clock (ISO time). */
  startedAt: string;
  /** The body HTML sent, so the check compares what was sent even if the draft was edited since. */
  html: string;
  /** Messages that look the same but are known not to be this send (an earlier identical post, confirmed). */
  skipIds: string[];
}

/** Why the last send of a draft failed, as the composer explains it. */
export interface SendFailure {
  kind: string;
  message: string;
  status?: number;
  retryAfterSeconds?: number;
  /** When it failed (ISO time). */
  at: string;
}

export interface Draft extends OutgoingMessage {
  target: DraftTarget;
  /** Last edited (ISO time). */
  updated: string;
  pending?: PendingSend;
  failure?: SendFailure;
}

/** One draft per new post in a channel and one per reply thread. */
export function draftKey(target: DraftTarget): string {
  return [target.groupId, target.channelId, target.replyToId ?? ''].map(encodeURIComponent).join('|');
}

export function isReply(target: DraftTarget): target is DraftTarget & { replyToId: string } {
  return typeof target.replyToId === 'string' && target.replyToId !== '';
}
