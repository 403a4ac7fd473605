import type { DraftContent } from './Draft';

/** Plain text as draft content: a blank line starts a paragraph, a single line break stays a line break. */
export function draftContentFromText(text: string): DraftContent {
  const paragraphs = text
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return { blocks: paragraphs.map((paragraph) => ({ kind: 'paragraph', runs: [{ kind: 'text', text: paragraph }] })) };
}
