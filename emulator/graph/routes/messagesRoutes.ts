import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChannelRow, GroupRow, MessageRow } from '../../shared/store/rows';
import { collectionBody, contextUrl } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { messageJson, ORIGIN_PLACEHOLDER } from '../views/messageView';
import { registerMessageActionRoutes } from './messageActionRoutes';
import { placeInlineImages } from './inlineImages';
import { parseNewMessage } from './messageInput';
import { registerHostedContentRoutes } from './hostedContentRoutes';
import { registerMessageDeltaRoute } from './messageDeltaRoute';
import {
  channelContext,
  continuationAfter,
  listingPosition,
  messagePageSize,
  messagesPath,
  wantsReplies,
  withReplies,
  expandedRepliesOf
} from './messagePaging';
import { MESSAGES, messageViewContext, targetMessage } from './messageTarget';
import { allowQueryOptions, jsonObjectBody } from './routeHelpers';
import { accessibleChannel } from './teamAccess';

function listThreads(store: GraphStore, request: FastifyRequest): Record<string, unknown> {
  allowQueryOptions(request, ['$top', '$expand', '$skiptoken']);
  const { channel } = accessibleChannel(store, request);
  const top = messagePageSize(request);
  const expand = wantsReplies(request);
  const position = listingPosition(request);
  const rows = store.messages.threads({ channelId: channel.id, ...position, limit: top + 1 });
  const context = messageViewContext(store, request);
  const shown = rows.slice(0, top);
  const last = shown[shown.length - 1];
  const replies = expand ? expandedRepliesOf(store, shown, position.asOf) : undefined;
  return collectionBody(request, channelContext(channel), {
    items: shown.map((row) =>
      replies ? withReplies(request, row, replies.get(row.id) ?? [], position.asOf, context) : messageJson(row, context)
    ),
    nextToken: rows.length > top && last ? continuationAfter(position.asOf, last.activity, last.id) : undefined
  });
}

function listReplies(store: GraphStore, request: FastifyRequest): Record<string, unknown> {
  allowQueryOptions(request, ['$top', '$skiptoken']);
  const { channel, message } = targetMessage(store, request);
  const top = messagePageSize(request);
  const position = listingPosition(request);
  const rows = store.messages.replies({ channelId: channel.id, parentId: message.id, ...position, limit: top + 1 });
  const context = messageViewContext(store, request);
  const shown = rows.slice(0, top);
  const last = shown[shown.length - 1];
  return collectionBody(request, `${channelContext(channel)}('${message.id}')/replies`, {
    items: shown.map((row) => messageJson(row, context)),
    nextToken: rows.length > top && last ? continuationAfter(position.asOf, last.createdDateTime, last.id) : undefined
  });
}

function postMessage(
  store: GraphStore,
  request: FastifyRequest,
  reply: FastifyReply,
  team: GroupRow,
  channel: ChannelRow,
  parent?: MessageRow
): FastifyReply {
  const input = parseNewMessage(jsonObjectBody(request), store);
  const id = store.messages.unusedId(channel.id);
  const images = placeInlineImages(input.content, input.hostedContents, {
    channelId: channel.id,
    messageId: id,
    messageUrl: `${ORIGIN_PLACEHOLDER}${messagesPath(channel)}/${parent ? `${parent.id}/replies/` : ''}${id}`
  });
  const created = store.messages.post(
    {
      id,
      teamId: team.id,
      channelId: channel.id,
      replyToId: parent?.id ?? null,
      fromUserId: request.kringUser.id,
      subject: parent ? null : input.subject,
      bodyContentType: input.contentType,
      bodyContent: images.content,
      importance: input.importance,
      createdDateTime: new Date(Number(id)).toISOString(),
      mentions: JSON.stringify(input.mentions),
      attachments: JSON.stringify(input.attachments)
    },
    parent
  );
  images.rows.forEach((row) => store.hostedContents.add(row));
  return reply
    .code(201)
    .header('ETag', `"${created.etag}"`)
    .header(
      'Location',
      `${request.protocol}://${request.headers.host ?? 'localhost'}${request.url.split('?')[0]}/${id}`
    )
    .send({
      '@odata.context': contextUrl(request, 'teams/channels/messages/$entity'),
      ...messageJson(created, messageViewContext(store, request))
    });
}

export function registerMessageRoutes(app: FastifyInstance, store: GraphStore): void {
  registerMessageDeltaRoute(app, store);
  app.get(MESSAGES, async (request) => listThreads(store, request));
  const getOne = async (request: FastifyRequest, reply: FastifyReply): Promise<Record<string, unknown>> => {
    allowQueryOptions(request, []);
    const { message } = targetMessage(store, request);
    reply.header('ETag', `"${message.etag}"`);
    return {
      '@odata.context': contextUrl(request, 'teams/channels/messages/$entity'),
      ...messageJson(message, messageViewContext(store, request))
    };
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
  registerHostedContentRoutes(app, store);
}
