import type { Faker } from '@faker-js/faker';
import type { MessageRow } from '../../shared/store/rows';
import type { Database } from '../../shared/store/database';
import type { SkillTerm } from '../../../src/model/skillVocabulary';
import {
  MENTION_ANSWERS,
  QUESTIONS_EN,
  QUESTIONS_NL,
  SHARES,
  casualReply,
  expertAnswer,
  type TextLanguage
} from './channelTexts';
import { vocabularyTerm, type ProfileLanguage } from './profile';
import { qualityReactionCount, reactionsFor, reactionsOfCount } from './messageReactions';
import { ReplierPicker } from './repliers';
import type { SeededGroup } from './groups';
import type { SeededPeople } from './people';
import { mentionedUser } from '../views/teamworkIdentity';

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

export { reactionsFor } from './messageReactions';

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
  repliers: ReplierPicker;
  /** The latest time a message may have. */
  end: number;
  uniqueId: (time: number) => string;
}

/** What the replies of one thread share: its topic and language, and who has written in it so far. */
interface ThreadTopic {
  id: string;
  term: SkillTerm;
  language: TextLanguage;
  writers: Set<string>;
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

/** Of the replies to a question, this share comes from a member who really knows the topic, when one is around. */
const EXPERT_REPLY_SHARE = 0.55;
/** Of shared posts (not questions), this share is by a member who knows the topic. */
const EXPERT_POST_SHARE = 0.5;

function textLanguage(language: ProfileLanguage): TextLanguage {
  return language === 'en-US' ? 'en' : 'nl';
}

interface ReplyContent {
  body: string;
  mentions: object[];
  quality: number;
}

/** A reply that points to a colleague, most often one who knows the topic. */
function mentionReply(seed: ThreadSeed, topic: ThreadTopic, replier: string, at: number): ReplyContent {
  const { faker, group } = seed;
  const expert =
    faker.number.float() < 0.6 ? seed.repliers.expertOn(faker, topic.id, at, new Set([replier])) : undefined;
  const mentioned = expert ?? faker.helpers.arrayElement(group.memberIds);
  const name = seed.people.displayNames.get(mentioned) ?? 'collega';
  const body = faker.helpers.arrayElement(MENTION_ANSWERS).replace('{name}', name);
  return { body, mentions: [mentionFor(mentioned, name)], quality: 0.05 };
}

/** What `replier` writes: an answer naming the topic when they know it, else a casual reply or a mention. */
function replyContent(seed: ThreadSeed, topic: ThreadTopic, replier: string, at: number): ReplyContent {
  const { faker, repliers } = seed;
  const strength = repliers.strengthOf(replier, topic.id);
  const language = faker.number.float() < 0.7 ? topic.language : textLanguage(repliers.languageOf(replier));
  if (strength > 0) {
    const link = faker.number.float() < 0.5 ? documentLink(faker) : undefined;
    return { body: expertAnswer(faker, topic.term, language, link), mentions: [], quality: strength };
  }
  if (faker.number.float() < 0.2) {
    return mentionReply(seed, topic, replier, at);
  }
  const link = faker.number.float() < 0.2 ? documentLink(faker) : undefined;
  const casual = casualReply(faker, topic.term, language, link);
  return { body: casual.text, mentions: [], quality: casual.answers ? 0.1 : 0 };
}

/** One reply, from a member who knows the topic (more often the stronger ones) or from anyone taking part. */
function seedReply(seed: ThreadSeed, threadId: string, topic: ThreadTopic, replyCreated: number): MessageRow {
  const { faker, group, repliers } = seed;
  const expert =
    faker.number.float() < EXPERT_REPLY_SHARE
      ? repliers.expertOn(faker, topic.id, replyCreated, topic.writers)
      : undefined;
  const replier = expert ?? repliers.anyone(faker, replyCreated, topic.writers);
  topic.writers.add(replier);
  const content = replyContent(seed, topic, replier, replyCreated);
  const at = new Date(replyCreated).toISOString();
  return {
    id: seed.uniqueId(replyCreated),
    teamId: group.id,
    channelId: group.generalChannelId,
    replyToId: threadId,
    fromUserId: replier,
    subject: null,
    bodyContentType: 'html',
    bodyContent: `<p>${content.body}</p>`,
    importance: 'normal',
    createdDateTime: at,
    lastModifiedDateTime: at,
    deletedDateTime: null,
    mentions: JSON.stringify(content.mentions),
    attachments: '[]',
    reactions: reactionsOfCount(
      faker,
      group.memberIds,
      qualityReactionCount(faker, content.quality),
      replyCreated,
      seed.end
    ),
    etag: String(replyCreated),
    messageType: 'message',
    eventDetail: null
  };
}

/** Who opens a thread: anyone asks; a shared post comes from someone who knows the topic about half the time. */
function threadAuthor(seed: ThreadSeed, topicId: string, isQuestion: boolean, created: number): string {
  const { faker, repliers } = seed;
  const expert =
    !isQuestion && faker.number.float() < EXPERT_POST_SHARE
      ? repliers.expertOn(faker, topicId, created, new Set())
      : undefined;
  return expert ?? repliers.anyone(faker, created, new Set());
}

/** The thread's opening post: a question in Dutch or English, or a shared post, sometimes with a document. */
function openingPost(
  seed: ThreadSeed,
  topic: ThreadTopic,
  isQuestion: boolean
): { content: string; attachments: object[] } {
  const { faker } = seed;
  const template = isQuestion
    ? faker.helpers.arrayElement(topic.language === 'en' ? QUESTIONS_EN : QUESTIONS_NL)
    : faker.helpers.arrayElement(SHARES);
  const topicLabel = (topic.language === 'en' ? topic.term.en : topic.term.nl).toLowerCase();
  const attachments: object[] = [];
  let content = `<p>${template.replace('{topic}', topicLabel)}</p>`;
  if (!isQuestion && faker.number.float() < 0.6) {
    const link = documentLink(faker);
    attachments.push(link.attachment);
    content += `<attachment id="${(link.attachment as { id: string }).id}"></attachment>`;
  }
  return { content, attachments };
}

/** A question or a shared post with its replies; the thread row comes first. */
function seedThread(seed: ThreadSeed, start: number, topics: readonly SkillTerm[]): MessageRow[] {
  const { faker, group, end } = seed;
  const created = faker.number.int({ min: start, max: end });
  const term = faker.helpers.arrayElement(topics);
  const isQuestion = faker.number.float() < 0.65;
  const language: TextLanguage = faker.number.float() < 0.25 ? 'en' : 'nl';
  const author = threadAuthor(seed, term.id, isQuestion, created);
  const topic: ThreadTopic = { id: term.id, term, language, writers: new Set([author]) };
  const { content, attachments } = openingPost(seed, topic, isQuestion);
  const replyCount = isQuestion ? faker.number.int({ min: 0, max: 6 }) : faker.number.int({ min: 0, max: 2 });
  const threadId = seed.uniqueId(created);
  let last = created;
  const replies: MessageRow[] = [];
  for (let r = 0; r < replyCount; r++) {
    last = Math.min(end, last + faker.number.int({ min: 600_000, max: 4 * 86_400_000 }));
    replies.push(seedReply(seed, threadId, topic, last));
  }
  const deleted = faker.number.float() < 0.01;
  const reactions = isQuestion
    ? reactionsFor(faker, group.memberIds, created, end)
    : reactionsOfCount(
        faker,
        group.memberIds,
        qualityReactionCount(faker, seed.repliers.strengthOf(author, term.id)),
        created,
        end
      );
  const thread: MessageRow = {
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
    reactions,
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
    const repliers = new ReplierPicker(group.memberIds, people.traits, { start, end });
    const threads = Math.round(group.definition.activity * faker.number.float({ min: 0.8, max: 1.2 }));
    for (let t = 0; t < threads; t++) {
      const rows = seedThread({ faker, group, people, repliers, end, uniqueId }, start, topics);
      for (const row of rows) {
        insert.run(row);
      }
      total += rows.length;
    }
  }
  return total;
}
