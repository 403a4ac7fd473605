import type { FastifyInstance } from 'fastify';
import { badRequest, GraphError } from '../shared/http/errors';
import type { ChannelRow, UserRow } from '../shared/store/rows';
import type { GraphStore } from '../graph/store/graphStore';
import type { NewMessageRow } from '../graph/store/messageStore';
import { DOMAIN } from '../graph/seed/organisation';
import { DEFAULT_USER_LOCAL_PART } from '../graph/seed/personas';

/** More than Graph's 1,000 expanded replies and well past a page of 50, yet quick to insert. */
const MAX_REPLIES = 5000;
const REPLY_INTERVAL_MS = 60_000;

interface ThreadRequest {
  channel: ChannelRow;
  author: UserRow;
  replies: number;
}

function parseThreadRequest(store: GraphStore, body: unknown): ThreadRequest {
  const { group, replies, user } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof group !== 'string' || !Number.isInteger(replies) || (replies as number) < 0) {
    throw badRequest('Expected {"group": "<group id>", "replies": <count>, "user"?: "<upn or id>"}.');
  }
  if ((replies as number) > MAX_REPLIES) {
    throw badRequest(`'replies' may be at most ${MAX_REPLIES}.`);
  }
  const channel = store.channels.primary(group);
  const author = store.users.find(typeof user === 'string' ? user : `${DEFAULT_USER_LOCAL_PART}@${DOMAIN}`);
  if (!channel || !author) {
    throw new GraphError(404, 'Request_ResourceNotFound', 'No such team or user in the demo organisation.');
  }
  return { channel, author, replies: replies as number };
}

/** An id (a millisecond time, as Teams ids are) at or after `from` that the channel does not use yet. */
function freeTime(store: GraphStore, channelId: string, from: number, taken: Set<number>): number {
  let time = from;
  while (taken.has(time) || store.messages.find(channelId, String(time))) {
    time++;
  }
  taken.add(time);
  return time;
}

function messageAt(request: ThreadRequest, time: number, replyToId: string | null, text: string): NewMessageRow {
  return {
    id: String(time),
    teamId: request.channel.teamId,
    channelId: request.channel.id,
    replyToId,
    fromUserId: request.author.id,
    subject: replyToId === null ? text : null,
    bodyContentType: 'html',
    bodyContent: `<p>${text}</p>`,
    importance: 'normal',
    createdDateTime: new Date(time).toISOString(),
    mentions: '[]',
    attachments: '[]'
  };
}

/**
 * `POST /_emulator/threads {"group", "replies", "user"?}`: a thread in the team's General channel with that many
 * replies, one a minute up to now, stored at once (posting them through Graph would take minutes of throttling).
 */
export function registerThreadRoutes(app: FastifyInstance, store: GraphStore): void {
  app.post('/_emulator/threads', async (request, reply) => {
    const thread = parseThreadRequest(store, request.body);
    const taken = new Set<number>();
    const start = Date.now() - (thread.replies + 1) * REPLY_INTERVAL_MS;
    const rootTime = freeTime(store, thread.channel.id, start, taken);
    const root = messageAt(thread, rootTime, null, `Een lange discussie met ${thread.replies} reacties`);
    const replies = Array.from({ length: thread.replies }, (_unused, index) =>
      messageAt(
        thread,
        freeTime(store, thread.channel.id, start + (index + 1) * REPLY_INTERVAL_MS, taken),
        root.id,
        `Reactie ${index + 1}`
      )
    );
    store.messages.postThread(root, replies);
    return reply.code(201).send({ teamId: thread.channel.teamId, channelId: thread.channel.id, id: root.id });
  });
}
