import type { Faker } from '@faker-js/faker';
import type { SkillTerm } from '../../../src/model/skillVocabulary';
import type { MessageRow } from '../../shared/store/rows';
import { casualReply, expertAnswer } from './channelTexts';
import type { SeededGroup } from './groups';
import { qualityReactionCount, reactionsFor, reactionsOfCount } from './messageReactions';
import { documentLink, mentionFor } from './messages';
import type { SeededPeople } from './people';
import type { ReplierPicker } from './repliers';

const OPENERS = [
  'Discussie: hoe gaan we volgend studiejaar om met {topic}? Graag ieders ervaringen, dan bundel ik ze voor de teamdag.',
  'Open question: what should our shared approach to {topic} be? Please add your experiences below.',
  'Voorstel: we maken samen een handreiking over {topic}. Wie denkt mee? <at id="0">{name}</at>, jij hebt hier al eens iets over geschreven.'
];

const DISCUSSION = [
  'Bij ons werkt het goed om hier in het eerste blok al mee te beginnen.',
  'Eens met de vorige reacties, maar de werkdruk is wel een punt.',
  'We hebben hier vorig jaar een pilot mee gedaan; de studenten waren positief.',
  'Goed punt. Hoe borgen we dat het in alle teams hetzelfde gaat?',
  'I would add that the assessment criteria need to be clear from the start.',
  'Kunnen we dit meenemen in de volgende bijeenkomst?',
  'Wij lopen tegen roostering aan, heeft iemand daar een oplossing voor?',
  'Our students asked for more examples; we now share two per unit.',
  'Ik stuur straks ons format door, dan kunnen jullie het vergelijken.',
  'Mooi initiatief, ik doe graag mee.'
];

export interface LongThreadSeed {
  faker: Faker;
  group: SeededGroup;
  people: SeededPeople;
  repliers: ReplierPicker;
  term: SkillTerm;
  start: number;
  end: number;
  uniqueId: (time: number) => string;
}

function nameOf(seed: LongThreadSeed, userId: string): string {
  return seed.people.displayNames.get(userId) ?? 'collega';
}

/** The topic as the discussion names it. */
function topicText(seed: LongThreadSeed): string {
  return seed.term.nl.toLowerCase();
}

/** Of the replies in a discussion, this share comes from a member who knows its topic, when one is around. */
const EXPERT_SHARE = 0.4;

interface DiscussionReply {
  content: string;
  mentions: object[];
  /** 0 (a remark) to 1 (the strongest expert's answer): how many reactions it draws. */
  quality: number;
}

function replyBody(seed: LongThreadSeed, replier: string): DiscussionReply {
  const { faker, group } = seed;
  const strength = seed.repliers.strengthOf(replier, seed.term.id);
  const language = faker.number.float() < 0.75 ? 'nl' : 'en';
  if (strength > 0 && faker.number.float() < 0.6) {
    const link = faker.number.float() < 0.3 ? documentLink(faker) : undefined;
    return { content: `<p>${expertAnswer(faker, seed.term, language, link)}</p>`, mentions: [], quality: strength };
  }
  const roll = faker.number.float();
  if (roll < 0.12) {
    const mentioned = faker.helpers.arrayElement(group.memberIds);
    return {
      content: `<p><at id="0">${nameOf(seed, mentioned)}</at>, wat vind jij hiervan?</p>`,
      mentions: [mentionFor(mentioned, nameOf(seed, mentioned))],
      quality: 0.05
    };
  }
  if (roll < 0.3) {
    const reply = casualReply(faker, seed.term, language, documentLink(faker));
    return { content: `<p>${reply.text}</p>`, mentions: [], quality: 0.1 };
  }
  return { content: `<p>${faker.helpers.arrayElement(DISCUSSION)}</p>`, mentions: [], quality: 0.15 };
}

function discussionReplier(seed: LongThreadSeed, at: number): string {
  const { faker, repliers } = seed;
  const expert =
    faker.number.float() < EXPERT_SHARE ? repliers.expertOn(faker, seed.term.id, at, new Set()) : undefined;
  return expert ?? repliers.anyone(faker, at, new Set());
}

function messageRow(
  seed: LongThreadSeed,
  fields: Pick<MessageRow, 'id' | 'replyToId' | 'fromUserId' | 'subject' | 'bodyContent' | 'mentions' | 'reactions'> & {
    at: number;
    lastAt: number;
  }
): MessageRow {
  const { group } = seed;
  const { at, lastAt, ...rest } = fields;
  return {
    ...rest,
    teamId: group.id,
    channelId: group.generalChannelId,
    bodyContentType: 'html',
    importance: 'normal',
    createdDateTime: new Date(at).toISOString(),
    lastModifiedDateTime: new Date(lastAt).toISOString(),
    deletedDateTime: null,
    attachments: '[]',
    etag: String(lastAt),
    messageType: 'message',
    eventDetail: null
  };
}

/** A discussion with dozens to a few hundred replies over days or weeks; the root mentions a colleague. */
export function seedLongThread(seed: LongThreadSeed, replyCount: number): MessageRow[] {
  const { faker, group, end } = seed;
  const created = faker.number.int({ min: seed.start, max: end - 30 * 86_400_000 });
  const author = faker.helpers.arrayElement(group.memberIds);
  const mentioned = faker.helpers.arrayElement(group.memberIds.filter((id) => id !== author));
  const opener = faker.helpers.arrayElement(OPENERS);
  const threadId = seed.uniqueId(created);
  const replies: MessageRow[] = [];
  let last = created;
  for (let index = 0; index < replyCount; index++) {
    last = Math.min(end, last + faker.number.int({ min: 120_000, max: 10 * 3_600_000 }));
    const replier = discussionReplier(seed, last);
    const body = replyBody(seed, replier);
    const id = seed.uniqueId(last);
    replies.push(
      messageRow(seed, {
        id,
        replyToId: threadId,
        fromUserId: replier,
        subject: null,
        bodyContent: body.content,
        mentions: JSON.stringify(body.mentions),
        reactions: reactionsOfCount(faker, group.memberIds, qualityReactionCount(faker, body.quality), last, end),
        at: last,
        lastAt: last
      })
    );
  }
  const mentions = opener.includes('<at id="0">')
    ? JSON.stringify([mentionFor(mentioned ?? author, nameOf(seed, mentioned ?? author))])
    : '[]';
  const content = `<p>${opener.replace('{topic}', topicText(seed)).replace('{name}', nameOf(seed, mentioned ?? author))}</p>`;
  const root = messageRow(seed, {
    id: threadId,
    replyToId: null,
    fromUserId: author,
    subject: `Discussie: ${topicText(seed)}`,
    bodyContent: content,
    mentions,
    reactions: reactionsFor(faker, group.memberIds, created, end),
    at: created,
    lastAt: last
  });
  return [root, ...replies];
}
