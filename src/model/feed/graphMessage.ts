import type { Attachment, Mention, MessageBase, MessagePerson, Post, Reaction, Reply, SystemEvent } from './Post';

/** A Graph identity set (`from`, `mentioned`, a reaction's `user`); every part may be absent or null. */
interface GraphIdentitySet {
  user?: { id?: string | null; displayName?: string | null } | null;
}

/** The shape of a Graph `chatMessage` as a channel returns it; every field may be absent or null. */
export interface GraphChatMessagePayload {
  id?: string | null;
  replyToId?: string | null;
  createdDateTime?: string | null;
  lastModifiedDateTime?: string | null;
  deletedDateTime?: string | null;
  subject?: string | null;
  webUrl?: string | null;
  messageType?: string | null;
  from?: GraphIdentitySet | null;
  body?: { contentType?: string | null; content?: string | null } | null;
  channelIdentity?: { teamId?: string | null; channelId?: string | null } | null;
  attachments?: readonly GraphAttachmentPayload[] | null;
  mentions?: readonly GraphMentionPayload[] | null;
  reactions?: readonly GraphReactionPayload[] | null;
  eventDetail?: { '@odata.type'?: string | null; members?: readonly { id?: string | null }[] | null } & {
    initiator?: GraphIdentitySet | null;
  };
  replies?: readonly GraphChatMessagePayload[] | null;
}

export interface GraphAttachmentPayload {
  id?: string | null;
  contentType?: string | null;
  contentUrl?: string | null;
  name?: string | null;
}

export interface GraphMentionPayload {
  id?: number | null;
  mentionText?: string | null;
  mentioned?: GraphIdentitySet | null;
}

export interface GraphReactionPayload {
  reactionType?: string | null;
  user?: GraphIdentitySet | null;
}

/** Where a message was read from, for messages whose payload lacks `channelIdentity`. */
export interface MessageSource {
  groupId: string;
  channelId: string;
  /** The signed-in user's id, to mark their own reactions. */
  viewerId?: string;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isoTime(value: unknown): string | undefined {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** The entries of a list field that are objects; nothing when the field is not a list (malformed data). */
function list<T extends object>(values: readonly T[] | null | undefined): T[] {
  return Array.isArray(values) ? values.filter((value): value is T => typeof value === 'object' && value !== null) : [];
}

function personOf(identity: GraphIdentitySet | null | undefined): MessagePerson | undefined {
  const id = text(identity?.user?.id);
  return id ? { id, displayName: text(identity?.user?.displayName) ?? '' } : undefined;
}

/** Links in attachments open in a new tab: only https (and http for a local intranet) may be followed. */
export function safeLink(value: unknown): string | undefined {
  const url = text(value);
  return url && /^https?:\/\/[^\s/]/i.test(url) ? url : undefined;
}

function toAttachments(values: readonly GraphAttachmentPayload[] | null | undefined): Attachment[] {
  const attachments: Attachment[] = [];
  for (const value of list(values)) {
    const id = text(value.id);
    if (!id) {
      continue;
    }
    const contentType = text(value.contentType) ?? 'unknown';
    const url = safeLink(value.contentUrl);
    attachments.push({
      id,
      kind: contentType === 'reference' ? 'file' : 'other',
      name: text(value.name) ?? url?.split('/').pop() ?? id,
      url,
      contentType
    });
  }
  return attachments;
}

function toMentions(values: readonly GraphMentionPayload[] | null | undefined): Mention[] {
  return list(values)
    .filter((value): value is GraphMentionPayload & { id: number } => typeof value.id === 'number')
    .map((value) => ({ id: value.id, text: text(value.mentionText) ?? '', person: personOf(value.mentioned) }));
}

/** Reactions grouped by type, in the order each type was first given. */
export function toReactions(values: readonly GraphReactionPayload[] | null | undefined, viewerId?: string): Reaction[] {
  const byType = new Map<string, Reaction>();
  for (const value of list(values)) {
    const type = text(value.reactionType);
    if (!type) {
      continue;
    }
    const reaction = byType.get(type) ?? { type, count: 0, userIds: [], mine: false };
    const userId = text(value.user?.user?.id);
    reaction.count += 1;
    if (userId) {
      reaction.userIds.push(userId);
      reaction.mine = reaction.mine || userId === viewerId;
    }
    byType.set(type, reaction);
  }
  return [...byType.values()];
}

const EVENT_KINDS: Readonly<Record<string, SystemEvent['kind']>> = {
  '#microsoft.graph.membersAddedEventMessageDetail': 'membersAdded',
  '#microsoft.graph.membersDeletedEventMessageDetail': 'membersRemoved',
  '#microsoft.graph.teamDescriptionUpdatedEventMessageDetail': 'descriptionUpdated',
  '#microsoft.graph.channelDescriptionUpdatedEventMessageDetail': 'descriptionUpdated',
  '#microsoft.graph.teamRenamedEventMessageDetail': 'renamed',
  '#microsoft.graph.channelRenamedEventMessageDetail': 'renamed'
};

function toSystemEvent(payload: GraphChatMessagePayload): SystemEvent | undefined {
  const isEvent = payload.messageType === 'systemEventMessage' || payload.messageType === 'unknownFutureValue';
  if (!isEvent) {
    return undefined;
  }
  const detail = payload.eventDetail;
  return {
    kind: EVENT_KINDS[detail?.['@odata.type'] ?? ''] ?? 'other',
    initiatorId: personOf(detail?.initiator)?.id,
    memberIds: list(detail?.members)
      .map((member) => text(member.id))
      .filter((id): id is string => id !== undefined)
  };
}

function toMessageBase(payload: GraphChatMessagePayload, source: MessageSource): MessageBase | undefined {
  const id = text(payload.id);
  const created = isoTime(payload.createdDateTime);
  if (!id || !created) {
    return undefined;
  }
  const deleted = isoTime(payload.deletedDateTime) !== undefined;
  return {
    id,
    groupId: text(payload.channelIdentity?.teamId) ?? source.groupId,
    channelId: text(payload.channelIdentity?.channelId) ?? source.channelId,
    author: personOf(payload.from),
    created,
    modified: isoTime(payload.lastModifiedDateTime) ?? created,
    untrustedHtml: deleted || typeof payload.body?.content !== 'string' ? '' : payload.body.content,
    bodyIsHtml: payload.body?.contentType !== 'text',
    mentions: deleted ? [] : toMentions(payload.mentions),
    attachments: deleted ? [] : toAttachments(payload.attachments),
    reactions: toReactions(payload.reactions, source.viewerId),
    webUrl: safeLink(payload.webUrl),
    deleted,
    systemEvent: toSystemEvent(payload)
  };
}

/** Maps a reply; undefined when the payload lacks an id or a creation time (malformed data). */
export function toReply(payload: GraphChatMessagePayload, postId: string, source: MessageSource): Reply | undefined {
  const base = toMessageBase(payload, source);
  return base ? { ...base, postId: text(payload.replyToId) ?? postId } : undefined;
}

const byCreated = (a: MessageBase, b: MessageBase): number => a.created.localeCompare(b.created);

/** The latest of the post's own change and its replies' creation. */
export function lastActivityOf(post: Pick<Post, 'modified' | 'replies'>): string {
  return post.replies.reduce((latest, reply) => (reply.created > latest ? reply.created : latest), post.modified);
}

/** Maps a top-level message with the replies it was expanded with, oldest reply first. */
export function toPost(payload: GraphChatMessagePayload, source: MessageSource): Post | undefined {
  const base = toMessageBase(payload, source);
  if (!base) {
    return undefined;
  }
  const replies = list(payload.replies)
    .map((reply) => toReply(reply, base.id, source))
    .filter((reply): reply is Reply => reply !== undefined)
    .sort(byCreated);
  const post = { ...base, subject: text(payload.subject), replies, replyCount: replies.length };
  return { ...post, lastActivity: lastActivityOf(post) };
}
