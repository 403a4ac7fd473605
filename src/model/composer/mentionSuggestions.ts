import type { Person } from '../Person';

/** How many people the mention picker offers at once. */
export const MENTION_SUGGESTIONS = 8;

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[\s.,'’()-]+/)
    .filter((word) => word !== '');
}

/**
 * Whether every word typed starts a word of the person's name or address, accents and case aside: "an de" finds
 * "Anne de Vries", "yil" finds "Mehmet Yılmaz" (dotless ı folded as i).
 */
export function matchesMentionQuery(person: Person, query: string): boolean {
  const typed = words(query.replace(/ı/g, 'i'));
  if (typed.length === 0) return true;
  const name = words(`${person.displayName} ${person.mail ?? person.userPrincipalName}`.replace(/ı/g, 'i'));
  return typed.every((word) => name.some((part) => part.startsWith(word)));
}

/** The picker's list: the group's members who match first (by name), then the directory's, each person once. */
export function mentionSuggestions(
  query: string,
  members: readonly Person[],
  directory: readonly Person[],
  limit: number = MENTION_SUGGESTIONS
): Person[] {
  const fromGroup = members
    .filter((member) => matchesMentionQuery(member, query))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const seen = new Set(fromGroup.map((person) => person.id));
  const others = directory.filter((person) => !seen.has(person.id));
  return [...fromGroup, ...others].slice(0, limit);
}
