import { readFileSync } from 'fs';
import { seedDatabase } from '../../../emulator/graph/seed';
import { openDatabase, type Database } from '../../../emulator/shared/store/database';
import { seedSharePoint } from '../../../emulator/sharepoint';
import { messageTopics, plainText, topicsInText } from '../../../emulator/sharepoint/seed/topics';
import { LIST_TEMPLATE_PATH, loadListSchemas, parseListTemplate } from '../../../emulator/sharepoint/store/listSchema';
import { ListStore } from '../../../emulator/sharepoint/store/listStore';
import { SKILL_VOCABULARY } from '../../../src/model/skillVocabulary';

describe('provisioning template', () => {
  it('defines the four lists with the contract fields and types', () => {
    const lists = parseListTemplate(readFileSync(LIST_TEMPLATE_PATH, 'utf8'));
    expect(lists.map((list) => list.title)).toEqual([
      'Kring Interest Groups',
      'Kring Job Functions',
      'Kring Membership Requests',
      'Kring Highlights'
    ]);
    const fieldTypes = (title: string): Record<string, string> =>
      Object.fromEntries(
        (lists.find((list) => list.title === title)?.fields ?? [])
          .filter((field) => !field.readOnly)
          .map((field) => [field.name, field.type])
      );
    expect(fieldTypes('Kring Interest Groups')).toEqual({
      Title: 'Text',
      GroupId: 'Text',
      JobFunctions: 'MultiChoice',
      Topics: 'MultiChoice',
      Featured: 'Boolean',
      FeedChannelId: 'Text',
      Curators: 'Note'
    });
    expect(fieldTypes('Kring Job Functions')).toEqual({ Title: 'Text', JobFunction: 'Text' });
    expect(fieldTypes('Kring Membership Requests')).toEqual({
      Title: 'Text',
      GroupId: 'Text',
      RequesterId: 'Text',
      RequesterName: 'Text',
      Action: 'Choice',
      Status: 'Choice',
      DecidedById: 'Text'
    });
    expect(fieldTypes('Kring Highlights')).toEqual({
      Title: 'Text',
      Kind: 'Choice',
      GroupId: 'Text',
      TeamId: 'Text',
      ChannelId: 'Text',
      MessageId: 'Text',
      ReplyId: 'Text',
      ContributorId: 'Text',
      ContributorName: 'Text',
      CuratorId: 'Text',
      Topics: 'MultiChoice',
      WebUrl: 'Note'
    });
    const kind = lists[3].fields.find((field) => field.name === 'Kind');
    expect(kind?.choices).toEqual(['AcceptedAnswer', 'LearningResource']);
    expect(lists[3].entityTypeName).toBe('SP.Data.KringHighlightsListItem');
  });

  it('refuses a template with a field type the emulator cannot store', () => {
    const xml =
      '<pnp:ListInstance ID="{00000000-0000-0000-0000-000000000001}" Title="X" Url="Lists/X"><pnp:Fields><Field Name="Geo" Type="Geolocation" /></pnp:Fields></pnp:ListInstance>';
    expect(() => parseListTemplate(xml)).toThrow(/Unsupported field/);
  });
});

describe('topic tagging', () => {
  it('finds vocabulary concepts in either language and ignores short ambiguous synonyms', () => {
    const ids = (text: string): string[] => topicsInText(text).map((term) => term.id);
    expect(ids('Wie kan me helpen met toetsing in grote groepen?')).toEqual(['assessment']);
    expect(ids('Does anyone have a good example of blended learning?')).toEqual(['blended-learning']);
    expect(ids('Ervaringen met AI in de les')).toEqual([]);
    expect(ids('Generative AI in education, again')).toEqual(['generative-ai']);
    expect(ids('Wie gebruikt ChatGPT al?')).toEqual(['generative-ai']);
  });

  it("prefers the group's own topics and falls back to the group's first topic", () => {
    const term = (id: string) => SKILL_VOCABULARY.find((entry) => entry.id === id) as (typeof SKILL_VOCABULARY)[number];
    expect(messageTopics('Python en statistiek voor toetsing', [term('assessment')]).map((t) => t.id)).toEqual([
      'assessment'
    ]);
    expect(
      messageTopics('Nothing relevant here', [term('sustainability'), term('economics')]).map((t) => t.id)
    ).toEqual(['sustainability']);
  });

  it('turns message HTML into plain text', () => {
    expect(plainText('<p>Vraag <at id="0">Anne</at>: &quot;rubrics&quot;&nbsp;<a href="x">hier</a></p>')).toBe(
      'Vraag Anne: "rubrics" hier'
    );
  });
});

describe('list seed', () => {
  function seeded(): Database {
    const db = openDatabase(':memory:');
    seedDatabase(db, { people: 200, seed: 7 }, seedSharePoint);
    return db;
  }

  it('is deterministic and ties every highlight to a real message in its group', () => {
    const first = seeded();
    const second = seeded();
    const highlightsList = loadListSchemas().find((list) => list.title === 'Kring Highlights');
    const a = new ListStore(first).items(highlightsList?.id ?? '');
    const b = new ListStore(second).items(highlightsList?.id ?? '');
    expect(a.length).toBeGreaterThan(100);
    expect(a.map((item) => [item.values, item.created, item.guid])).toEqual(
      b.map((item) => [item.values, item.created, item.guid])
    );

    const message = first.prepare(
      'SELECT teamId, channelId, replyToId, fromUserId FROM messages WHERE id = ? AND channelId = ?'
    );
    for (const item of a) {
      const { values } = item;
      const top = message.get(values.MessageId, values.ChannelId) as
        { teamId: string; replyToId: string | null; fromUserId: string } | undefined;
      expect(top?.replyToId).toBeNull();
      expect(top?.teamId).toBe(values.GroupId);
      if (values.Kind === 'AcceptedAnswer') {
        const reply = message.get(values.ReplyId, values.ChannelId) as { replyToId: string; fromUserId: string };
        expect(reply.replyToId).toBe(values.MessageId);
        expect(reply.fromUserId).toBe(values.ContributorId);
        expect(values.CuratorId).toBe(top?.fromUserId);
      } else {
        expect(values.ReplyId).toBeNull();
        expect(values.ContributorId).toBe(top?.fromUserId);
      }
      expect((values.Topics as string[]).length).toBeGreaterThan(0);
    }
    expect(a.every((item, index) => index === 0 || a[index - 1].created <= item.created)).toBe(true);
  });

  it('reseeds the lists from scratch, dropping items added since', () => {
    const db = seeded();
    const lists = new ListStore(db);
    const registry = lists.findByTitle('Kring Interest Groups');
    const count = registry?.itemCount;
    db.prepare("UPDATE sp_list_items SET fields = json_set(fields, '$.Title', 'changed') WHERE id = 1").run();
    seedSharePoint(db);
    expect(lists.findByTitle('Kring Interest Groups')?.itemCount).toBe(count);
    expect(lists.items(registry?.schema.id ?? '').some((item) => item.values.Title === 'changed')).toBe(false);
  });
});
