/** The selection's range when it lies inside the editor. */
export function selectionRange(root: HTMLElement): Range | undefined {
  const selection = root.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  return root.contains(range.startContainer) && root.contains(range.endContainer) ? range : undefined;
}

export function selectRange(range: Range): void {
  const selection = range.startContainer.ownerDocument?.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

export function placeCaret(node: Node, offset: number): void {
  const range = (node.ownerDocument as Document).createRange();
  range.setStart(node, offset);
  range.collapse(true);
  selectRange(range);
}

export function caretAfter(node: Node): void {
  const range = (node.ownerDocument as Document).createRange();
  range.setStartAfter(node);
  range.collapse(true);
  selectRange(range);
}

export function endRange(root: HTMLElement): Range {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  range.collapse(false);
  return range;
}

/** The selection inside the editor, or a caret at its end. */
export function editingRange(root: HTMLElement): Range {
  return selectionRange(root) ?? endRange(root);
}

/** Focus into the editor with the selection it had (toolbar and link form take focus away). */
export function restoreSelection(root: HTMLElement, saved: Range | undefined): void {
  root.focus({ preventScroll: true });
  if (saved && root.contains(saved.startContainer) && root.contains(saved.endContainer)) {
    selectRange(saved);
  } else if (!selectionRange(root)) {
    selectRange(endRange(root));
  }
}

export function closestWithin(node: Node, selector: string, root: HTMLElement): Element | undefined {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  const found = element?.closest(selector);
  return found && found !== root && root.contains(found) ? found : undefined;
}

/** The text node the collapsed caret is in (or just after), with the caret's offset in it. */
export function caretText(root: HTMLElement): { node: Text; offset: number } | undefined {
  const range = selectionRange(root);
  if (!range || !range.collapsed) return undefined;
  const { startContainer: container, startOffset: offset } = range;
  if (container.nodeType === 3) return { node: container as Text, offset };
  const before = container.childNodes[offset - 1];
  return before?.nodeType === 3 ? { node: before as Text, offset: (before as Text).length } : undefined;
}
