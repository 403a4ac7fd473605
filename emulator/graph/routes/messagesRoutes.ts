import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest } from '../../shared/http/errors';
import type { ChannelRow, GroupRow, MessageRow } from '../../shared/store/rows';
import { collectionBody, contextUrl, decodeSkipToken, parseTop, queryOption } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { messageJson } from '../views/messageView';
import { registerMessageActionRoutes } from './messageActionRoutes';
import { parseNewMessage } from './messageInput';
import { displayNames, MESSAGES, targetMessage } from './messageTarget';
import { allowQueryOptions, jsonObjectBody } from './routeHelpers';
import { accessibleChannel } from './teamAccess';

function channelContext(channel: ChannelRow): string {
  return `teams('${channel.teamId}')/channels('${encodeURIComponent(channel.id)}')/messages`;
}

function listThreads(store: GraphStore, request: FastifyRequest): Record<string, unknown> {
  allowQueryOptions(request, ['$top', '$expand', '$skiptoken']);
  const { channel } = accessibleChannel(store, request);
  const top = parseTop(queryOption(request, '$top'), 50, 20);
  const offset = decodeSkipToken(queryOption(request, '$skiptoken'));
  const expand = queryOption(request, '$expand');
  if (expand !== undefined && expand.trim().toLowerCase() !== 'replies') {
    throw badRequest(`Expanding '${expand.slice(0, 100)}' is not supported on channel messages; only 'replies' is.`);
  }
  const rows = store.messages.threads(channel.id, top + 1, offset);
  const names = displayNames(store);
  const items = rows.slice(0, top).map((row) => {
    const message = messageJson(row, names);
    if (expand === undefined) {
      return message;
    }
    const replies = store.messages.replies(channel.id, row.id).map((reply) => messageJson(reply, names));
    return { ...message, replies, 'replies@odata.context': contextUrl(request, `${channelContext(channel)}('${row.id}')/replies`) };
  });
  return collectionBody(request, channelContext(channel), { items, nextOffset: rows.length > top ? offset + top : undefined });
}

function listReplies(store: GraphStore, request: FastifyRequest): Record<string, unknown> {
  allowQueryOptions(request, ['$top', '$skiptoken']);
  const { channel, message } = targetMessage(store, request);
  const top = parseTop(queryOption(request, '$top'), 50, 20);
  const offset = decodeSkipToken(queryOption(request, '$skiptoken'));
  const rows = store.messages.repliesPage(channel.id, message.id, top + 1, offset);
  const names = displayNames(store);
  return collectionBody(request, `${channelContext(channel)}('${message.id}')/replies`, {
    items: rows.slice(0, top).map((row) => messageJson(row, names)),
    nextOffset: rows.length > top ? offset + top : undefined
  });
}

function postMessage(store: GraphStore, request: FastifyRequest, reply: FastifyReply, team: GroupRow, channel: ChannelRow, parent?: MessageRow): FastifyReply {
  const input = parseNewMessage(jsonObjectBody(request), store);
  const id = store.messages.unusedId(channel.id);
  const created = store.messages.post(
    {
      id,
      teamId: team.id,
      channelId: channel.id,
      replyToId: parent?.id ?? null,
      fromUserId: request.kringUser.id,
      subject: parent ? null : input.subject,
      bodyContentType: input.contentType,
      bodyContent: input.content,
      importance: input.importance,
      createdDateTime: new Date(Number(id)).toISOString(),
      mentions: JSON.stringify(input.mentions),
      attachments: JSON.stringify(input.attachments)
    },
    parent
  );
  return reply
    .code(201)
    .header('ETag', `"${created.etag}"`)
    .header('Location', `${request.protocol}://${request.headers.host ?? 'localhost'}${request.url.split('?')[0]}/${id}`)
    .send({ '@odata.context': contextUrl(request, 'teams/channels/messages/$entity'), ...messageJson(created, displayNames(store)) });
}

export function registerMessageRoutes(app: FastifyInstance, store: GraphStore): void {
  app.get(MESSAGES, async (request) => listThreads(store, request));
  const getOne = async (request: FastifyRequest, reply: FastifyReply): Promise<Record<string, unknown>> => {
    allowQueryOptions(request, []);
    const { message } = targetMessage(store, request);
    reply.header('ETag', `"${message.etag}"`);
    return { '@odata.context': contextUrl(request, 'teams/channels/messages/$entity'), ...messageJson(message, displayNames(store)) };
  };
  app.get(`${MESSAGES}/:messageId`, getOne);
  app.get(`${MESSAGES}/:messageId/replies/:replyId`, getOne);
  app.get(`${MESSAGES}/:messageId/replies`, async (request) => listReplies(store, request));

  app.post(MESSAGES, async (request, reply) => {
    const { team, channel } = accessibleChannel(store, request);
    return postMessage(store, request, reply, team, channel);
  });
  app.post(`${MESSAGES}/:messageId/replies`, async (request, reply) => {
    const { team, channel, message } = targetMessage(store, request);
    return postMessage(store, request, reply, team, channel, message);
  });
  registerMessageActionRoutes(app, store);
}
