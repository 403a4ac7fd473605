import { draftFromEditorDom } from './draftFromEditorDom';
import { toggleMarkFallback } from './markFallback';

function editorWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.appendChild(root);
  return root;
}

function selectBetween(start: Node, startOffset: number, end: Node, endOffset: number): void {
  const range = document.createRange();
  range.setStart(start, startOffset);
  range.setEnd(end, endOffset);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('toggleMarkFallback', () => {
  it('marks a selection across lines without changing the lines', () => {
    const root = editorWith('first<div>second</div><ul><li>third</li></ul>');
    selectBetween(root.firstChild as Node, 2, root.querySelector('li')?.firstChild as Node, 3);
    expect(toggleMarkFallback(root, 'bold', false)).toBe(true);
    expect(draftFromEditorDom(root)).toEqual({
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'text', text: 'fi' },
            { kind: 'text', text: 'rst', bold: true }
          ]
        },
        { kind: 'paragraph', runs: [{ kind: 'text', text: 'second', bold: true }] },
        {
          kind: 'list',
          ordered: false,
          items: [
            [
              { kind: 'text', text: 'thi', bold: true },
              { kind: 'text', text: 'rd' }
            ]
          ]
        }
      ]
    });
    expect(document.getSelection()?.toString()).toBe('rstsecondthi');
  });

  it('takes a mark off part of a marked run, and leaves mentions alone', () => {
    const root = editorWith(
      '<i>slanted <span contenteditable="false" data-mention-id="u" data-mention-name="A">@A</span> text</i>'
    );
    const italic = root.firstChild as HTMLElement;
    selectBetween(italic.firstChild as Node, 4, italic.lastChild as Node, 3);
    expect(toggleMarkFallback(root, 'italic', true)).toBe(true);
    expect(root.querySelector('[data-mention-id]')?.parentElement).toBe(italic);
    expect(draftFromEditorDom(root)).toEqual({
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'text', text: 'slan', italic: true },
            { kind: 'text', text: 'ted ' },
            { kind: 'mention', person: { id: 'u', displayName: 'A' } },
            { kind: 'text', text: ' te' },
            { kind: 'text', text: 'xt', italic: true }
          ]
        }
      ]
    });
  });

  it('does nothing at a collapsed caret', () => {
    const root = editorWith('text');
    selectBetween(root.firstChild as Node, 2, root.firstChild as Node, 2);
    expect(toggleMarkFallback(root, 'bold', false)).toBe(false);
    expect(root.innerHTML).toBe('text');
  });
});
