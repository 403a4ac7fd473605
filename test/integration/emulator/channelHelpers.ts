import type { GraphCall } from './graphClient';

export type RawGraph = (
  path: string,
  init?: RequestInit & { user?: string; token?: string | null }
) => Promise<GraphCall>;

export interface ListedMessage {
  id: string;
  replyToId: string | null;
  messageType: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  deletedDateTime: string | null;
  body: { contentType: string; content: string };
  attachments: Array<{ id: string; contentType: string; contentUrl: string; name: string | null }>;
  mentions: Array<{ id: number; mentionText: string; mentioned: { user: { id: string } } }>;
  reactions: Array<{ reactionType: string }>;
  eventDetail: Record<string, unknown> | null;
  from: { user: { id: string } } | null;
  replies?: ListedMessage[];
}

/** The base path of a group's General channel messages. */
export async function generalMessagesPath(
  graph: RawGraph,
  displayName: string
): Promise<{ teamId: string; channelId: string; base: string }> {
  const found = await graph(`/groups?$filter=displayName eq '${displayName}'&$select=id`);
  const teamId = String((found.body.value as Array<{ id: string }>)[0].id);
  const channel = await graph(`/teams/${teamId}/primaryChannel`);
  const channelId = String(channel.body.id);
  return { teamId, channelId, base: `/teams/${teamId}/channels/${encodeURIComponent(channelId)}/messages` };
}

/** Follows `@odata.nextLink` to the end; answers the items and the last page's body. */
export async function allPages(
  graph: RawGraph,
  first: string
): Promise<{ items: ListedMessage[]; last: Record<string, unknown>; pages: number }> {
  const items: ListedMessage[] = [];
  let next: string | undefined = first;
  let last: Record<string, unknown> = {};
  let pages = 0;
  while (next) {
    const page = await graph(next);
    expect(page.status).toBe(200);
    items.push(...(page.body.value as ListedMessage[]));
    last = page.body;
    pages++;
    next = page.body['@odata.nextLink'] as string | undefined;
  }
  return { items, last, pages };
}

export function ids(messages: readonly ListedMessage[]): string[] {
  return messages.map((message) => message.id);
}
