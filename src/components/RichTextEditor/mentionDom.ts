import type { MessagePerson } from '../../model/feed/Post';
import { mentionHtml } from './editorHtmlFromDraft';
import { isMention } from './editorElements';
import { placeCaret, selectionRange } from './editorSelection';

function mentionElement(document: Document, person: MessagePerson): Element {
  const template = document.createElement('template');
  template.innerHTML = mentionHtml(person);
  return template.content.firstElementChild as Element;
}

/**
 * Puts a mention where the range is, replacing what it holds, with a space after it and the caret after that.
 * The space is a no-break one, as the browser would type it: a plain space at the end of a line would not show.
 */
export function placeMention(range: Range, person: MessagePerson): void {
  const document = range.startContainer.ownerDocument as Document;
  const mention = mentionElement(document, person);
  const space = document.createTextNode('\u00a0');
  const fragment = document.createDocumentFragment();
  fragment.append(mention, space);
  range.deleteContents();
  range.insertNode(fragment);
  placeCaret(space, 1);
}

function isEmptyText(node: Node | null): boolean {
  return node !== null && node.nodeType === 3 && (node as Text).length === 0;
}

/** The mention right before the collapsed caret, which Backspace removes whole. */
export function mentionBeforeCaret(root: HTMLElement): Element | undefined {
  const range = selectionRange(root);
  if (!range || !range.collapsed) return undefined;
  const { startContainer: container, startOffset: offset } = range;
  let before: Node | null;
  if (container.nodeType === 3) before = offset === 0 ? container.previousSibling : null;
  else before = container.childNodes[offset - 1] ?? null;
  while (isEmptyText(before)) before = (before as Node).previousSibling;
  return before && before.nodeType === 1 && isMention(before as Element) ? (before as Element) : undefined;
}
