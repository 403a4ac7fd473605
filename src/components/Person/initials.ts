/**
 * Avatar initials for names with lower-case particles ("Pieter van den Berg" → "PB", "Fatima el Amrani" → "FA"):
 * the first letters of the first and last capitalised words.
 */
export function initials(displayName: string): string {
  const words = displayName
    .trim()
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word));
  if (words.length === 0) {
    return displayName.trim().charAt(0).toUpperCase();
  }
  const first = words[0].charAt(0);
  return words.length > 1 ? `${first}${words[words.length - 1].charAt(0)}` : first;
}
