import type { MessageElementTag, MessageNode } from './MessageNode';
import { messageBodyNodes, type SanitiseOptions } from './sanitiseMessageHtml';

// Elements that end a run of words: their text must not run into the next element's.
const SEPARATED: ReadonlySet<MessageElementTag> = new Set<MessageElementTag>([
  'p',
  'br',
  'div',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'table',
  'tr',
  'th',
  'td',
  'hr'
]);

function textParts(nodes: readonly MessageNode[], parts: string[]): void {
  for (const node of nodes) {
    if (node.kind === 'text' || node.kind === 'mention') {
      parts.push(node.text);
    } else if (node.kind === 'link') {
      textParts(node.children, parts);
    } else if (node.kind === 'element') {
      const separated = SEPARATED.has(node.tag);
      if (separated) {
        parts.push(' ');
      }
      textParts(node.children, parts);
      if (separated) {
        parts.push(' ');
      }
    }
  }
}

/** The words of a message tree on one line: mentions by their text, images and attachments left out. */
export function messageNodesText(nodes: readonly MessageNode[]): string {
  const parts: string[] = [];
  textParts(nodes, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Cuts at a word boundary near the end when there is one, and never inside an emoji's surrogate pair. */
function truncate(text: string, maxLength: number): string {
  const characters = Array.from(text);
  if (characters.length <= maxLength) {
    return text;
  }
  const cut = characters.slice(0, Math.max(0, maxLength - 1)).join('');
  const lastSpace = cut.lastIndexOf(' ');
  const words = lastSpace > cut.length * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${words.trimEnd()}…`;
}

/** A message body as plain text of at most `maxLength` characters (the ellipsis included), for labels and previews. */
export function messageExcerpt(
  body: string,
  isHtml: boolean,
  maxLength: number = 200,
  options: SanitiseOptions = {}
): string {
  return truncate(messageNodesText(messageBodyNodes(body, isHtml, options)), maxLength);
}
