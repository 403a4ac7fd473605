import type { DraftContent, InlineRun } from '../../model/composer/Draft';
import { draftFromEditorDom } from './draftFromEditorDom';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

const draft = (html: string): DraftContent => draftFromEditorDom(dom(html));
const text = (value: string, marks: { bold?: boolean; italic?: boolean } = {}): InlineRun => ({
  kind: 'text',
  text: value,
  ...marks
});
const paragraph = (...runs: InlineRun[]): DraftContent['blocks'][number] => ({ kind: 'paragraph', runs });
const BR: InlineRun = { kind: 'lineBreak' };

describe('draftFromEditorDom', () => {
  it('reads the lines Chromium makes: a bare first line, then a div per Enter, <div><br></div> for an empty one', () => {
    expect(draft('first<div>second</div><div><br></div><div>fourth</div>')).toEqual({
      blocks: [paragraph(text('first')), paragraph(text('second')), paragraph(), paragraph(text('fourth'))]
    });
  });

  it('drops empty paragraphs at the end and whitespace between blocks', () => {
    expect(draft('<div>line</div><div><br></div>')).toEqual({ blocks: [paragraph(text('line'))] });
    expect(draft('<p>one</p>\n  <p>two</p>\n')).toEqual({ blocks: [paragraph(text('one')), paragraph(text('two'))] });
    expect(draft('')).toEqual({ blocks: [] });
    expect(draft('<br>')).toEqual({ blocks: [] });
    expect(draft('<div><br></div><div><br></div>')).toEqual({ blocks: [] });
  });

  it('keeps empty lines between paragraphs', () => {
    expect(draft('<div>a</div><div><br></div><div>b</div>').blocks).toHaveLength(3);
  });

  it('reads bold and italic from tags, nested either way, and from inline styles', () => {
    expect(draft('<i>a<b>b</b></i><strong>c</strong><em>d</em>')).toEqual({
      blocks: [
        paragraph(
          text('a', { italic: true }),
          text('b', { bold: true, italic: true }),
          text('c', { bold: true }),
          text('d', { italic: true })
        )
      ]
    });
    expect(
      draft('<span style="font-weight:bold">x</span><span style="font-weight: 700; font-style: italic">y</span>')
    ).toEqual({ blocks: [paragraph(text('x', { bold: true }), text('y', { bold: true, italic: true }))] });
  });

  it('lets an inner normal weight or style undo an outer mark, as Chromium writes when unbolding part of a word', () => {
    expect(
      draft('<b>bo<span style="font-weight: normal;">ld</span></b><i>x<span style="font-style:normal">y</span></i>')
    ).toEqual({
      blocks: [paragraph(text('bo', { bold: true }), text('ld'), text('x', { italic: true }), text('y'))]
    });
    // Google Docs wraps everything in <b style="font-weight:normal">.
    expect(draft('<b style="font-weight:normal" id="docs-internal-guid-1"><span>plain</span></b>')).toEqual({
      blocks: [paragraph(text('plain'))]
    });
  });

  it('merges neighbouring runs with the same marks', () => {
    expect(draft('<b>on</b><b>e</b><span>tw</span>o')).toEqual({
      blocks: [paragraph(text('one', { bold: true }), text('two'))]
    });
  });

  it('reads line breaks, dropping the one that ends a block', () => {
    expect(draft('<div>one<br>two<br></div>')).toEqual({ blocks: [paragraph(text('one'), BR, text('two'))] });
    expect(draft('<div>one<br><br></div>')).toEqual({ blocks: [paragraph(text('one'), BR)] });
  });

  it('resolves whitespace as the browser shows it and turns no-break spaces into spaces', () => {
    expect(draft('<div>  a \n  b  <b> c </b> </div>')).toEqual({
      blocks: [paragraph(text('a b '), text('c', { bold: true }))]
    });
    expect(draft('<div>a&nbsp; b&nbsp;</div><div>&nbsp;c</div>')).toEqual({
      blocks: [paragraph(text('a  b ')), paragraph(text(' c'))]
    });
    expect(draft('<div>one <br> two</div>')).toEqual({ blocks: [paragraph(text('one'), BR, text('two'))] });
  });

  it('keeps the whitespace of preformatted text', () => {
    expect(draft('<pre>a  b\n  c</pre>')).toEqual({ blocks: [paragraph(text('a  b'), BR, text('  c'))] });
  });

  it('reads bulleted and numbered lists, empty items included', () => {
    expect(draft('<ul><li>one</li><li><b>two</b></li></ul><ol><li>first</li><li><br></li></ol>')).toEqual({
      blocks: [
        { kind: 'list', ordered: false, items: [[text('one')], [text('two', { bold: true })]] },
        { kind: 'list', ordered: true, items: [[text('first')], []] }
      ]
    });
  });

  it('ends the paragraph before a list and starts one after it', () => {
    expect(draft('intro<ul><li>item</li></ul>outro')).toEqual({
      blocks: [
        paragraph(text('intro')),
        { kind: 'list', ordered: false, items: [[text('item')]] },
        paragraph(text('outro'))
      ]
    });
  });

  it('flattens nested lists into the outer one and blocks inside items into lines', () => {
    expect(draft('<ul><li>a<ul><li>b</li></ul>c</li><ol><li>d</li></ol></ul>')).toEqual({
      blocks: [{ kind: 'list', ordered: false, items: [[text('a')], [text('b')], [text('c')], [text('d')]] }]
    });
    expect(draft('<ol>\n <li><p>one</p><p>two</p></li>\n</ol>')).toEqual({
      blocks: [{ kind: 'list', ordered: true, items: [[text('one'), BR, text('two')]] }]
    });
  });

  it('reads links with safe targets, and keeps only the text of any other link', () => {
    expect(
      draft(
        '<a href="https://intranet.example/a?b=1&amp;c=2">page</a> <a href="mailto:x@hogeschool.example"><b>mail</b></a> ' +
          '<a href="javascript:alert(1)">evil</a> <a href=" JavaScript:alert(1)">also</a> <a href="/relative">rel</a>'
      )
    ).toEqual({
      blocks: [
        paragraph(
          { kind: 'link', href: 'https://intranet.example/a?b=1&c=2', text: 'page' },
          text(' '),
          { kind: 'link', href: 'mailto:x@hogeschool.example', text: 'mail', bold: true },
          text(' evil also rel')
        )
      ]
    });
  });

  it('reads mention spans as mentions', () => {
    expect(
      draft(
        'Hi <span contenteditable="false" data-mention-id="u-1" data-mention-name="Anne de Vries">@Anne de Vries</span>&nbsp;!'
      )
    ).toEqual({
      blocks: [
        paragraph(text('Hi '), { kind: 'mention', person: { id: 'u-1', displayName: 'Anne de Vries' } }, text(' !'))
      ]
    });
  });

  it('reads mention spans as their text when told to', () => {
    const root = dom('<span data-mention-id="u-1" data-mention-name="Anne">@Anne</span>');
    expect(draftFromEditorDom(root, { mentions: false })).toEqual({ blocks: [paragraph(text('@Anne'))] });
  });

  it('reduces hostile markup to its text, dropping scripts, styles, images, hidden parts and handlers', () => {
    const hostile =
      '<style>b{}</style><script>alert(1)</script><img src=x onerror="alert(1)"><div onclick="alert(2)">click</div>' +
      '<iframe src="https://evil.example"></iframe><span hidden>hidden</span><span style="display:none">gone</span>' +
      '<svg><text>svg</text></svg><u>under</u><font color="red">red</font><!-- comment --><button>btn</button>';
    expect(draft(hostile)).toEqual({ blocks: [paragraph(text('click')), paragraph(text('underred'))] });
  });

  it('reads tables as lines of cell text', () => {
    expect(draft('<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>')).toEqual({
      blocks: [paragraph(text('a b')), paragraph(text('c'))]
    });
  });
});
