import { selectionRange, selectRange } from './editorSelection';

export type Mark = 'bold' | 'italic';

interface Boundaries {
  start: Node;
  startOffset: number;
  end: Node;
  endOffset: number;
}

/** Splits the text nodes at the selection's edges, so whole text nodes are selected. */
function splitAtBoundaries(range: Range): Boundaries {
  let { startContainer: start, startOffset, endContainer: end, endOffset } = range;
  if (end.nodeType === 3 && endOffset < (end as Text).length) (end as Text).splitText(endOffset);
  if (start.nodeType === 3 && startOffset > 0) {
    const tail = (start as Text).splitText(startOffset);
    if (end === start) {
      end = tail;
      endOffset -= startOffset;
    }
    start = tail;
    startOffset = 0;
  }
  return { start, startOffset, end, endOffset };
}

function selectedTextNodes(root: HTMLElement, range: Range): Text[] {
  const { start, startOffset, end, endOffset } = splitAtBoundaries(range);
  const selected = root.ownerDocument.createRange();
  selected.setStart(start, startOffset);
  selected.setEnd(end, endOffset);
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement as Element;
    const empty = text.length === 0 || (text === end && endOffset === 0);
    const structural = parent.localName === 'ul' || parent.localName === 'ol';
    if (!empty && !structural && !parent.closest('[contenteditable="false"]') && selected.intersectsNode(text)) {
      nodes.push(text);
    }
  }
  return nodes;
}

function wrapper(document: Document, mark: Mark, remove: boolean): HTMLElement {
  if (!remove) return document.createElement(mark === 'bold' ? 'b' : 'i');
  // An inner normal weight or style overrides any outer mark, the way Chromium unbolds part of a bold run.
  const span = document.createElement('span');
  if (mark === 'bold') span.style.fontWeight = 'normal';
  else span.style.fontStyle = 'normal';
  return span;
}

/**
 * Bold or italic on (or off) for the selected text without `execCommand`: each selected text node is wrapped,
 * which `draftFromEditorDom` reads the same as the browser's own formatting. False when nothing is selected.
 */
export function toggleMarkFallback(root: HTMLElement, mark: Mark, remove: boolean): boolean {
  const range = selectionRange(root);
  if (!range || range.collapsed) return false;
  const nodes = selectedTextNodes(root, range);
  if (nodes.length === 0) return false;
  nodes.forEach((node) => {
    const element = wrapper(root.ownerDocument, mark, remove);
    node.replaceWith(element);
    element.appendChild(node);
  });
  const selection = root.ownerDocument.createRange();
  selection.setStart(nodes[0], 0);
  selection.setEnd(nodes[nodes.length - 1], nodes[nodes.length - 1].length);
  selectRange(selection);
  return true;
}
