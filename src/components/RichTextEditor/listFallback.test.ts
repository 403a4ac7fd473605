import type { InlineRun } from '../../model/composer/Draft';
import { draftFromEditorDom } from './draftFromEditorDom';
import { toggleListFallback } from './listFallback';

function editorWith(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.appendChild(root);
  return root;
}

function caretIn(node: Node, offset: number): void {
  const range = document.createRange();
  range.setStart(node, offset);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

const text = (value: string): InlineRun[] => [{ kind: 'text', text: value }];

afterEach(() => {
  document.body.innerHTML = '';
});

describe('toggleListFallback', () => {
  it("makes Chromium's bare first line an item, keeping the caret where it was", () => {
    const root = editorWith('first <b>line</b><div>second</div>');
    const caretNode = root.firstChild as Node;
    caretIn(caretNode, 3);
    expect(toggleListFallback(root, false)).toBe(true);
    expect(root.innerHTML).toBe('<ul><li>first <b>line</b></li></ul><div>second</div>');
    expect(document.getSelection()?.anchorNode).toBe(caretNode);
    expect(document.getSelection()?.anchorOffset).toBe(3);
  });

  it('joins the lines of a selection into one list, items of a neighbouring list included', () => {
    const root = editorWith('<div>one</div><ol><li>two</li></ol><div>three</div><div>four</div>');
    const range = document.createRange();
    range.setStart(root.firstChild?.firstChild as Node, 1);
    range.setEnd(root.childNodes[2].firstChild as Node, 1);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    toggleListFallback(root, true);
    expect(draftFromEditorDom(root)).toEqual({
      blocks: [
        { kind: 'list', ordered: true, items: [text('one'), text('two'), text('three')] },
        { kind: 'paragraph', runs: text('four') }
      ]
    });
  });

  it('turns a list of the same kind back into lines, and one of the other kind into this kind', () => {
    const root = editorWith('<ul><li>one</li><li>two</li></ul>');
    caretIn(root.querySelector('li')?.firstChild as Node, 1);
    toggleListFallback(root, true);
    expect(root.innerHTML).toBe('<ol><li>one</li><li>two</li></ol>');
    toggleListFallback(root, true);
    expect(root.innerHTML).toBe('<div>one</div><div>two</div>');
  });
});
