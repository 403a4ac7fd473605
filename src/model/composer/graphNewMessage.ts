import type { MessagePerson } from '../feed/Post';
import type { DraftAttachment, OutgoingMessage } from './Draft';
import { draftBlocksHtml, escapeHtml } from './draftHtml';

/** A mention as `POST …/messages` takes it. */
export interface GraphNewMention {
  id: number;
  mentionText: string;
  mentioned: { user: { id: string; displayName: string; userIdentityType: 'aadUser' } };
}

export interface GraphNewAttachment {
  id: string;
  contentType: 'reference';
  contentUrl: string;
  name: string;
}

/** The body of `POST /teams/{id}/channels/{id}/messages` (and `…/replies`). */
export interface GraphNewMessagePayload {
  subject?: string;
  body: { contentType: 'html'; content: string };
  mentions?: GraphNewMention[];
  attachments?: GraphNewAttachment[];
}

/**
 * Numbers mentions in the order they appear, from 0: each `<at id="N">` in the body has the `mentions` entry with
 * the same id (the same colleague mentioned twice is two mentions, as Teams sends it).
 */
export function mentionBuilder(): { markup: (person: MessagePerson) => string; mentions: () => GraphNewMention[] } {
  const mentions: GraphNewMention[] = [];
  return {
    markup: (person) => {
      const id = mentions.length;
      mentions.push({
        id,
        mentionText: person.displayName,
        mentioned: { user: { id: person.id, displayName: person.displayName, userIdentityType: 'aadUser' } }
      });
      return `<at id="${id}">${escapeHtml(person.displayName)}</at>`;
    },
    mentions: () => mentions.map((mention) => ({ ...mention }))
  };
}

/** Where a shared document sits in the body: Teams shows its card at the `<attachment id>`. */
export function attachmentMarkup(attachment: DraftAttachment): string {
  return `<attachment id="${escapeHtml(attachment.id)}"></attachment>`;
}

/** The Graph payload a message is sent as. */
export function toGraphNewMessage(message: OutgoingMessage): GraphNewMessagePayload {
  const mentions = mentionBuilder();
  const content =
    draftBlocksHtml(message.content.blocks, mentions.markup) + message.attachments.map(attachmentMarkup).join('');
  const payload: GraphNewMessagePayload = { body: { contentType: 'html', content } };
  const subject = message.subject?.trim();
  if (subject) payload.subject = subject;
  const built = mentions.mentions();
  if (built.length > 0) payload.mentions = built;
  if (message.attachments.length > 0) {
    payload.attachments = message.attachments.map((attachment) => ({
      id: attachment.id,
      contentType: 'reference',
      contentUrl: attachment.url,
      name: attachment.name
    }));
  }
  return payload;
}
