import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphError } from '../../shared/http/errors';
import type { HostedContentRow } from '../../shared/store/rows';
import { contextUrl } from '../odata/queryOptions';
import type { GraphStore } from '../store/graphStore';
import { channelContext } from './messagePaging';
import { MESSAGES, targetMessage } from './messageTarget';
import { allowQueryOptions } from './routeHelpers';

/** Listing and getting hosted content leave the bytes out: "contentBytes and contentType are always set to null". */
function hostedContentJson(id: string): Record<string, unknown> {
  return { id, contentBytes: null, contentType: null };
}

function messageContext(request: FastifyRequest, store: GraphStore): string {
  const { channel, message } = targetMessage(store, request);
  const thread = message.replyToId === null ? `('${message.id}')` : `('${message.replyToId}')/replies('${message.id}')`;
  return `${channelContext(channel)}${thread}/hostedContents`;
}

function targetHostedContent(store: GraphStore, request: FastifyRequest): HostedContentRow {
  const { channel, message } = targetMessage(store, request);
  const { hostedContentId } = request.params as { hostedContentId: string };
  const found = store.hostedContents.find(channel.id, message.id, hostedContentId);
  if (!found || message.deletedDateTime !== null) {
    throw new GraphError(
      404,
      'NotFound',
      `Hosted content ${hostedContentId.slice(0, 100)} was not found in message ${message.id}.`
    );
  }
  return found;
}

/** `…/hostedContents`, `…/hostedContents/{id}` and `…/hostedContents/{id}/$value` on messages and replies. */
export function registerHostedContentRoutes(app: FastifyInstance, store: GraphStore): void {
  for (const path of [`${MESSAGES}/:messageId`, `${MESSAGES}/:messageId/replies/:replyId`]) {
    app.get(`${path}/hostedContents`, async (request) => {
      allowQueryOptions(request, []);
      const { channel, message } = targetMessage(store, request);
      const contents = message.deletedDateTime === null ? store.hostedContents.list(channel.id, message.id) : [];
      return {
        '@odata.context': contextUrl(request, messageContext(request, store)),
        '@odata.count': contents.length,
        value: contents.map((row) => hostedContentJson(row.id))
      };
    });
    app.get(`${path}/hostedContents/:hostedContentId`, async (request) => {
      allowQueryOptions(request, []);
      const row = targetHostedContent(store, request);
      return {
        '@odata.context': contextUrl(request, `${messageContext(request, store)}/$entity`),
        ...hostedContentJson(row.id)
      };
    });
    app.get(`${path}/hostedContents/:hostedContentId/$value`, async (request, reply) => {
      allowQueryOptions(request, []);
      const row = targetHostedContent(store, request);
      return reply
        .code(200)
        .header('Content-Type', row.contentType)
        .header('Cache-Control', 'private, max-age=3600')
        .send(row.bytes);
    });
  }
}
