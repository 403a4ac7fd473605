import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, forbidden, GraphError } from '../http/errors';
import { collectionBody, contextUrl, decodeSkipToken, parseTop, queryOption } from '../http/odata';
import type { ChannelRow, GroupRow, MessageRow } from '../store/rows';
import { parseJsonArray } from '../store/rows';
import { parseNewMessage } from './messageInput';
import { messageJson, type DisplayNameOf } from './messageView';
import { allowQueryOptions, checkIfMatch, jsonObjectBody } from './routeHelpers';
import type { GraphStore } from './store';
import { accessibleChannel } from './teamAccess';

const MESSAGES = '/v1.0/teams/:teamId/channels/:channelId/messages';

interface StoredReaction {
  reactionType: string;
  user: { user: { id: string } };
}

function displayNames(store: GraphStore): DisplayNameOf {
  const cache = new Map<string, string | null>();
  return (userId) => {
    if (!cache.has(userId)) {
      cache.set(userId, store.findUser(userId)?.displayName ?? null);
    }
    return cache.get(userId) ?? null;
  };
}

function nextEtag(previous: string): string {
  return String(Math.max(Date.now(), Number(previous) + 1 || 0));
}

interface MessageTarget {
  team: GroupRow;
  channel: ChannelRow;
  message: MessageRow;
}

/** The message (or reply) a route names, checked against the channel and thread. */
function targetMessage(store: GraphStore, request: FastifyRequest): MessageTarget {
  const { team, channel } = accessibleChannel(store, request);
  const { messageId, replyId } = request.params as { messageId: string; replyId?: string };
  const parent = store.findMessage(channel.id, messageId);
  if (!parent || parent.replyToId !== null) {
    throw new GraphError(404, 'NotFound', `Message ${messageId.slice(0, 100)} was not found in this channel.`);
  }
  if (replyId === undefined) {
    return { team, channel, message: parent };
  }
  const reply = store.findMessage(channel.id, replyId);
  if (!reply || reply.replyToId !== parent.id) {
    throw new GraphError(404, 'NotFound', `Reply ${replyId.slice(0, 100)} was not found under message ${parent.id}.`);
  }
  return { team, channel, message: reply };
}

function uniqueMessageId(store: GraphStore, channelId: string): string {
  let id = Date.now();
  while (store.findMessage(channelId, String(id))) {
    id++;
  }
  return String(id);
}

export function registerMessageRoutes(app: FastifyInstance, store: GraphStore): void {
  const repliesOf = store.db.prepare('SELECT * FROM messages WHERE channelId = ? AND replyToId = ? ORDER BY createdDateTime DESC, id DESC');

  app.get(MESSAGES, async (request) => {
    allowQueryOptions(request, ['$top', '$expand', '$skiptoken']);
    const { channel } = accessibleChannel(store, request);
    const top = parseTop(queryOption(request, '$top'), 50, 20);
    const offset = decodeSkipToken(queryOption(request, '$skiptoken'));
    const expand = queryOption(request, '$expand');
    if (expand !== undefined && expand.trim().toLowerCase() !== 'replies') {
      throw badRequest(`Expanding '${expand.slice(0, 100)}' is not supported on channel messages; only 'replies' is.`);
    }
    const rows = store.db
      .prepare('SELECT * FROM messages WHERE channelId = ? AND replyToId IS NULL ORDER BY lastModifiedDateTime DESC, id DESC LIMIT ? OFFSET ?')
      .all(channel.id, top + 1, offset) as MessageRow[];
    const names = displayNames(store);
    const items = rows.slice(0, top).map((row) => {
      const message = messageJson(row, names);
      if (expand !== undefined) {
        const replies = (repliesOf.all(channel.id, row.id) as MessageRow[]).map((reply) => messageJson(reply, names));
        return { ...message, replies, 'replies@odata.context': contextUrl(request, `teams('${row.teamId}')/channels('${encodeURIComponent(channel.id)}')/messages('${row.id}')/replies`) };
      }
      return message;
    });
    return collectionBody(request, `teams('${channel.teamId}')/channels('${encodeURIComponent(channel.id)}')/messages`, { items, nextOffset: rows.length > top ? offset + top : undefined });
  });

  const getOne = async (request: FastifyRequest, reply: FastifyReply) => {
    allowQueryOptions(request, []);
    const { message } = targetMessage(store, request);
    reply.header('ETag', `"${message.etag}"`);
    return { '@odata.context': contextUrl(request, 'teams/channels/messages/$entity'), ...messageJson(message, displayNames(store)) };
  };
  app.get(`${MESSAGES}/:messageId`, getOne);
  app.get(`${MESSAGES}/:messageId/replies/:replyId`, getOne);

  app.get(`${MESSAGES}/:messageId/replies`, async (request) => {
    allowQueryOptions(request, ['$top', '$skiptoken']);
    const { channel, message } = targetMessage(store, request);
    const top = parseTop(queryOption(request, '$top'), 50, 20);
    const offset = decodeSkipToken(queryOption(request, '$skiptoken'));
    const rows = store.db
      .prepare('SELECT * FROM messages WHERE channelId = ? AND replyToId = ? ORDER BY createdDateTime DESC, id DESC LIMIT ? OFFSET ?')
      .all(channel.id, message.id, top + 1, offset) as MessageRow[];
    const names = displayNames(store);
    return collectionBody(request, `teams('${channel.teamId}')/channels('${encodeURIComponent(channel.id)}')/messages('${message.id}')/replies`, {
      items: rows.slice(0, top).map((row) => messageJson(row, names)),
      nextOffset: rows.length > top ? offset + top : undefined
    });
  });

  const insert = store.db.prepare(`INSERT INTO messages (id, teamId, channelId, replyToId, fromUserId, subject, bodyContentType, bodyContent, importance,
    createdDateTime, lastModifiedDateTime, deletedDateTime, mentions, attachments, reactions, etag)
    VALUES (@id, @teamId, @channelId, @replyToId, @fromUserId, @subject, @bodyContentType, @bodyContent, @importance, @createdDateTime,
    @lastModifiedDateTime, NULL, @mentions, @attachments, '[]', @etag)`);

  const post = (request: FastifyRequest, reply: FastifyReply, channel: ChannelRow, team: GroupRow, parent: MessageRow | undefined) => {
    const input = parseNewMessage(jsonObjectBody(request), store);
    const id = uniqueMessageId(store, channel.id);
    const now = new Date(Number(id)).toISOString();
    insert.run({
      id, teamId: team.id, channelId: channel.id, replyToId: parent?.id ?? null, fromUserId: request.kringUser.id, subject: parent ? null : input.subject,
      bodyContentType: input.contentType, bodyContent: input.content, importance: input.importance, createdDateTime: now, lastModifiedDateTime: now,
      mentions: JSON.stringify(input.mentions), attachments: JSON.stringify(input.attachments), etag: id
    });
    if (parent) {
      store.db.prepare('UPDATE messages SET lastModifiedDateTime = ?, etag = ? WHERE channelId = ? AND id = ?').run(now, nextEtag(parent.etag), channel.id, parent.id);
    }
    const created = store.findMessage(channel.id, id) as MessageRow;
    return reply
      .code(201)
      .header('ETag', `"${created.etag}"`)
      .header('Location', `${request.protocol}://${request.headers.host ?? 'localhost'}${request.url.split('?')[0]}/${id}`)
      .send({ '@odata.context': contextUrl(request, 'teams/channels/messages/$entity'), ...messageJson(created, displayNames(store)) });
  };

  app.post(MESSAGES, async (request, reply) => {
    const { team, channel } = accessibleChannel(store, request);
    return post(request, reply, channel, team, undefined);
  });

  app.post(`${MESSAGES}/:messageId/replies`, async (request, reply) => {
    const { team, channel, message } = targetMessage(store, request);
    return post(request, reply, channel, team, message);
  });

  const updateMessage = store.db.prepare(
    'UPDATE messages SET reactions = @reactions, deletedDateTime = @deletedDateTime, lastModifiedDateTime = @lastModifiedDateTime, etag = @etag WHERE channelId = @channelId AND id = @id'
  );
  const save = (message: MessageRow, changes: { reactions?: unknown[]; deletedDateTime?: string | null }): void => {
    updateMessage.run({
      channelId: message.channelId,
      id: message.id,
      reactions: changes.reactions === undefined ? message.reactions : JSON.stringify(changes.reactions),
      deletedDateTime: changes.deletedDateTime === undefined ? message.deletedDateTime : changes.deletedDateTime,
      lastModifiedDateTime: new Date().toISOString(),
      etag: nextEtag(message.etag)
    });
  };

  const reactionType = (request: FastifyRequest): string => {
    const value = jsonObjectBody(request).reactionType;
    if (typeof value !== 'string' || value.trim() === '' || value.length > 50) {
      throw badRequest("'reactionType' must be a reaction name such as 'like' or a unicode emoji.");
    }
    return value;
  };

  for (const path of [`${MESSAGES}/:messageId`, `${MESSAGES}/:messageId/replies/:replyId`]) {
    app.post(`${path}/setReaction`, async (request, reply) => {
      const { message } = targetMessage(store, request);
      const type = reactionType(request);
      checkIfMatch(request, message.etag);
      const reactions = parseJsonArray<StoredReaction>(message.reactions);
      if (!reactions.some((r) => r.reactionType === type && r.user?.user?.id === request.kringUser.id)) {
        reactions.push({
          reactionType: type,
          createdDateTime: new Date().toISOString(),
          user: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: request.kringUser.id, displayName: null, userIdentityType: 'aadUser' } }
        } as StoredReaction);
        save(message, { reactions });
      }
      return reply.code(204).send();
    });

    app.post(`${path}/unsetReaction`, async (request, reply) => {
      const { message } = targetMessage(store, request);
      const type = reactionType(request);
      checkIfMatch(request, message.etag);
      const reactions = parseJsonArray<StoredReaction>(message.reactions);
      const remaining = reactions.filter((r) => !(r.reactionType === type && r.user?.user?.id === request.kringUser.id));
      if (remaining.length !== reactions.length) {
        save(message, { reactions: remaining });
      }
      return reply.code(204).send();
    });

    app.post(`${path}/softDelete`, async (request, reply) => {
      const { message } = targetMessage(store, request);
      if (message.fromUserId !== request.kringUser.id) {
        throw forbidden('Only the author can delete this message.', 'Forbidden');
      }
      checkIfMatch(request, message.etag);
      if (message.deletedDateTime === null) {
        save(message, { deletedDateTime: new Date().toISOString() });
      }
      return reply.code(204).send();
    });

    app.post(`${path}/undoSoftDelete`, async (request, reply) => {
      const { message } = targetMessage(store, request);
      if (message.fromUserId !== request.kringUser.id) {
        throw forbidden('Only the author can restore this message.', 'Forbidden');
      }
      if (message.deletedDateTime !== null) {
        save(message, { deletedDateTime: null });
      }
      return reply.code(204).send();
    });
  }
}
