import { badRequest, GraphError } from '../../shared/http/errors';
import type { GraphStore } from '../store/graphStore';
import { rewriteTeamsHtml } from '../teamsHtml/rewriteTeamsHtml';
import { mentionedUser } from '../views/teamworkIdentity';
import { parseHostedContents, type InlineImage } from './inlineImages';

/** A validated `POST …/messages` or `…/replies` body. */
export interface NewMessage {
  subject: string | null;
  contentType: 'html' | 'text';
  content: string;
  importance: 'normal' | 'high' | 'urgent';
  mentions: object[];
  attachments: object[];
  hostedContents: InlineImage[];
}

/** Teams' limit of about 28 KB per message, taken as 28 KiB. */
const MAX_MESSAGE_BYTES = 28 * 1024;

/**
 * What counts against the limit: "the message itself (text, image links, etc.), @-mentions" (Limits and
 * specifications for Microsoft Teams), so the body as sent plus the mentions and attachments beside it, in UTF-8.
 */
function messageBytes(content: string, body: Record<string, unknown>): number {
  const beside = [body.mentions, body.attachments].filter((part) => part !== undefined && part !== null);
  return beside.reduce(
    (sum: number, part) => sum + Buffer.byteLength(JSON.stringify(part)),
    Buffer.byteLength(content)
  );
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function parseMentions(value: unknown, content: string, store: GraphStore): object[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value) || value.length > 20) {
    throw badRequest("'mentions' must be an array of at most 20 mentions.");
  }
  return value.map((item) => {
    const mention = record(item);
    const user = record(record(mention?.mentioned)?.user);
    if (
      !mention ||
      typeof mention.id !== 'number' ||
      typeof mention.mentionText !== 'string' ||
      !user ||
      typeof user.id !== 'string'
    ) {
      throw badRequest('Each mention needs a numeric id, a mentionText and mentioned.user.id.');
    }
    if (!content.includes(`<at id="${mention.id}">`) && !content.includes(`<at id=${mention.id}>`)) {
      throw badRequest(`Mention id ${mention.id} has no matching <at id="${mention.id}"> tag in the message body.`);
    }
    const mentioned = store.users.find(user.id);
    if (!mentioned) {
      throw badRequest(`The mentioned user '${user.id.slice(0, 100)}' does not exist.`);
    }
    return {
      id: mention.id,
      mentionText: mention.mentionText,
      mentioned: mentionedUser(mentioned.id, mentioned.displayName)
    };
  });
}

function parseAttachments(value: unknown, content: string): object[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value) || value.length > 10) {
    throw badRequest("'attachments' must be an array of at most 10 attachments.");
  }
  return value.map((item) => {
    const attachment = record(item);
    if (
      !attachment ||
      typeof attachment.id !== 'string' ||
      attachment.contentType !== 'reference' ||
      typeof attachment.contentUrl !== 'string'
    ) {
      throw badRequest("Each attachment needs an id, contentType 'reference' and a contentUrl.");
    }
    if (!/^https?:\/\//i.test(attachment.contentUrl)) {
      throw badRequest('An attachment contentUrl must be an http(s) URL.');
    }
    if (!content.includes(`<attachment id="${attachment.id}">`)) {
      throw badRequest(
        `Attachment ${attachment.id.slice(0, 100)} is not referenced in the message body with <attachment id="${attachment.id.slice(0, 100)}"></attachment>.`
      );
    }
    return {
      id: attachment.id,
      contentType: 'reference',
      contentUrl: attachment.contentUrl,
      content: null,
      name: typeof attachment.name === 'string' ? attachment.name : null,
      thumbnailUrl: null,
      teamsAppId: null
    };
  });
}

export function parseNewMessage(body: Record<string, unknown>, store: GraphStore): NewMessage {
  const messageBody = record(body.body);
  const content = messageBody?.content;
  if (!messageBody || typeof content !== 'string' || content.trim() === '') {
    throw badRequest('The message needs a body with non-empty content.');
  }
  const bytes = messageBytes(content, body);
  if (bytes > MAX_MESSAGE_BYTES) {
    throw new GraphError(
      413,
      'RequestEntityTooLarge',
      `The message is ${bytes} bytes with its mentions and attachments; at most ${MAX_MESSAGE_BYTES} are allowed.`
    );
  }
  const contentType = messageBody.contentType === undefined ? 'text' : String(messageBody.contentType).toLowerCase();
  if (contentType !== 'html' && contentType !== 'text') {
    throw badRequest("body.contentType must be 'html' or 'text'.");
  }
  const importance = body.importance === undefined ? 'normal' : body.importance;
  if (importance !== 'normal' && importance !== 'high' && importance !== 'urgent') {
    throw badRequest("importance must be 'normal', 'high' or 'urgent'.");
  }
  if (
    body.subject !== undefined &&
    body.subject !== null &&
    (typeof body.subject !== 'string' || body.subject.length > 255)
  ) {
    throw badRequest('subject must be a string of at most 255 characters.');
  }
  const mentions = parseMentions(body.mentions, content, store);
  const attachments = parseAttachments(body.attachments, content);
  const hostedContents = parseHostedContents(body.hostedContents, content);
  return {
    subject: typeof body.subject === 'string' ? body.subject : null,
    contentType,
    content: contentType === 'html' ? rewriteTeamsHtml(content) : content,
    importance,
    mentions,
    attachments,
    hostedContents
  };
}
