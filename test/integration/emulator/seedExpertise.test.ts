import { Faker, base } from '@faker-js/faker';
import { generatedTraits, type PersonTraits } from '../../../emulator/graph/seed/expertise';
import { INTEREST_GROUPS } from '../../../emulator/graph/seed/interestGroupCatalog';
import { unitByName } from '../../../emulator/graph/seed/organisation';
import { generateProfile } from '../../../emulator/graph/seed/profile';
import { ReplierPicker } from '../../../emulator/graph/seed/repliers';
import { seedDatabase } from '../../../emulator/graph/seed';
import { openDatabase } from '../../../emulator/shared/store/database';
import { seedSharePoint } from '../../../emulator/sharepoint';
import { plainText } from '../../../emulator/sharepoint/seed/topics';
import { findSkillTerm, normaliseSkill, SKILL_VOCABULARY } from '../../../src/model/skillVocabulary';

const FOO = unitByName('Faculteit Onderwijs en Opvoeding');

function rng(seed: number): Faker {
  const faker = new Faker({ locale: [base] });
  faker.seed(seed);
  return faker;
}

function traitsOf(count: number, seed = 1): PersonTraits[] {
  const random = rng(seed);
  return Array.from({ length: count }, () => generatedTraits(random, FOO.name, FOO.skillIds, 'nl-NL'));
}

describe('latent expertise', () => {
  it('is drawn mostly from the unit and its groups, with strengths in (0, 1], the same for the same seed', () => {
    const people = traitsOf(600);
    expect(traitsOf(600)).toEqual(people);
    const nearby = new Set([
      ...FOO.skillIds,
      ...INTEREST_GROUPS.filter((group) => group.departments.includes(FOO.name)).flatMap((group) => group.topics)
    ]);
    const concepts = people.flatMap((person) => person.expertise);
    expect(concepts.every((entry) => entry.strength > 0 && entry.strength <= 1)).toBe(true);
    const near = concepts.filter((entry) => nearby.has(entry.topicId)).length;
    expect(near / concepts.length).toBeGreaterThan(0.75);
    expect(near).toBeLessThan(concepts.length);
    expect(people.some((person) => person.expertise.length === 0)).toBe(true);
    expect(people.some((person) => person.activeUntil < 1)).toBe(true);
    expect(people.some((person) => person.activeFrom > 0)).toBe(true);
  });
});

describe('declared skills', () => {
  it('are a noisy, incomplete picture: experts who list nothing, skills nobody answers on, both languages', () => {
    const random = rng(2);
    const faker = rng(3);
    const profiles = traitsOf(400, 4).map((traits) => ({
      traits,
      profile: generateProfile(faker, random, FOO.skillIds, 'nl-NL', traits.expertise)
    }));
    const declaredIds = (labels: readonly string[]) => labels.map((label) => findSkillTerm(label)?.id);
    const withExpertise = profiles.filter(({ traits }) => traits.expertise.length > 0);
    const silent = withExpertise.filter(({ profile }) => profile.skills.length === 0);
    expect(silent.length).toBeGreaterThan(0);
    const unknownDeclared = profiles.filter(({ traits, profile }) =>
      declaredIds(profile.skills).some((id) => !traits.expertise.some((entry) => entry.topicId === id))
    );
    expect(unknownDeclared.length).toBeGreaterThan(profiles.length / 5);
    const known = withExpertise.flatMap(({ traits }) => traits.expertise);
    const listed = withExpertise.flatMap(({ traits, profile }) =>
      traits.expertise.filter((entry) => declaredIds([...profile.skills, ...profile.interests]).includes(entry.topicId))
    );
    expect(listed.length / known.length).toBeGreaterThan(0.3);
    expect(listed.length / known.length).toBeLessThan(0.8);
    const labels = profiles.flatMap(({ profile }) => profile.skills);
    const english = labels.filter((label) =>
      SKILL_VOCABULARY.some((term) => term.en !== term.nl && normaliseSkill(term.en) === normaliseSkill(label))
    );
    expect(english.length).toBeGreaterThan(0);
    expect(labels.every((label) => findSkillTerm(label) !== undefined)).toBe(true);
  });
});

describe('who replies', () => {
  const year = { start: 0, end: 1000 };
  const traits = (strength: number, activeUntil = 1): PersonTraits => ({
    expertise: strength > 0 ? [{ topicId: 'statistics', strength }] : [],
    chattiness: 1,
    activeFrom: 0,
    activeUntil,
    language: 'nl-NL'
  });
  const picker = new ReplierPicker(
    ['strong', 'weak', 'none', 'gone'],
    new Map([
      ['strong', traits(0.9)],
      ['weak', traits(0.3)],
      ['none', traits(0)],
      ['gone', traits(1, 0.5)]
    ]),
    year
  );

  it('picks members who know the topic, the stronger far more often, only while they take part', () => {
    const random = rng(5);
    const counts = new Map<string, number>();
    for (let index = 0; index < 2000; index++) {
      const id = picker.expertOn(random, 'statistics', 800, new Set()) ?? 'nobody';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['strong', 'weak']);
    expect((counts.get('strong') ?? 0) / (counts.get('weak') ?? 1)).toBeGreaterThan(4);
    expect(picker.expertOn(random, 'statistics', 100, new Set(['strong', 'weak']))).toBe('gone');
    expect(picker.expertOn(random, 'statistics', 800, new Set(['strong', 'weak']))).toBeUndefined();
    expect(picker.expertOn(random, 'python', 800, new Set())).toBeUndefined();
  });

  it('picks anyone taking part when asked for anyone', () => {
    const random = rng(6);
    const picked = new Set(Array.from({ length: 200 }, () => picker.anyone(random, 800, new Set(['strong']))));
    expect([...picked].sort()).toEqual(['none', 'weak']);
  });
});

describe('the seeded channels', () => {
  it('answer questions naming the topic, in Dutch and in English', () => {
    const db = openDatabase(':memory:');
    seedDatabase(db, { people: 200, seed: 11 }, seedSharePoint);
    const replies = db.prepare('SELECT bodyContent FROM messages WHERE replyToId IS NOT NULL').all() as {
      bodyContent: string;
    }[];
    const texts = replies.map((reply) => ` ${normaliseSkill(plainText(reply.bodyContent))} `);
    const naming = (language: 'en' | 'nl') =>
      texts.filter((text) =>
        SKILL_VOCABULARY.some((term) => term.en !== term.nl && text.includes(` ${normaliseSkill(term[language])} `))
      ).length;
    expect(naming('nl')).toBeGreaterThan(replies.length / 10);
    expect(naming('en')).toBeGreaterThan(replies.length / 20);
  });
});
