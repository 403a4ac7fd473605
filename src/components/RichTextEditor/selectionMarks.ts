import { commandState } from './editorCommands';
import { NO_MARKS, elementMarks } from './editorElements';
import type { SelectionMarks } from './RichTextEditor.types';

export const NO_SELECTION_MARKS: SelectionMarks = {
  bold: false,
  italic: false,
  bulletedList: false,
  numberedList: false,
  link: false
};

/** The formatting where the selection starts, read with the same rules as `draftFromEditorDom`. */
export function selectionMarks(root: HTMLElement, range: Range): SelectionMarks {
  const path: Element[] = [];
  let list: Element | undefined;
  const start = range.startContainer;
  for (let element = start.nodeType === 1 ? (start as Element) : start.parentElement; element && element !== root;) {
    path.unshift(element);
    if (!list && (element.localName === 'ul' || element.localName === 'ol')) list = element;
    element = element.parentElement;
  }
  const marks = path.reduce((inherited, element) => elementMarks(element, inherited), NO_MARKS);
  return {
    // The browser also knows the marks chosen for what is typed next, at a caret in unformatted text.
    bold: commandState(root, 'bold') ?? marks.bold,
    italic: commandState(root, 'italic') ?? marks.italic,
    bulletedList: list?.localName === 'ul',
    numberedList: list?.localName === 'ol',
    link: marks.href !== undefined
  };
}

export function sameSelectionMarks(a: SelectionMarks, b: SelectionMarks): boolean {
  return (Object.keys(a) as (keyof SelectionMarks)[]).every((key) => a[key] === b[key]);
}
