import type { Faker } from '@faker-js/faker';
import type { MessageRow } from '../../shared/store/rows';
import type { SeededGroup } from './groups';
import { ANSWERS, documentLink, mentionFor, reactionsFor } from './messages';
import type { SeededPeople } from './people';

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
  topic: string;
  start: number;
  end: number;
  uniqueId: (time: number) => string;
}

function nameOf(seed: LongThreadSeed, userId: string): string {
  return seed.people.displayNames.get(userId) ?? 'collega';
}

function replyBody(seed: LongThreadSeed): { content: string; mentions: object[] } {
  const { faker, group } = seed;
  const roll = faker.number.float();
  if (roll < 0.12) {
    const mentioned = faker.helpers.arrayElement(group.memberIds);
    return {
      content: `<p><at id="0">${nameOf(seed, mentioned)}</at>, wat vind jij hiervan?</p>`,
      mentions: [mentionFor(mentioned, nameOf(seed, mentioned))]
    };
  }
  if (roll < 0.3) {
    const link = documentLink(faker);
    return {
      content: `<p>${faker.helpers.arrayElement(ANSWERS).replace('{url}', link.url).replace('{doc}', link.doc)}</p>`,
      mentions: []
    };
  }
  return { content: `<p>${faker.helpers.arrayElement(DISCUSSION)}</p>`, mentions: [] };
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
    const body = replyBody(seed);
    const id = seed.uniqueId(last);
    replies.push(
      messageRow(seed, {
        id,
        replyToId: threadId,
        fromUserId: faker.helpers.arrayElement(group.memberIds),
        subject: null,
        bodyContent: body.content,
        mentions: JSON.stringify(body.mentions),
        reactions: reactionsFor(faker, group.memberIds, last, end),
        at: last,
        lastAt: last
      })
    );
  }
  const mentions = opener.includes('<at id="0">')
    ? JSON.stringify([mentionFor(mentioned ?? author, nameOf(seed, mentioned ?? author))])
    : '[]';
  const content = `<p>${opener.replace('{topic}', seed.topic).replace('{name}', nameOf(seed, mentioned ?? author))}</p>`;
  const root = messageRow(seed, {
    id: threadId,
    replyToId: null,
    fromUserId: author,
    subject: `Discussie: ${seed.topic}`,
    bodyContent: content,
    mentions,
    reactions: reactionsFor(faker, group.memberIds, created, end),
    at: created,
    lastAt: last
  });
  return [root, ...replies];
}
