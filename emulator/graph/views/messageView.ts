import type { ChannelRow, MessageRow } from '../../shared/store/rows';
import { parseJsonArray } from '../../shared/store/rows';
import { TENANT_ID } from '../seed/organisation';
import { userIdentitySet } from './teamworkIdentity';

/** Resolves display names of authors; one per request so a page of messages asks once per person. */
export type DisplayNameOf = (userId: string) => string | null;

/** What rendering a message depends on besides its row. */
export interface MessageViewContext {
  displayNameOf: DisplayNameOf;
  /** The origin the caller used (`http://localhost:PORT`): stored bodies say `{origin}` where hosted images live. */
  origin: string;
  /** `Prefer: include-unknown-enum-members` was sent: evolvable enum members such as `systemEventMessage` are shown. */
  includeUnknownEnumMembers: boolean;
}

export const ORIGIN_PLACEHOLDER = '{origin}';

function parseObject(json: string | null): unknown {
  if (!json) {
    return null;
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** A system event has no author (its initiator is in `eventDetail`), and its type is an evolvable enum member. */
function typeAndAuthor(row: MessageRow, context: MessageViewContext): Record<string, unknown> {
  if (row.messageType === 'systemEventMessage') {
    return {
      messageType: context.includeUnknownEnumMembers ? 'systemEventMessage' : 'unknownFutureValue',
      from: null,
      eventDetail: parseObject(row.eventDetail)
    };
  }
  return {
    messageType: row.messageType,
    from: userIdentitySet(row.fromUserId, context.displayNameOf(row.fromUserId)),
    eventDetail: null
  };
}

export function channelJson(row: ChannelRow, createdDateTime: string): Record<string, unknown> {
  return {
    id: row.id,
    createdDateTime,
    displayName: row.displayName,
    description: row.description,
    isFavoriteByDefault: null,
    email: '',
    tenantId: TENANT_ID,
    webUrl: `https://teams.microsoft.com/l/channel/${encodeURIComponent(row.id)}/${encodeURIComponent(row.displayName)}?groupId=${row.teamId}&tenantId=${TENANT_ID}`,
    membershipType: row.membershipType
  };
}

export function messageJson(row: MessageRow, context: MessageViewContext): Record<string, unknown> {
  const deleted = row.deletedDateTime !== null;
  return {
    id: row.id,
    replyToId: row.replyToId,
    etag: row.etag,
    createdDateTime: row.createdDateTime,
    lastModifiedDateTime: row.lastModifiedDateTime,
    lastEditedDateTime: null,
    deletedDateTime: row.deletedDateTime,
    subject: deleted ? null : row.subject,
    summary: null,
    chatId: null,
    importance: row.importance,
    locale: 'en-us',
    webUrl: `https://teams.microsoft.com/l/message/${encodeURIComponent(row.channelId)}/${row.id}?groupId=${row.teamId}&tenantId=${TENANT_ID}&parentMessageId=${row.replyToId ?? row.id}`,
    policyViolation: null,
    ...typeAndAuthor(row, context),
    body: {
      contentType: row.bodyContentType,
      content: deleted ? '' : row.bodyContent.split(ORIGIN_PLACEHOLDER).join(context.origin)
    },
    channelIdentity: { teamId: row.teamId, channelId: row.channelId },
    attachments: deleted ? [] : parseJsonArray(row.attachments),
    mentions: deleted ? [] : parseJsonArray(row.mentions),
    reactions: parseJsonArray(row.reactions),
    messageHistory: []
  };
}
