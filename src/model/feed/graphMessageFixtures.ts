import type { GraphChatMessagePayload } from './graphMessage';

/** Graph chat messages as a channel returns them, for the mapping's tests. */
export const TEAM = '3a25e9d4-1c77-4b0e-9a51-7d2f0c8e6b11';
export const CHANNEL = '19:f6d5a0c2b1e84f3a9d7c6b5a4e3f2d1c@thread.tacv2';
export const THOMAS = '18b4c6d2-7f3e-4a1b-9c8d-2e5f6a7b8c9d';
export const FINN = '3ea2b1c4-5d6e-4f70-8a9b-0c1d2e3f4a5b';
export const VIEWER = '00cc1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e';
export const SOURCE = { groupId: 'source-group', channelId: 'source-channel', viewerId: VIEWER };

export const BODY =
  '<p>Hoi <at id="0">Finn van de Brink</at>, de toetsmatrijs staat klaar.</p>' +
  '<attachment id="1f42d8a6c0e94b7f8e2d1c0b9a8f7e6d"></attachment>';

export function reply(
  id: string,
  created: string,
  fields: Partial<GraphChatMessagePayload> = {}
): GraphChatMessagePayload {
  return {
    id,
    replyToId: '1795719126473',
    createdDateTime: created,
    lastModifiedDateTime: created,
    deletedDateTime: null,
    subject: null,
    webUrl: `https://teams.microsoft.com/l/message/${CHANNEL}/${id}`,
    messageType: 'message',
    from: { user: { id: FINN, displayName: 'Finn van de Brink' } },
    body: { contentType: 'html', content: `<p>Reactie ${id}</p>` },
    channelIdentity: { teamId: TEAM, channelId: CHANNEL },
    attachments: [],
    mentions: [],
    reactions: [],
    ...fields
  };
}

export function message(fields: Partial<GraphChatMessagePayload> = {}): GraphChatMessagePayload {
  return {
    id: '1795719126473',
    replyToId: null,
    createdDateTime: '2026-11-26T18:52:06.473Z',
    lastModifiedDateTime: '2026-11-27T07:17:46.366Z',
    deletedDateTime: null,
    subject: 'Toetsing',
    webUrl: `https://teams.microsoft.com/l/message/${CHANNEL}/1795719126473?groupId=${TEAM}`,
    messageType: 'message',
    from: { user: { id: THOMAS, displayName: 'Thomas den Adel' } },
    body: { contentType: 'html', content: BODY },
    channelIdentity: { teamId: TEAM, channelId: CHANNEL },
    attachments: [
      {
        id: '1f42d8a6c0e94b7f8e2d1c0b9a8f7e6d',
        contentType: 'reference',
        contentUrl: 'https://intranet.hogeschool.example/sites/intranet/Gedeelde%20documenten/Stagehandleiding.pdf',
        name: 'Stagehandleiding.pdf'
      }
    ],
    mentions: [
      { id: 0, mentionText: 'Finn van de Brink', mentioned: { user: { id: FINN, displayName: 'Finn van de Brink' } } }
    ],
    reactions: [{ reactionType: 'like', user: { user: { id: '00cc9f8e-7d6c-4b5a-9f8e-7d6c5b4a3f2e' } } }],
    replies: [],
    ...fields
  };
}

/** A payload with fields of the wrong shape, as a broken proxy or a future Graph version could send. */
export const malformed = (fields: Record<string, unknown>): GraphChatMessagePayload =>
  message(fields as Partial<GraphChatMessagePayload>);
