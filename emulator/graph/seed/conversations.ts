import { Faker, base, en, nl } from '@faker-js/faker';
import type { SkillTerm } from '../../../src/model/skillVocabulary';
import type { Database } from '../../shared/store/database';
import type { MessageRow } from '../../shared/store/rows';
import type { SeededGroup } from './groups';
import { seedImagePost } from './imagePosts';
import { seedLongThread } from './longThreads';
import { MESSAGE_INSERT } from './messages';
import type { SeededPeople } from './people';
import { vocabularyTerm } from './profile';
import { ReplierPicker } from './repliers';
import { seedSystemEvents } from './systemEvents';

/** The most active groups also get one very long discussion (a few hundred replies). */
const VERY_LONG_THREAD_GROUPS = 3;

interface ConversationContext {
  faker: Faker;
  people: SeededPeople;
  start: number;
  end: number;
  uniqueId: (channelId: string) => (time: number) => string;
}

function uniqueIds(db: Database): ConversationContext['uniqueId'] {
  const exists = db.prepare('SELECT 1 FROM messages WHERE channelId = ? AND id = ?');
  const taken = new Set<string>();
  return (channelId) => (time) => {
    let candidate = time;
    while (taken.has(`${channelId}|${candidate}`) || exists.get(channelId, String(candidate)) !== undefined) {
      candidate++;
    }
    taken.add(`${channelId}|${candidate}`);
    return String(candidate);
  };
}

function groupConversations(
  context: ConversationContext,
  group: SeededGroup,
  veryLong: boolean
): { messages: MessageRow[]; hosted: ReturnType<typeof seedImagePost>['hostedContents'] } {
  const { faker, start, end } = context;
  const uniqueId = context.uniqueId(group.generalChannelId);
  const term = (): SkillTerm => vocabularyTerm(faker.helpers.arrayElement(group.definition.topics));
  const topic = (): string => term().nl.toLowerCase();
  const messages = seedSystemEvents(faker, group, start, end, uniqueId);
  const repliers = new ReplierPicker(group.memberIds, context.people.traits, { start, end });
  const thread = { faker, group, people: context.people, repliers, start, end, uniqueId };
  messages.push(...seedLongThread({ ...thread, term: term() }, faker.number.int({ min: 20, max: 40 })));
  if (veryLong) {
    messages.push(...seedLongThread({ ...thread, term: term() }, faker.number.int({ min: 120, max: 220 })));
  }
  const hosted = [];
  for (let index = faker.number.int({ min: 1, max: 2 }); index > 0; index--) {
    const created = faker.number.int({ min: start, max: end });
    const post = seedImagePost(faker, group, topic(), created, end, uniqueId(created));
    messages.push(post.message);
    hosted.push(...post.hostedContents);
  }
  return { messages, hosted };
}

/**
 * Conversations on top of the year of threads: long discussions, posts with images and attachments, system events.
 * They draw from a generator of their own, so the threads seeded before them stay exactly as they were.
 */
export function seedConversations(
  db: Database,
  seed: number,
  groups: readonly SeededGroup[],
  people: SeededPeople,
  anchor: Date
): number {
  const faker = new Faker({ locale: [nl, en, base] });
  faker.seed(seed + 7919);
  const insertMessage = db.prepare(MESSAGE_INSERT);
  const insertHosted = db.prepare(
    'INSERT INTO hosted_contents (channelId, messageId, id, contentType, bytes) VALUES (@channelId, @messageId, @id, @contentType, @bytes)'
  );
  const end = anchor.getTime() - 3_600_000;
  const context: ConversationContext = { faker, people, start: end - 365 * 86_400_000, end, uniqueId: uniqueIds(db) };
  const active = new Set(
    [...groups]
      .sort((a, b) => b.definition.activity - a.definition.activity || (a.id < b.id ? -1 : 1))
      .slice(0, VERY_LONG_THREAD_GROUPS)
      .map((group) => group.id)
  );
  let total = 0;
  for (const group of groups.filter((candidate) => candidate.memberIds.length > 1)) {
    const { messages, hosted } = groupConversations(context, group, active.has(group.id));
    messages.forEach((row) => insertMessage.run(row));
    hosted.forEach((row) => insertHosted.run(row));
    total += messages.length;
  }
  return total;
}
