import type { ChannelRow, MessageRow } from '../../shared/store/rows';
import { parseJsonArray } from '../../shared/store/rows';
import { TENANT_ID } from '../seed/organisation';

/** Resolves display names of authors; one per request so a page of messages asks once per person. */
export type DisplayNameOf = (userId: string) => string | null;

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

export function messageJson(row: MessageRow, displayNameOf: DisplayNameOf): Record<string, unknown> {
  const deleted = row.deletedDateTime !== null;
  return {
    id: row.id,
    replyToId: row.replyToId,
    etag: row.etag,
    messageType: 'message',
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
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: row.fromUserId, displayName: displayNameOf(row.fromUserId), userIdentityType: 'aadUser', tenantId: TENANT_ID }
    },
    body: { contentType: row.bodyContentType, content: deleted ? '' : row.bodyContent },
    channelIdentity: { teamId: row.teamId, channelId: row.channelId },
    attachments: deleted ? [] : parseJsonArray(row.attachments),
    mentions: deleted ? [] : parseJsonArray(row.mentions),
    reactions: parseJsonArray(row.reactions),
    messageHistory: []
  };
}
