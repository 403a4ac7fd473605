import { lastActivityOf, toPost, toReactions, toReply } from './graphMessage';
import type { Reply } from './Post';
import { TEAM, CHANNEL, THOMAS, FINN, VIEWER, SOURCE, BODY, reply, message } from './graphMessageFixtures';

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
