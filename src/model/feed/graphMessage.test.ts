import { type GraphChatMessagePayload, lastActivityOf, safeLink, toPost, toReactions, toReply } from './graphMessage';
import type { Reply } from './Post';

const TEAM = '3a25e9d4-1c77-4b0e-9a51-7d2f0c8e6b11';
const CHANNEL = '19:f6d5a0c2b1e84f3a9d7c6b5a4e3f2d1c@thread.tacv2';
const THOMAS = '18b4c6d2-7f3e-4a1b-9c8d-2e5f6a7b8c9d';
const FINN = '3ea2b1c4-5d6e-4f70-8a9b-0c1d2e3f4a5b';
const VIEWER = '00cc1d2e-3f4a-4b5c-8d6e-7f8a9b0c1d2e';
const SOURCE = { groupId: 'source-group', channelId: 'source-channel', viewerId: VIEWER };

const BODY =
  '<p>Hoi <at id="0">Finn van de Brink</at>, de toetsmatrijs staat klaar.</p>' +
  '<attachment id="1f42d8a6c0e94b7f8e2d1c0b9a8f7e6d"></attachment>';

function reply(id: string, created: string, fields: Partial<GraphChatMessagePayload> = {}): GraphChatMessagePayload {
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

function message(fields: Partial<GraphChatMessagePayload> = {}): GraphChatMessagePayload {
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
const malformed = (fields: Record<string, unknown>): GraphChatMessagePayload =>
  message(fields as Partial<GraphChatMessagePayload>);

describe('toPost', () => {
  it('maps a channel message', () => {
    const post = toPost(message(), SOURCE);
    expect(post).toEqual({
      id: '1795719126473',
      groupId: TEAM,
      channelId: CHANNEL,
      author: { id: THOMAS, displayName: 'Thomas den Adel' },
      created: '2026-11-26T18:52:06.473Z',
      modified: '2026-11-27T07:17:46.366Z',
      untrustedHtml: BODY,
      bodyIsHtml: true,
      mentions: [{ id: 0, text: 'Finn van de Brink', person: { id: FINN, displayName: 'Finn van de Brink' } }],
      attachments: [
        {
          id: '1f42d8a6c0e94b7f8e2d1c0b9a8f7e6d',
          kind: 'file',
          name: 'Stagehandleiding.pdf',
          url: 'https://intranet.hogeschool.example/sites/intranet/Gedeelde%20documenten/Stagehandleiding.pdf',
          contentType: 'reference'
        }
      ],
      reactions: [{ type: 'like', count: 1, userIds: ['00cc9f8e-7d6c-4b5a-9f8e-7d6c5b4a3f2e'], mine: false }],
      webUrl: `https://teams.microsoft.com/l/message/${CHANNEL}/1795719126473?groupId=${TEAM}`,
      deleted: false,
      systemEvent: undefined,
      subject: 'Toetsing',
      replies: [],
      replyCount: 0,
      lastActivity: '2026-11-27T07:17:46.366Z'
    });
  });

  it('keeps the body exactly as Graph sent it, for the sanitiser to clean at render', () => {
    const hostile = '  <img src=x onerror="alert(1)"><script>steal()</script><p style="x">Hoi</p>\n';
    const post = toPost(message({ body: { contentType: 'html', content: hostile } }), SOURCE);
    expect(post?.untrustedHtml).toBe(hostile);
  });

  it('marks a plain-text body', () => {
    const post = toPost(message({ body: { contentType: 'text', content: 'Gewoon tekst <b>niet vet</b>' } }), SOURCE);
    expect(post).toMatchObject({ untrustedHtml: 'Gewoon tekst <b>niet vet</b>', bodyIsHtml: false });
  });

  it('uses where the message was read from when the payload has no channel identity', () => {
    const post = toPost(message({ channelIdentity: null }), SOURCE);
    expect(post).toMatchObject({ groupId: 'source-group', channelId: 'source-channel' });
    expect(toPost(message({ channelIdentity: { teamId: '  ', channelId: null } }), SOURCE)).toMatchObject({
      groupId: 'source-group',
      channelId: 'source-channel'
    });
  });

  it('takes the creation time as modification time when there is none', () => {
    const post = toPost(message({ lastModifiedDateTime: null }), SOURCE);
    expect(post).toMatchObject({ modified: '2026-11-26T18:52:06.473Z', lastActivity: '2026-11-26T18:52:06.473Z' });
    expect(toPost(message({ lastModifiedDateTime: 'gisteren' }), SOURCE)?.modified).toBe('2026-11-26T18:52:06.473Z');
  });

  it('drops an empty subject', () => {
    expect(toPost(message({ subject: '   ' }), SOURCE)?.subject).toBeUndefined();
    expect(toPost(message({ subject: null }), SOURCE)?.subject).toBeUndefined();
    expect(toPost(message({ subject: ' Toetsing ' }), SOURCE)?.subject).toBe('Toetsing');
  });

  describe('replies', () => {
    it('sorts replies oldest first and counts them', () => {
      const post = toPost(
        message({
          replies: [
            reply('1795800000003', '2026-11-28T09:00:00.000Z'),
            reply('1795800000001', '2026-11-26T19:10:00.000Z'),
            reply('1795800000002', '2026-11-27T12:30:00.000Z')
          ]
        }),
        SOURCE
      );
      expect(post?.replies.map((r) => r.id)).toEqual(['1795800000001', '1795800000002', '1795800000003']);
      expect(post?.replyCount).toBe(3);
      expect(post?.replies[0]).toMatchObject({
        postId: '1795719126473',
        groupId: TEAM,
        channelId: CHANNEL,
        author: { id: FINN, displayName: 'Finn van de Brink' }
      });
    });

    it("has as last activity the newest reply when it is later than the post's change", () => {
      const post = toPost(
        message({
          replies: [reply('r2', '2026-11-28T09:00:00.000Z'), reply('r1', '2026-11-26T19:10:00.000Z')]
        }),
        SOURCE
      );
      expect(post?.lastActivity).toBe('2026-11-28T09:00:00.000Z');
    });

    it("has as last activity the post's change when it is later than every reply", () => {
      const post = toPost(message({ replies: [reply('r1', '2026-11-26T19:10:00.000Z')] }), SOURCE);
      expect(post?.lastActivity).toBe('2026-11-27T07:17:46.366Z');
    });

    it('leaves out malformed replies', () => {
      const post = toPost(
        message({
          replies: [
            reply('r1', '2026-11-26T19:10:00.000Z'),
            reply('', '2026-11-27T19:10:00.000Z'),
            reply('r3', 'not a date'),
            { createdDateTime: '2026-11-30T00:00:00.000Z' }
          ]
        }),
        SOURCE
      );
      expect(post?.replies.map((r) => r.id)).toEqual(['r1']);
      expect(post?.replyCount).toBe(1);
      expect(post?.lastActivity).toBe('2026-11-27T07:17:46.366Z');
    });
  });

  describe('system events', () => {
    const membersAdded = {
      '@odata.type': '#microsoft.graph.membersAddedEventMessageDetail',
      members: [{ id: FINN }, { id: null }, { id: VIEWER }],
      initiator: { user: { id: THOMAS, displayName: null } }
    };

    it('maps members being added, with who added them', () => {
      const post = toPost(
        message({
          messageType: 'systemEventMessage',
          from: null,
          subject: null,
          body: { contentType: 'html', content: '<systemEventMessage/>' },
          mentions: [],
          attachments: [],
          reactions: [],
          eventDetail: membersAdded
        }),
        SOURCE
      );
      expect(post).toMatchObject({
        author: undefined,
        systemEvent: { kind: 'membersAdded', initiatorId: THOMAS, memberIds: [FINN, VIEWER] }
      });
    });

    it('treats unknownFutureValue as a system event too', () => {
      const post = toPost(
        message({ messageType: 'unknownFutureValue', from: null, eventDetail: membersAdded }),
        SOURCE
      );
      expect(post?.systemEvent?.kind).toBe('membersAdded');
    });

    it.each([
      ['#microsoft.graph.membersDeletedEventMessageDetail', 'membersRemoved'],
      ['#microsoft.graph.teamDescriptionUpdatedEventMessageDetail', 'descriptionUpdated'],
      ['#microsoft.graph.channelDescriptionUpdatedEventMessageDetail', 'descriptionUpdated'],
      ['#microsoft.graph.teamRenamedEventMessageDetail', 'renamed'],
      ['#microsoft.graph.channelRenamedEventMessageDetail', 'renamed'],
      ['#microsoft.graph.callEndedEventMessageDetail', 'other']
    ])('maps the event %s to %s', (type, kind) => {
      const post = toPost(
        message({ messageType: 'systemEventMessage', from: null, eventDetail: { '@odata.type': type } }),
        SOURCE
      );
      expect(post?.systemEvent).toEqual({ kind, initiatorId: undefined, memberIds: [] });
    });

    it('maps an event without details as other', () => {
      const post = toPost(message({ messageType: 'systemEventMessage', from: null }), SOURCE);
      expect(post?.systemEvent).toEqual({ kind: 'other', initiatorId: undefined, memberIds: [] });
    });

    it('does not treat an ordinary message with event details as an event', () => {
      expect(toPost(message({ eventDetail: membersAdded }), SOURCE)?.systemEvent).toBeUndefined();
    });
  });

  describe('deleted messages', () => {
    it('empties the body, mentions and attachments of a deleted message', () => {
      const post = toPost(message({ deletedDateTime: '2026-11-27T08:00:00.000Z' }), SOURCE);
      expect(post).toMatchObject({ deleted: true, untrustedHtml: '', mentions: [], attachments: [] });
    });

    it('does not take an unreadable deletion time as deleted', () => {
      const post = toPost(message({ deletedDateTime: 'ooit' }), SOURCE);
      expect(post).toMatchObject({ deleted: false, untrustedHtml: BODY });
    });

    it('empties a deleted reply', () => {
      const post = toPost(
        message({
          replies: [reply('r1', '2026-11-27T12:00:00.000Z', { deletedDateTime: '2026-11-27T13:00:00.000Z' })]
        }),
        SOURCE
      );
      expect(post?.replies[0]).toMatchObject({ id: 'r1', deleted: true, untrustedHtml: '' });
    });
  });

  describe('malformed payloads', () => {
    it.each([
      ['no id', { id: undefined }],
      ['a null id', { id: null }],
      ['an empty id', { id: '  ' }],
      ['no creation time', { createdDateTime: undefined }],
      ['a null creation time', { createdDateTime: null }],
      ['an unreadable creation time', { createdDateTime: 'morgen' }]
    ])('gives undefined for a message with %s', (_case, fields) => {
      expect(toPost(message(fields), SOURCE)).toBeUndefined();
    });

    it('maps a message whose optional fields are all null', () => {
      const post = toPost(
        {
          id: 'm1',
          createdDateTime: '2026-11-26T18:52:06.473Z',
          replyToId: null,
          lastModifiedDateTime: null,
          deletedDateTime: null,
          subject: null,
          webUrl: null,
          messageType: null,
          from: null,
          body: null,
          channelIdentity: null,
          attachments: null,
          mentions: null,
          reactions: null,
          replies: null
        },
        SOURCE
      );
      expect(post).toEqual({
        id: 'm1',
        groupId: 'source-group',
        channelId: 'source-channel',
        author: undefined,
        created: '2026-11-26T18:52:06.473Z',
        modified: '2026-11-26T18:52:06.473Z',
        untrustedHtml: '',
        bodyIsHtml: true,
        mentions: [],
        attachments: [],
        reactions: [],
        webUrl: undefined,
        deleted: false,
        systemEvent: undefined,
        subject: undefined,
        replies: [],
        replyCount: 0,
        lastActivity: '2026-11-26T18:52:06.473Z'
      });
    });

    it('maps a message whose list fields are not lists', () => {
      const post = toPost(
        malformed({ attachments: { id: 'a1' }, mentions: 'Finn', reactions: 3, replies: { id: 'r1' } }),
        SOURCE
      );
      expect(post).toMatchObject({ id: '1795719126473', attachments: [], mentions: [], reactions: [], replies: [] });
    });

    it('skips null entries in lists', () => {
      const post = toPost(
        malformed({
          attachments: [null, { id: 'a1', contentType: 'reference', name: 'Rooster.xlsx' }],
          mentions: [null, { id: 1, mentionText: 'Finn' }],
          reactions: [null, { reactionType: 'heart', user: null }],
          replies: [null, reply('r1', '2026-11-26T19:00:00.000Z')]
        }),
        SOURCE
      );
      expect(post?.attachments.map((a) => a.id)).toEqual(['a1']);
      expect(post?.mentions).toEqual([{ id: 1, text: 'Finn', person: undefined }]);
      expect(post?.reactions).toEqual([{ type: 'heart', count: 1, userIds: [], mine: false }]);
      expect(post?.replies.map((r) => r.id)).toEqual(['r1']);
    });

    it('skips event members that are not a list', () => {
      const post = toPost(
        malformed({
          messageType: 'systemEventMessage',
          eventDetail: { '@odata.type': '#microsoft.graph.membersAddedEventMessageDetail', members: { id: FINN } }
        }),
        SOURCE
      );
      expect(post?.systemEvent).toEqual({ kind: 'membersAdded', initiatorId: undefined, memberIds: [] });
    });

    it('gives an empty body for a body content that is not text', () => {
      const post = toPost(malformed({ body: { contentType: 'html', content: { html: '<p>x</p>' } } }), SOURCE);
      expect(post?.untrustedHtml).toBe('');
    });

    it('gives an author without a name an empty name and drops an author without an id', () => {
      expect(toPost(message({ from: { user: { id: THOMAS, displayName: null } } }), SOURCE)?.author).toEqual({
        id: THOMAS,
        displayName: ''
      });
      expect(toPost(message({ from: { user: { id: null, displayName: 'Thomas' } } }), SOURCE)?.author).toBeUndefined();
      expect(toPost(message({ from: { user: null } }), SOURCE)?.author).toBeUndefined();
    });

    it('drops mentions without a numeric id', () => {
      const post = toPost(malformed({ mentions: [{ id: '0', mentionText: 'Finn' }, { mentionText: 'Anne' }] }), SOURCE);
      expect(post?.mentions).toEqual([]);
    });

    it('keeps a mention of something other than a user, without a person', () => {
      const post = toPost(
        message({ mentions: [{ id: 2, mentionText: 'Docenten', mentioned: { user: null } }] }),
        SOURCE
      );
      expect(post?.mentions).toEqual([{ id: 2, text: 'Docenten', person: undefined }]);
    });
  });

  describe('links', () => {
    it.each([
      ['javascript:alert(document.cookie)'],
      ['JAVASCRIPT:alert(1)'],
      ['data:text/html,<script>alert(1)</script>'],
      ['/sites/intranet/Gedeelde%20documenten/Stagehandleiding.pdf'],
      ['Gedeelde%20documenten/Stagehandleiding.pdf'],
      ['//evil.example/x.pdf'],
      ['https:///evil.example'],
      ['file://server/share/x.pdf'],
      ['']
    ])('drops the attachment and message link %p', (url) => {
      const post = toPost(
        message({
          webUrl: url,
          attachments: [{ id: 'a1', contentType: 'reference', contentUrl: url, name: 'Stagehandleiding.pdf' }]
        }),
        SOURCE
      );
      expect(post?.webUrl).toBeUndefined();
      expect(post?.attachments).toEqual([
        { id: 'a1', kind: 'file', name: 'Stagehandleiding.pdf', url: undefined, contentType: 'reference' }
      ]);
    });

    it('keeps http links, for a local intranet', () => {
      expect(safeLink('http://intranet/sites/x.pdf')).toBe('http://intranet/sites/x.pdf');
      expect(safeLink('  HTTPS://teams.microsoft.com/l/message/1 ')).toBe('HTTPS://teams.microsoft.com/l/message/1');
    });

    it('drops values that are not text', () => {
      expect(safeLink(undefined)).toBeUndefined();
      expect(safeLink(null)).toBeUndefined();
      expect(safeLink({ href: 'https://x.example' })).toBeUndefined();
    });
  });

  describe('attachments', () => {
    it('names an attachment without a name by the last part of its URL, or by its id', () => {
      const post = toPost(
        message({
          attachments: [
            { id: 'a1', contentType: 'reference', contentUrl: 'https://intranet.hogeschool.example/docs/Rooster.xlsx' },
            { id: 'a2', contentType: 'reference', contentUrl: 'javascript:alert(1)', name: null }
          ]
        }),
        SOURCE
      );
      expect(post?.attachments.map((a) => a.name)).toEqual(['Rooster.xlsx', 'a2']);
    });

    it('shows attachments other than files by name, and skips those without an id', () => {
      const post = toPost(
        message({
          attachments: [
            { id: null, contentType: 'reference', name: 'Zonder id.pdf' },
            {
              id: 'card1',
              contentType: 'application/vnd.microsoft.card.adaptive',
              contentUrl: null,
              name: null
            },
            { id: 'x', contentType: null, name: 'Onbekend' }
          ]
        }),
        SOURCE
      );
      expect(post?.attachments).toEqual([
        {
          id: 'card1',
          kind: 'other',
          name: 'card1',
          url: undefined,
          contentType: 'application/vnd.microsoft.card.adaptive'
        },
        { id: 'x', kind: 'other', name: 'Onbekend', url: undefined, contentType: 'unknown' }
      ]);
    });
  });
});

describe('toReactions', () => {
  it('groups reactions by type in the order each was first given, marking mine', () => {
    const reactions = toReactions(
      [
        { reactionType: 'like', user: { user: { id: 'u1' } } },
        { reactionType: 'heart', user: { user: { id: VIEWER } } },
        { reactionType: 'like', user: { user: { id: VIEWER } } },
        { reactionType: 'like', user: { user: { id: 'u2' } } },
        { reactionType: '😂', user: { user: { id: 'u1' } } }
      ],
      VIEWER
    );
    expect(reactions).toEqual([
      { type: 'like', count: 3, userIds: ['u1', VIEWER, 'u2'], mine: true },
      { type: 'heart', count: 1, userIds: [VIEWER], mine: true },
      { type: '😂', count: 1, userIds: ['u1'], mine: false }
    ]);
  });

  it('counts a reaction without a user but marks nothing mine without a viewer', () => {
    expect(
      toReactions([
        { reactionType: 'like', user: null },
        { reactionType: 'like', user: { user: { id: 'u1' } } }
      ])
    ).toEqual([{ type: 'like', count: 2, userIds: ['u1'], mine: false }]);
  });

  it('skips reactions without a type', () => {
    expect(toReactions([{ reactionType: null }, { reactionType: ' ' }, {}], VIEWER)).toEqual([]);
  });

  it('marks the viewer reactions on a post from its source', () => {
    const post = toPost(message({ reactions: [{ reactionType: 'heart', user: { user: { id: VIEWER } } }] }), SOURCE);
    expect(post?.reactions).toEqual([{ type: 'heart', count: 1, userIds: [VIEWER], mine: true }]);
    const anonymous = toPost(message({ reactions: [{ reactionType: 'heart', user: { user: { id: VIEWER } } }] }), {
      groupId: 'g',
      channelId: 'c'
    });
    expect(anonymous?.reactions[0].mine).toBe(false);
  });
});

describe('toReply', () => {
  it('maps a reply with the post it belongs to', () => {
    const mapped = toReply(reply('1795800000001', '2026-11-26T19:10:00.000Z'), 'ignored', SOURCE);
    expect(mapped).toMatchObject({
      id: '1795800000001',
      postId: '1795719126473',
      created: '2026-11-26T19:10:00.000Z',
      untrustedHtml: '<p>Reactie 1795800000001</p>'
    });
  });

  it('takes the given post id when the reply does not say', () => {
    expect(toReply(reply('r1', '2026-11-26T19:10:00.000Z', { replyToId: null }), 'p1', SOURCE)?.postId).toBe('p1');
  });

  it('gives undefined for a reply without an id or creation time', () => {
    expect(toReply(reply('', '2026-11-26T19:10:00.000Z'), 'p1', SOURCE)).toBeUndefined();
    expect(toReply(reply('r1', ''), 'p1', SOURCE)).toBeUndefined();
  });
});

describe('lastActivityOf', () => {
  const at = (created: string): Reply => ({ created }) as Reply;

  it('is the post modification without replies', () => {
    expect(lastActivityOf({ modified: '2026-11-27T07:17:46.366Z', replies: [] })).toBe('2026-11-27T07:17:46.366Z');
  });

  it('is the newest reply in any order', () => {
    expect(
      lastActivityOf({
        modified: '2026-11-27T07:17:46.366Z',
        replies: [at('2026-11-28T10:00:00.000Z'), at('2026-11-29T08:00:00.000Z'), at('2026-11-27T09:00:00.000Z')]
      })
    ).toBe('2026-11-29T08:00:00.000Z');
  });
});
