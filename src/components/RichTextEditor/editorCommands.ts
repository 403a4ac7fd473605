import type { DraftContent, InlineRun } from '../../model/composer/Draft';
import { editorHtmlFromDraft, runsHtml } from './editorHtmlFromDraft';
import { caretAfter, closestWithin, editingRange, selectionRange, selectRange } from './editorSelection';

interface CommandDocument {
  execCommand?: (command: string, showUi?: boolean, value?: string) => boolean;
  queryCommandState?: (command: string) => boolean;
}

/**
 * Runs a browser editing command, which keeps the browser's undo history; false where there is none (jsdom) or
 * it did nothing, so the caller can change the DOM itself.
 */
export function execute(root: HTMLElement, command: string, value?: string): boolean {
  const document = root.ownerDocument as unknown as CommandDocument;
  if (typeof document.execCommand !== 'function') return false;
  try {
    return document.execCommand(command, false, value);
  } catch {
    return false;
  }
}

/** The browser's view of a mark at the caret (it knows about Ctrl+B pressed before typing); undefined without one. */
export function commandState(root: HTMLElement, command: string): boolean | undefined {
  const document = root.ownerDocument as unknown as CommandDocument;
  if (typeof document.execCommand !== 'function' || typeof document.queryCommandState !== 'function') return undefined;
  try {
    return document.queryCommandState(command);
  } catch {
    return undefined;
  }
}

function insertNodes(root: HTMLElement, fragment: DocumentFragment): void {
  const range = editingRange(root);
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) caretAfter(last);
}

/** Inserts HTML the editor wrote itself (never pasted markup) at the caret, replacing the selection. */
export function insertHtml(root: HTMLElement, html: string): void {
  if (execute(root, 'insertHTML', html)) return;
  const template = root.ownerDocument.createElement('template');
  template.innerHTML = html;
  insertNodes(root, template.content);
}

export function insertText(root: HTMLElement, text: string): void {
  if (execute(root, 'insertText', text)) return;
  const fragment = root.ownerDocument.createDocumentFragment();
  fragment.appendChild(root.ownerDocument.createTextNode(text));
  insertNodes(root, fragment);
}

function endsItsBlock(node: Node): boolean {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && (next as Text).data === '') next = next.nextSibling;
  return next === null;
}

export function insertLineBreak(root: HTMLElement): void {
  if (execute(root, 'insertLineBreak')) return;
  const range = editingRange(root);
  const br = root.ownerDocument.createElement('br');
  range.deleteContents();
  range.insertNode(br);
  // A br that ends its block shows no new line; a second one gives the caret a line to go to.
  if (endsItsBlock(br)) br.after(root.ownerDocument.createElement('br'));
  caretAfter(br);
}

/** Makes the selection a link, or inserts one at the caret; inside an existing link, replaces that link. */
export function insertLink(root: HTMLElement, range: Range, href: string, text: string): void {
  const existing = closestWithin(range.commonAncestorContainer, 'a', root);
  if (existing) range.selectNode(existing);
  selectRange(range);
  if (!range.collapsed && range.toString() === text && execute(root, 'createLink', href)) {
    selectionRange(root)?.collapse(false);
    return;
  }
  const link: InlineRun = { kind: 'link', href, text };
  insertHtml(root, runsHtml([link]));
}

/** Inserts content at the caret: a single paragraph within the line, anything more as blocks. */
export function insertContent(root: HTMLElement, content: DraftContent): void {
  const [first] = content.blocks;
  if (content.blocks.length === 1 && first.kind === 'paragraph') insertHtml(root, runsHtml(first.runs));
  else insertHtml(root, editorHtmlFromDraft(content));
}
