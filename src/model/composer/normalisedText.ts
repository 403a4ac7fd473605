import { decodeEntities } from './htmlEntities';

const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*`;
const TAG = new RegExp(`<(/?)([a-zA-Z][\\w:-]*)${ATTRIBUTES}>`, 'g');
/** Teams stores an emoji as `<emoji alt="😀">` (or an `<img itemtype=".../Emoji" alt>`): its text is the alt. */
const EMOJI = new RegExp(`<(?:emoji|img)\\b${ATTRIBUTES}>`, 'gi');
const ALT = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const BLOCKS = new Set([
  ...['p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'td', 'th'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
]);
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** An emoji's alt, still encoded as the attribute was; any other image is no text. */
function emojiText(tag: string): string {
  if (/^<img\b/i.test(tag) && !/itemtype\s*=\s*["'][^"']*emoji/i.test(tag)) {
    return '';
  }
  const alt = ALT.exec(tag);
  return (alt ? (alt[1] ?? alt[2] ?? '') : '').replace(/</g, '&lt;');
}

/**
 * The text of a message as a reader sees it, for comparing what was sent with what Teams stored: markup goes
 * (block elements and line breaks count as a space, inline ones as nothing, an emoji as its character), character
 * references are decoded, invisible characters removed, every run of white space (non-breaking ones too) becomes
 * one space, and the result is trimmed and in Unicode's composed form. So `<p>a&nbsp;b</p>` and `a b` are the same.
 */
export function normalisedMessageText(body: string, isHtml: boolean = true): string {
  let text = body;
  if (isHtml) {
    text = text
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(EMOJI, emojiText)
      .replace(TAG, (_tag, _slash, name: string) => (BLOCKS.has(name.toLowerCase()) ? ' ' : ''));
    text = decodeEntities(text);
  }
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}
