import type { MessageElementTag, MessageNode } from './MessageNode';
import { hostedImageSrc, safeLinkHref } from './messageUrls';

export interface MessageTreeOptions {
  graphOrigin: string;
}

/** Deeper than any message a person writes; below it an element keeps only its text. */
export const MAX_MESSAGE_DEPTH = 32;
const MAX_DIMENSION = 4096;
const MAX_ATTRIBUTE_LENGTH = 500;

const ELEMENT_TAGS: Readonly<Record<string, MessageElementTag>> = {
  p: 'p',
  br: 'br',
  div: 'div',
  span: 'span',
  b: 'b',
  strong: 'strong',
  i: 'i',
  em: 'em',
  u: 'u',
  s: 's',
  strike: 's',
  del: 'del',
  sub: 'sub',
  sup: 'sup',
  blockquote: 'blockquote',
  pre: 'pre',
  code: 'code',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  table: 'table',
  thead: 'thead',
  tbody: 'tbody',
  tfoot: 'tfoot',
  tr: 'tr',
  th: 'th',
  td: 'td',
  hr: 'hr'
};

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Whitespace between rows and cells is formatting of the source; React refuses text inside these.
const NO_TEXT_CHILDREN = new Set<MessageElementTag>(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol']);

function attribute(element: Element, name: string): string | undefined {
  const value = element.getAttribute(name)?.trim();
  return value ? value.slice(0, MAX_ATTRIBUTE_LENGTH) : undefined;
}

function integerIn(value: string | undefined, min: number, max: number): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value)) {
    return undefined;
  }
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

function textOf(node: Node): MessageNode[] {
  const text = node.textContent ?? '';
  return text ? [{ kind: 'text', text }] : [];
}

function childrenOf(parent: Node, options: MessageTreeOptions, depth: number): MessageNode[] {
  const nodes: MessageNode[] = [];
  parent.childNodes.forEach((child) => nodes.push(...toNodes(child, options, depth)));
  return nodes;
}

function toElement(element: Element, tag: MessageElementTag, options: MessageTreeOptions, depth: number): MessageNode {
  const children = tag === 'br' || tag === 'hr' ? [] : childrenOf(element, options, depth + 1);
  const kept = NO_TEXT_CHILDREN.has(tag)
    ? children.filter((child) => child.kind !== 'text' || child.text.trim() !== '')
    : children;
  if (tag !== 'td' && tag !== 'th') {
    return { kind: 'element', tag, children: kept };
  }
  const colSpan = integerIn(attribute(element, 'colspan'), 1, 100);
  const rowSpan = integerIn(attribute(element, 'rowspan'), 1, 100);
  return { kind: 'element', tag, children: kept, ...(colSpan && { colSpan }), ...(rowSpan && { rowSpan }) };
}

function toImage(element: Element, options: MessageTreeOptions): MessageNode[] {
  const alt = attribute(element, 'alt') ?? '';
  const src = hostedImageSrc(element.getAttribute('src'), options.graphOrigin);
  if (!src) {
    return alt ? [{ kind: 'text', text: alt }] : [];
  }
  const width = integerIn(attribute(element, 'width'), 1, MAX_DIMENSION);
  const height = integerIn(attribute(element, 'height'), 1, MAX_DIMENSION);
  return [{ kind: 'image', src, alt, ...(width && { width }), ...(height && { height }) }];
}

function toTeamsElement(element: Element, name: string, options: MessageTreeOptions, depth: number): MessageNode[] {
  if (name === 'at') {
    const id = integerIn(attribute(element, 'id'), 0, 999_999_999);
    return id === undefined ? textOf(element) : [{ kind: 'mention', id, text: element.textContent ?? '' }];
  }
  if (name === 'attachment') {
    const id = attribute(element, 'id');
    return id ? [{ kind: 'attachment', id }] : [];
  }
  // emoji: Teams puts the character in `alt`.
  const alt = attribute(element, 'alt');
  return alt ? [{ kind: 'text', text: alt }] : childrenOf(element, options, depth + 1);
}

function toElementNodes(element: Element, options: MessageTreeOptions, depth: number): MessageNode[] {
  const name = element.nodeName.toLowerCase();
  if (depth >= MAX_MESSAGE_DEPTH) {
    return textOf(element);
  }
  const tag = ELEMENT_TAGS[name];
  if (tag) {
    return [toElement(element, tag, options, depth)];
  }
  if (HEADINGS.has(name)) {
    // A heading in a message is emphasis, not a heading of the page it is shown on.
    const strong: MessageNode = { kind: 'element', tag: 'strong', children: childrenOf(element, options, depth + 1) };
    return [{ kind: 'element', tag: 'div', children: [strong] }];
  }
  if (name === 'a') {
    const href = safeLinkHref(element.getAttribute('href'));
    const children = childrenOf(element, options, depth + 1);
    return href ? [{ kind: 'link', href, children }] : children;
  }
  if (name === 'img') {
    return toImage(element, options);
  }
  if (name === 'at' || name === 'attachment' || name === 'emoji') {
    return toTeamsElement(element, name, options, depth);
  }
  // Anything else the sanitiser let through keeps its content, never itself.
  return childrenOf(element, options, depth + 1);
}

function toNodes(node: Node, options: MessageTreeOptions, depth: number): MessageNode[] {
  if (node.nodeType === Node.TEXT_NODE) {
    return textOf(node);
  }
  if (node.nodeType === Node.ELEMENT_NODE) {
    return toElementNodes(node as Element, options, depth);
  }
  return [];
}

/** The message tree of a sanitised DOM: only allowed elements, checked URLs, typed attributes. */
export function toMessageTree(root: Node, options: MessageTreeOptions): MessageNode[] {
  return childrenOf(root, options, 0);
}
