/** An "@name" being typed: where it starts ("@") and ends in the text, and the name typed so far. */
export interface MentionTrigger {
  start: number;
  end: number;
  query: string;
}

/** Letters of any script, digits, and what names hold besides (hyphens, apostrophes, dots). */
const NAME = "[\\p{L}\\p{M}\\p{N}_.'’-]";
/** Up to four words (Jan van der Berg) with single spaces between; a space typed twice ends it. */
const QUERY = new RegExp(`^${NAME}+(?:[ \\u00a0]${NAME}+){0,3}[ \\u00a0]?$`, 'u');
const NAME_TAIL = new RegExp(`^${NAME}*`, 'u');
const MAX_QUERY = 64;

/**
 * The mention being typed where the caret is: an "@" at the start of the text or after whitespace, followed by
 * name characters up to the caret. The trigger ends where the word under the caret does, so picking someone
 * replaces the whole word.
 */
export function mentionTriggerAt(text: string, caret: number): MentionTrigger | undefined {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start < 0 || (start > 0 && !/\s/.test(before[start - 1]))) return undefined;
  const typed = before.slice(start + 1);
  if (typed.length > MAX_QUERY || !QUERY.test(typed)) return undefined;
  const tail = /\s$/.test(typed) ? '' : (NAME_TAIL.exec(text.slice(caret)) as RegExpExecArray)[0];
  return { start, end: caret + tail.length, query: typed.replace(/\u00a0/g, ' ').trimEnd() };
}
