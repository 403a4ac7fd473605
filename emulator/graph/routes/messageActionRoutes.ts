import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest, forbidden } from '../../shared/http/errors';
import { parseJsonArray, type MessageRow } from '../../shared/store/rows';
import type { GraphStore } from '../store/graphStore';
import { userIdentitySet } from '../views/teamworkIdentity';
import { MESSAGES, targetMessage } from './messageTarget';
import { checkIfMatch, jsonObjectBody } from './routeHelpers';

interface StoredReaction {
  reactionType: string;
  displayName?: string | null;
  reactionContentUrl?: string | null;
  createdDateTime?: string;
  user: { user: { id: string } };
}

/**
 * Teams' six classic reactions: the backward-compatible names older messages carry, the emoji clients send now,
 * and the reaction's `displayName`. A name and its emoji are the same reaction (`unsetReaction` with 👍 takes back
 * a `like`), as is an emoji with or without its variation selector.
 */
const CLASSIC_REACTIONS: ReadonlyArray<{ name: string; emoji: string; displayName: string }> = [
  { name: 'like', emoji: '👍', displayName: 'Like' },
  { name: 'heart', emoji: '❤️', displayName: 'Heart' },
  { name: 'laugh', emoji: '😆', displayName: 'Laugh' },
  { name: 'surprised', emoji: '😮', displayName: 'Surprised' },
  { name: 'sad', emoji: '😢', displayName: 'Sad' },
  { name: 'angry', emoji: '😡', displayName: 'Angry' }
];

const bare = (type: string): string => type.replace(/\ufe0f/g, '');

function classicReaction(type: string): (typeof CLASSIC_REACTIONS)[number] | undefined {
  return CLASSIC_REACTIONS.find((reaction) => reaction.name === type || bare(reaction.emoji) === bare(type));
}

function sameReaction(a: string, b: string): boolean {
  const classic = classicReaction(a);
  return classic ? classic === classicReaction(b) : bare(a) === bare(b);
}

function reactionType(request: FastifyRequest): string {
  const value = jsonObjectBody(request).reactionType;
  if (typeof value !== 'string' || value.trim() === '' || value.length > 50) {
    throw badRequest("'reactionType' must be a reaction name such as 'like' or a unicode emoji.");
  }
  return value;
}

function isOwnReaction(reaction: StoredReaction, type: string, userId: string): boolean {
  return sameReaction(reaction.reactionType, type) && reaction.user?.user?.id === userId;
}

/** A chatMessageReaction as Graph documents it; the user's identity carries no name, as in Graph. */
function newReaction(type: string, userId: string): StoredReaction {
  return {
    reactionType: type,
    displayName: classicReaction(type)?.displayName ?? null,
    reactionContentUrl: null,
    createdDateTime: new Date().toISOString(),
    user: userIdentitySet(userId)
  };
}

/** The message of an action on one's own message only (soft delete and undo); 403 for someone else's. */
function ownMessage(store: GraphStore, request: FastifyRequest, verb: string): MessageRow {
  const { message } = targetMessage(store, request);
  if (message.fromUserId !== request.kringUser.id) {
    throw forbidden(`Only the author can ${verb} this message.`, 'Forbidden');
  }
  return message;
}

function registerReactions(app: FastifyInstance, store: GraphStore, path: string): void {
  app.post(`${path}/setReaction`, async (request, reply) => {
    const { message } = targetMessage(store, request);
    const type = reactionType(request);
    checkIfMatch(request, message.etag);
    const reactions = parseJsonArray<StoredReaction>(message.reactions);
    if (!reactions.some((reaction) => isOwnReaction(reaction, type, request.kringUser.id))) {
      store.messages.save(message, {
        reactions: JSON.stringify([...reactions, newReaction(type, request.kringUser.id)])
      });
    }
    return reply.code(204).send();
  });

  app.post(`${path}/unsetReaction`, async (request, reply) => {
    const { message } = targetMessage(store, request);
    const type = reactionType(request);
    checkIfMatch(request, message.etag);
    const reactions = parseJsonArray<StoredReaction>(message.reactions);
    const remaining = reactions.filter((reaction) => !isOwnReaction(reaction, type, request.kringUser.id));
    if (remaining.length !== reactions.length) {
      store.messages.save(message, { reactions: JSON.stringify(remaining) });
    }
    return reply.code(204).send();
  });
}

function registerSoftDelete(app: FastifyInstance, store: GraphStore, path: string): void {
  app.post(`${path}/softDelete`, async (request, reply) => {
    const message = ownMessage(store, request, 'delete');
    checkIfMatch(request, message.etag);
    if (message.deletedDateTime === null) {
      store.messages.save(message, { deletedDateTime: new Date().toISOString() });
    }
    return reply.code(204).send();
  });

  app.post(`${path}/undoSoftDelete`, async (request, reply) => {
    const message = ownMessage(store, request, 'restore');
    if (message.deletedDateTime !== null) {
      store.messages.save(message, { deletedDateTime: null });
    }
    return reply.code(204).send();
  });
}

/** Reactions and soft deletes, on messages and on replies. */
export function registerMessageActionRoutes(app: FastifyInstance, store: GraphStore): void {
  for (const path of [`${MESSAGES}/:messageId`, `${MESSAGES}/:messageId/replies/:replyId`]) {
    registerReactions(app, store, path);
    registerSoftDelete(app, store, path);
  }
}
