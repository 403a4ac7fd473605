import { safeHref } from '../../model/composer/draftHtml';
import type { MessagePerson } from '../../model/feed/Post';

/** The formatting in effect on a piece of text. */
export interface InlineMarks {
  bold: boolean;
  italic: boolean;
  /** A safe link target, when the text is inside one. */
  href?: string;
}

export const NO_MARKS: InlineMarks = { bold: false, italic: false };

/** Elements that show no text of their own, or whose text is not content (scripts, styles, media, controls). */
const DROPPED = new Set(
  (
    'script style template noscript head title meta link base iframe frame frameset object embed applet img ' +
    'picture svg math canvas video audio source track map area input select textarea button option datalist ' +
    'output progress meter dialog param wbr'
  ).split(' ')
);

const BLOCKS = new Set(
  (
    'address article aside blockquote caption center dd details dir div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section summary table tbody tfoot thead ' +
    'tr ul'
  ).split(' ')
);

function styleOf(element: Element): CSSStyleDeclaration | undefined {
  return (element as Partial<HTMLElement>).style;
}

export function isDropped(element: Element): boolean {
  return DROPPED.has(element.localName) || element.hasAttribute('hidden') || styleOf(element)?.display === 'none';
}

export function isBlock(element: Element): boolean {
  return BLOCKS.has(element.localName);
}

export function isList(element: Element): boolean {
  return element.localName === 'ul' || element.localName === 'ol';
}

/** Table cells stay inline; a space keeps the text of neighbouring cells apart. */
export function isCell(element: Element): boolean {
  return element.localName === 'td' || element.localName === 'th';
}

export function isMention(element: Element): boolean {
  return element.localName === 'span' && element.hasAttribute('data-mention-id');
}

export function mentionPerson(element: Element): MessagePerson {
  const text = (element.textContent ?? '').replace(/^@/, '');
  return {
    id: element.getAttribute('data-mention-id') ?? '',
    displayName: element.getAttribute('data-mention-name') ?? text
  };
}

function boldWeight(weight: string, inherited: boolean): boolean {
  if (weight === 'bold' || weight === 'bolder') return true;
  if (weight === 'normal' || weight === 'lighter') return false;
  const numeric = Number(weight);
  return Number.isFinite(numeric) ? numeric >= 600 : inherited;
}

function italicStyle(style: string, inherited: boolean): boolean {
  if (style === 'italic' || style.startsWith('oblique')) return true;
  return style === 'normal' ? false : inherited;
}

/** The marks inside an element: b/strong, i/em, inline font-weight and font-style, a[href] with a safe target. */
export function elementMarks(element: Element, marks: InlineMarks): InlineMarks {
  const tag = element.localName;
  const style = styleOf(element);
  let bold = tag === 'b' || tag === 'strong' || marks.bold;
  let italic = tag === 'i' || tag === 'em' || marks.italic;
  if (style?.fontWeight) bold = boldWeight(style.fontWeight.trim().toLowerCase(), bold);
  if (style?.fontStyle) italic = italicStyle(style.fontStyle.trim().toLowerCase(), italic);
  const href = tag === 'a' && element.hasAttribute('href') ? safeHref(element.getAttribute('href') ?? '') : marks.href;
  return href === undefined ? { bold, italic } : { bold, italic, href };
}
