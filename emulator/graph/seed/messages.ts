import type { Faker } from '@faker-js/faker';
import type { MessageRow } from '../../shared/store/rows';
import type { Database } from '../../shared/store/database';
import { vocabularyTerm } from './profile';
import type { SeededGroup } from './groups';
import type { SeededPeople } from './people';
import { mentionedUser, userIdentitySet } from '../views/teamworkIdentity';

const INTRANET_DOCUMENTS = 'https://intranet.hogeschool.example/sites/intranet/Gedeelde%20documenten';

/** The intranet documents channel messages link to; the intranet library holds each of them at its root. */
export const LINKED_INTRANET_DOCUMENTS = [
  'Handreiking toetsbeleid 2026.pdf',
  'Rubric beroepsproduct.docx',
  'Richtlijn AI in toetsing.pdf',
  'Format onderwijseenheid.docx',
  'Stagehandleiding.pdf',
  'Checklist toegankelijke documenten.pdf',
  'Datamanagementplan template.docx',
  'Jaarplanning onderwijs.xlsx',
  'Handleiding Brightspace voor docenten.pdf',
  'Privacyreglement onderzoek.pdf',
  'Werkwijze examencommissie.pdf',
  'Kennisclip maken.pptx'
];

const QUESTIONS_NL = [
  'Heeft iemand ervaring met {topic} in grote groepen? Ik zoek voorbeelden die echt werken.',
  'Wie kan me helpen met {topic}? We lopen vast bij het opzetten ervan voor het tweede jaar.',
  'Is er een handreiking voor {topic}? Ik kan hem niet vinden op het intranet.',
  'Vraag aan de groep: hoe pakken jullie {topic} aan bij deeltijdstudenten?',
  'Wat zijn jullie tips voor {topic} met een beperkt aantal uren?'
];
const QUESTIONS_EN = [
  'Does anyone have a good example of {topic} for first-year students?',
  'Who can help me with {topic}? We are redesigning a course and could use advice.',
  'Is there a guideline on {topic} somewhere on the intranet?',
  'Question for the group: how do you approach {topic} with international students?'
];
const SHARES = [
  'Interessant artikel over {topic}, de moeite waard om te lezen.',
  'Volgende maand organiseren we een lunchsessie over {topic}. Iedereen welkom!',
  'We hebben de handreiking over {topic} bijgewerkt, zie de bijlage.',
  'Sharing our experiences with {topic} from last semester: it worked better than expected.'
];
export const ANSWERS = [
  'Wij gebruiken hiervoor de handreiking op het intranet: <a href="{url}">{doc}</a>. Werkt goed.',
  'Goede vraag! Bij ons werkt het om klein te beginnen en na elk blok te evalueren.',
  'We did this last year with a rubric per learning outcome; happy to share, see <a href="{url}">{doc}</a>.',
  'Misschien kun je contact opnemen met de onderwijskundige van je faculteit, die heeft hier veel mee gedaan.',
  'Dank je, dit helpt enorm!',
  'Herkenbaar. Wij lopen tegen hetzelfde aan, ik volg deze draad.',
  'Kijk eens naar het format op het intranet: <a href="{url}">{doc}</a>.'
];
const MENTION_ANSWERS = [
  '<at id="0">{name}</at> weet hier veel van, misschien kan die helpen?',
  'I think <at id="0">{name}</at> did exactly this last year.'
];
const REACTIONS = ['like', 'like', 'like', 'heart', 'laugh', 'surprised', '👍', '🎉'];

type MessageInsert = MessageRow;

export function reactionsFor(faker: Faker, memberIds: readonly string[], after: number, before: number): string {
  const count = faker.number.float() < 0.55 ? faker.number.int({ min: 1, max: 6 }) : 0;
  const users = faker.helpers.arrayElements(memberIds, Math.min(count, memberIds.length));
  return JSON.stringify(
    users.map((userId) => ({
      reactionType: faker.helpers.arrayElement(REACTIONS),
      createdDateTime: new Date(faker.number.int({ min: after, max: Math.max(after, before) })).toISOString(),
      user: userIdentitySet(userId)
    }))
  );
}

export function documentLink(faker: Faker): { url: string; doc: string; attachment: object } {
  const doc = faker.helpers.arrayElement(LINKED_INTRANET_DOCUMENTS);
  const url = `${INTRANET_DOCUMENTS}/${encodeURIComponent(doc)}`;
  const attachment = {
    id: faker.string.uuid(),
    contentType: 'reference',
    contentUrl: url,
    content: null,
    name: doc,
    thumbnailUrl: null,
    teamsAppId: null
  };
  return { url, doc, attachment };
}

interface ThreadSeed {
  faker: Faker;
  group: SeededGroup;
  people: SeededPeople;
  /** The latest time a message may have. */
  end: number;
  uniqueId: (time: number) => string;
}

export const MESSAGE_INSERT = `INSERT INTO messages (id, teamId, channelId, replyToId, fromUserId, subject, bodyContentType, bodyContent, importance,
  createdDateTime, lastModifiedDateTime, deletedDateTime, mentions, attachments, reactions, etag, messageType, eventDetail) VALUES (@id, @teamId,
  @channelId, @replyToId, @fromUserId, @subject, @bodyContentType, @bodyContent, @importance, @createdDateTime, @lastModifiedDateTime,
  @deletedDateTime, @mentions, @attachments, @reactions, @etag, @messageType, @eventDetail)`;

export function mentionFor(mentioned: string, name: string): object {
  return {
    id: 0,
    mentionText: name,
    mentioned: mentionedUser(mentioned, name)
  };
}

/** One reply: an answer with a link, or one that mentions a colleague. */
function seedReply(seed: ThreadSeed, threadId: string, replyCreated: number): MessageInsert {
  const { faker, group } = seed;
  const replier = faker.helpers.arrayElement(group.memberIds);
  const mentions: object[] = [];
  let body: string;
  if (faker.number.float() < 0.18) {
    const mentioned = faker.helpers.arrayElement(group.memberIds);
    const name = seed.people.displayNames.get(mentioned) ?? 'collega';
    body = faker.helpers.arrayElement(MENTION_ANSWERS).replace('{name}', name);
    mentions.push(mentionFor(mentioned, name));
  } else {
    const link = documentLink(faker);
    body = faker.helpers.arrayElement(ANSWERS).replace('{url}', link.url).replace('{doc}', link.doc);
  }
  const id = seed.uniqueId(replyCreated);
  const at = new Date(replyCreated).toISOString();
  return {
    id,
    teamId: group.id,
    channelId: group.generalChannelId,
    replyToId: threadId,
    fromUserId: replier,
    subject: null,
    bodyContentType: 'html',
    bodyContent: `<p>${body}</p>`,
    importance: 'normal',
    createdDateTime: at,
    lastModifiedDateTime: at,
    deletedDateTime: null,
    mentions: JSON.stringify(mentions),
    attachments: '[]',
    reactions: reactionsFor(faker, group.memberIds, replyCreated, seed.end),
    etag: String(replyCreated),
    messageType: 'message',
    eventDetail: null
  };
}

/** A question or a shared post with its replies; the thread row comes first. */
function seedThread(
  seed: ThreadSeed,
  start: number,
  topics: ReadonlyArray<ReturnType<typeof vocabularyTerm>>
): MessageInsert[] {
  const { faker, group, end } = seed;
  const created = faker.number.int({ min: start, max: end });
  const term = faker.helpers.arrayElement(topics);
  const author = faker.helpers.arrayElement(group.memberIds);
  const isQuestion = faker.number.float() < 0.65;
  const english = faker.number.float() < 0.25;
  const topicLabel = (english ? term.en : term.nl).toLowerCase();
  const template = isQuestion
    ? faker.helpers.arrayElement(english ? QUESTIONS_EN : QUESTIONS_NL)
    : faker.helpers.arrayElement(SHARES);
  const attachments: object[] = [];
  let content = `<p>${template.replace('{topic}', topicLabel)}</p>`;
  if (!isQuestion && faker.number.float() < 0.6) {
    const link = documentLink(faker);
    attachments.push(link.attachment);
    content += `<attachment id="${(link.attachment as { id: string }).id}"></attachment>`;
  }
  const replyCount = isQuestion ? faker.number.int({ min: 0, max: 6 }) : faker.number.int({ min: 0, max: 2 });
  const threadId = seed.uniqueId(created);
  let last = created;
  const replies: MessageInsert[] = [];
  for (let r = 0; r < replyCount; r++) {
    last = Math.min(end, last + faker.number.int({ min: 600_000, max: 4 * 86_400_000 }));
    replies.push(seedReply(seed, threadId, last));
  }
  const deleted = faker.number.float() < 0.01;
  const thread: MessageInsert = {
    id: threadId,
    teamId: group.id,
    channelId: group.generalChannelId,
    replyToId: null,
    fromUserId: author,
    subject: faker.number.float() < 0.3 ? `${term.nl}` : null,
    bodyContentType: 'html',
    bodyContent: deleted ? '' : content,
    importance: faker.number.float() < 0.05 ? 'high' : 'normal',
    createdDateTime: new Date(created).toISOString(),
    lastModifiedDateTime: new Date(last).toISOString(),
    deletedDateTime: deleted ? new Date(last).toISOString() : null,
    mentions: '[]',
    attachments: JSON.stringify(attachments),
    reactions: reactionsFor(faker, group.memberIds, created, end),
    etag: String(last),
    messageType: 'message',
    eventDetail: null
  };
  return [thread, ...replies];
}

/** A year of channel messages per interest group: questions with answers, shared links, mentions and reactions. */
export function seedMessages(
  db: Database,
  faker: Faker,
  groups: readonly SeededGroup[],
  people: SeededPeople,
  anchor: Date
): number {
  const insert = db.prepare(MESSAGE_INSERT);
  const usedIds = new Set<string>();
  const uniqueId = (time: number): string => {
    let candidate = time;
    while (usedIds.has(String(candidate))) {
      candidate++;
    }
    usedIds.add(String(candidate));
    return String(candidate);
  };
  const end = anchor.getTime() - 3_600_000;
  const start = end - 365 * 86_400_000;
  let total = 0;
  for (const group of groups) {
    if (group.memberIds.length === 0) {
      continue;
    }
    const topics = group.definition.topics.map((id) => vocabularyTerm(id));
    const threads = Math.round(group.definition.activity * faker.number.float({ min: 0.8, max: 1.2 }));
    for (let t = 0; t < threads; t++) {
      const rows = seedThread({ faker, group, people, end, uniqueId }, start, topics);
      for (const row of rows) {
        insert.run(row);
      }
      total += rows.length;
    }
  }
  return total;
}
