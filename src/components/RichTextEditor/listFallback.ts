import { isBlock, isList } from './editorElements';
import { closestWithin, placeCaret, selectionRange, selectRange } from './editorSelection';

function moveChildren(from: Node, to: Node): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}

function unwrapList(list: Element): void {
  const document = list.ownerDocument;
  const lines = Array.from(list.childNodes).map((child) => {
    if (child.nodeType !== 1 || (child as Element).localName !== 'li') return child;
    const line = document.createElement('div');
    moveChildren(child, line);
    return line;
  });
  list.replaceWith(...lines);
}

function retagList(list: Element, ordered: boolean): void {
  const other = list.ownerDocument.createElement(ordered ? 'ol' : 'ul');
  moveChildren(list, other);
  list.replaceWith(other);
}

/** The editor's top-level lines: each block child, and each run of inline nodes between them (Chromium's first line). */
function topLevelLines(root: HTMLElement): Node[][] {
  const lines: Node[][] = [];
  let inline: Node[] | undefined;
  root.childNodes.forEach((child) => {
    if (child.nodeType === 1 && isBlock(child as Element)) {
      inline = undefined;
      lines.push([child]);
    } else {
      if (!inline) lines.push((inline = []));
      inline.push(child);
    }
  });
  return lines;
}

function listItems(line: Node[]): HTMLElement[] {
  const [first] = line;
  const document = first.ownerDocument as Document;
  if (first.nodeType === 1 && isList(first as Element)) {
    return Array.from((first as Element).children).filter((child): child is HTMLElement => child.localName === 'li');
  }
  const item = document.createElement('li');
  if (line.length === 1 && first.nodeType === 1 && isBlock(first as Element)) moveChildren(first, item);
  else line.forEach((node) => item.appendChild(node));
  if (item.childNodes.length === 0) item.appendChild(document.createElement('br'));
  return [item];
}

/** Returns the first new item, where the caret goes when its old place was inside a line that is gone. */
function wrapLines(root: HTMLElement, range: Range, ordered: boolean): HTMLElement {
  const lines = topLevelLines(root);
  const touched = lines.filter((line) =>
    line.some((node) => range.intersectsNode(node) || node.contains(range.startContainer))
  );
  const list = root.ownerDocument.createElement(ordered ? 'ol' : 'ul');
  root.insertBefore(list, touched.length > 0 ? touched[0][0] : null);
  touched.forEach((line) => {
    listItems(line).forEach((item) => list.appendChild(item));
    line.forEach((node) => {
      if (node.parentNode === root) root.removeChild(node);
    });
  });
  if (list.children.length === 0) list.appendChild(listItems([root.ownerDocument.createElement('div')])[0]);
  return list.children[0] as HTMLElement;
}

/**
 * A bulleted or numbered list on (or off) for the lines in the selection without `execCommand`: in a list of
 * that kind it becomes lines again, in the other kind it changes kind, otherwise the lines become its items.
 */
export function toggleListFallback(root: HTMLElement, ordered: boolean): boolean {
  const range = selectionRange(root);
  if (!range) return false;
  const { startContainer, startOffset, endContainer, endOffset } = range;
  const list = closestWithin(startContainer, 'li', root)?.parentElement;
  let firstItem: HTMLElement | undefined;
  if (list && isList(list) && root.contains(list)) {
    if ((list.localName === 'ol') === ordered) unwrapList(list);
    else retagList(list, ordered);
  } else {
    firstItem = wrapLines(root, range, ordered);
  }
  if (firstItem && (!root.contains(startContainer) || startContainer === root)) {
    placeCaret(firstItem, 0);
    return true;
  }
  // The text nodes were moved, not copied, so the old positions are still valid.
  const restored = root.ownerDocument.createRange();
  restored.setStart(startContainer, startOffset);
  if (root.contains(endContainer)) restored.setEnd(endContainer, endOffset);
  selectRange(restored);
  return true;
}
