import type { Person } from '../../model/Person';

/** Job title and department, the line that tells two colleagues with the same name apart. */
export function secondaryText(person: Person): string | undefined {
  const parts = [person.jobTitle, person.department].filter(
    (part): part is string => part !== undefined && part !== ''
  );
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

function lookKey(person: Person): string {
  return `${person.displayName.toLowerCase()}\u0000${secondaryText(person) ?? ''}`;
}

/** Ids of the people who share name, job title and department with someone else in the list. */
export function lookAlikeIds(people: readonly Person[]): ReadonlySet<string> {
  const byLook = new Map<string, string[]>();
  for (const person of people) {
    const ids = byLook.get(lookKey(person)) ?? [];
    ids.push(person.id);
    byLook.set(lookKey(person), ids);
  }
  const ids = new Set<string>();
  byLook.forEach((group) => group.length > 1 && group.forEach((id) => ids.add(id)));
  return ids;
}
