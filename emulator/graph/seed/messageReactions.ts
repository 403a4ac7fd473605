import type { Faker } from '@faker-js/faker';
import { userIdentitySet } from '../views/teamworkIdentity';

const REACTIONS = ['like', 'like', 'like', 'heart', 'laugh', 'surprised', '👍', '🎉'];

/** `count` reactions by distinct members, made between `after` and `before`. */
export function reactionsOfCount(
  faker: Faker,
  memberIds: readonly string[],
  count: number,
  after: number,
  before: number
): string {
  const users = faker.helpers.arrayElements(memberIds, Math.min(count, memberIds.length));
  return JSON.stringify(
    users.map((userId) => ({
      reactionType: faker.helpers.arrayElement(REACTIONS),
      createdDateTime: new Date(faker.number.int({ min: after, max: Math.max(after, before) })).toISOString(),
      user: userIdentitySet(userId)
    }))
  );
}

export function reactionsFor(faker: Faker, memberIds: readonly string[], after: number, before: number): string {
  const count = faker.number.float() < 0.55 ? faker.number.int({ min: 1, max: 6 }) : 0;
  return reactionsOfCount(faker, memberIds, count, after, before);
}

/** Good answers collect more reactions: `quality` 0 (a thank-you) to 1 (the strongest expert). */
export function qualityReactionCount(faker: Faker, quality: number): number {
  return Math.floor(faker.number.float() * (1.5 + 5 * quality));
}
