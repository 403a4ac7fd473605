import { safeLink, toPost } from './graphMessage';
import { THOMAS, FINN, SOURCE, reply, message, malformed } from './graphMessageFixtures';

describe('toPost with malformed and unsafe input', () => {
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
