import type { DraftContent } from '../../model/composer/Draft';
import { editorHtmlFromDraft, mentionHtml } from './editorHtmlFromDraft';

const paragraphs = (...texts: string[]): DraftContent => ({
  blocks: texts.map((text) => ({ kind: 'paragraph', runs: [{ kind: 'text', text }] }))
});

describe('editorHtmlFromDraft', () => {
  it('writes a div per paragraph, b and i for marks, lists, links and line breaks', () => {
    const content: DraftContent = {
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'text', text: 'Read ' },
            { kind: 'text', text: 'this', bold: true, italic: true },
            { kind: 'lineBreak' },
            { kind: 'link', href: 'https://intranet.example/page', text: 'the page', italic: true }
          ]
        },
        { kind: 'paragraph', runs: [] },
        { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'one' }], []] }
      ]
    };
    expect(editorHtmlFromDraft(content)).toBe(
      '<div>Read <i><b>this</b></i><br><a href="https://intranet.example/page"><i>the page</i></a></div>' +
        '<div><br></div><ol><li>one</li><li><br></li></ol>'
    );
  });

  it('escapes markup, quotes and ampersands in text, hrefs and mentions', () => {
    expect(editorHtmlFromDraft(paragraphs(`<script>alert("x")</script> & 'q'`))).toBe(
      '<div>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</div>'
    );
    const link: DraftContent = {
      blocks: [{ kind: 'paragraph', runs: [{ kind: 'link', href: 'https://x.example/?a=1&b="2"', text: '<b>' }] }]
    };
    expect(editorHtmlFromDraft(link)).toBe(
      '<div><a href="https://x.example/?a=1&amp;b=&quot;2&quot;">&lt;b&gt;</a></div>'
    );
    expect(mentionHtml({ id: 'u"1', displayName: '<Anne> & "Co"' })).toBe(
      '<span contenteditable="false" data-mention-id="u&quot;1" data-mention-name="&lt;Anne&gt; &amp; &quot;Co&quot;">' +
        '@&lt;Anne&gt; &amp; &quot;Co&quot;</span>'
    );
  });

  it('writes links to anything but http(s) or mailto as text', () => {
    const content: DraftContent = {
      blocks: [{ kind: 'paragraph', runs: [{ kind: 'link', href: 'javascript:alert(1)', text: 'click' }] }]
    };
    expect(editorHtmlFromDraft(content)).toBe('<div>click</div>');
  });

  it('writes spaces the browser would collapse as no-break spaces', () => {
    expect(editorHtmlFromDraft(paragraphs(' a  b   c ', 'x'))).toBe(
      '<div>&nbsp;a &nbsp;b &nbsp; c&nbsp;</div><div>x</div>'
    );
  });

  it('doubles a line break that ends a block, so the empty line shows', () => {
    const content: DraftContent = {
      blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'a' }, { kind: 'lineBreak' }] }]
    };
    expect(editorHtmlFromDraft(content)).toBe('<div>a<br><br></div>');
  });

  it('writes a mention as a non-editable span', () => {
    const content: DraftContent = {
      blocks: [{ kind: 'paragraph', runs: [{ kind: 'mention', person: { id: 'u-1', displayName: 'Daan' } }] }]
    };
    expect(editorHtmlFromDraft(content)).toBe(
      '<div><span contenteditable="false" data-mention-id="u-1" data-mention-name="Daan">@Daan</span></div>'
    );
  });

  it('writes nothing for empty content', () => {
    expect(editorHtmlFromDraft({ blocks: [] })).toBe('');
    expect(editorHtmlFromDraft({ blocks: [{ kind: 'paragraph', runs: [] }] })).toBe('');
  });
});
