import type { Faker } from '@faker-js/faker';
import { strengthOn, weightedPick, type PersonTraits } from './expertise';

/** The seeded year, to tell who is still (or already) taking part at a given time. */
export interface SeedYear {
  start: number;
  end: number;
}

/**
 * Chooses who writes in one group's channel: for a topic, its members who really know it (the stronger, the more
 * likely), or anyone, weighted by how readily they reply; only members taking part at that time.
 */
export class ReplierPicker {
  private readonly experts = new Map<string, ReadonlyArray<{ id: string; weight: number }>>();

  public constructor(
    private readonly memberIds: readonly string[],
    private readonly traits: ReadonlyMap<string, PersonTraits>,
    private readonly year: SeedYear
  ) {}

  public strengthOf(userId: string, topicId: string): number {
    return strengthOn(this.traits.get(userId), topicId);
  }

  public languageOf(userId: string): PersonTraits['language'] {
    return this.traits.get(userId)?.language ?? 'nl-NL';
  }

  /** A member who knows the topic, weighted by the square of their strength; undefined when none is around. */
  public expertOn(rng: Faker, topicId: string, time: number, excluded: ReadonlySet<string>): string | undefined {
    const picked = weightedPick(rng, this.expertsOn(topicId), (entry) =>
      excluded.has(entry.id) || !this.isActive(entry.id, time) ? 0 : entry.weight
    );
    return picked?.id;
  }

  /** Any member taking part at that time, the chatty more often; falls back to anyone not excluded. */
  public anyone(rng: Faker, time: number, excluded: ReadonlySet<string>): string {
    const picked = weightedPick(rng, this.memberIds, (id) =>
      excluded.has(id) || !this.isActive(id, time) ? 0 : (this.traits.get(id)?.chattiness ?? 1)
    );
    if (picked) {
      return picked;
    }
    const rest = this.memberIds.filter((id) => !excluded.has(id));
    return rng.helpers.arrayElement(rest.length > 0 ? rest : this.memberIds);
  }

  private expertsOn(topicId: string): ReadonlyArray<{ id: string; weight: number }> {
    let list = this.experts.get(topicId);
    if (!list) {
      list = this.memberIds
        .map((id) => ({ id, weight: this.strengthOf(id, topicId) ** 2 }))
        .filter((entry) => entry.weight > 0);
      this.experts.set(topicId, list);
    }
    return list;
  }

  private isActive(userId: string, time: number): boolean {
    const traits = this.traits.get(userId);
    if (!traits) {
      return true;
    }
    const part = (time - this.year.start) / Math.max(1, this.year.end - this.year.start);
    return part >= traits.activeFrom && part <= traits.activeUntil;
  }
}
