import type { MessagePerson } from '../feed/Post';
import type { Block } from './Draft';
import { draftBlocksHtml, escapeHtml, hasContent, safeHref } from './draftHtml';
import { draftContentFromText } from './plainTextDraft';

const noMentions = (person: MessagePerson): string => `[${person.displayName}]`;
const html = (blocks: Block[]): string => draftBlocksHtml(blocks, noMentions);

describe('the HTML a draft becomes', () => {
  it('writes paragraphs, bold, italic, links, lists and line breaks', () => {
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        runs: [
          { kind: 'text', text: 'Read ' },
          { kind: 'text', text: 'this', bold: true },
          { kind: 'text', text: ' now', italic: true, bold: true },
          { kind: 'lineBreak' },
          { kind: 'link', href: 'https://intranet.example/page', text: 'the page' }
        ]
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'text', text: 'two' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }]] }
    ];
    expect(html(blocks)).toBe(
      '<p>Read <strong>this</strong><em><strong> now</strong></em><br><a href="https://intranet.example/page">the page</a></p>' +
        '<ul><li>one</li><li>two</li></ul><ol><li>first</li></ol>'
    );
  });

  it('escapes everything typed, markup and quotes included', () => {
    const typed = `<script>alert("x")</script> & <b>bold</b> 'quoted'`;
    expect(html(draftContentFromText(typed).blocks)).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#39;</p>'
    );
  });

  it('turns typed line breaks into <br> and blank lines into paragraphs', () => {
    expect(html(draftContentFromText('one\ntwo\r\n\r\nthree').blocks)).toBe('<p>one<br>two</p><p>three</p>');
  });

  it('keeps a link to anything but http(s) or mailto as its text, and escapes the href', () => {
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        runs: [
          { kind: 'link', href: 'javascript:alert(1)', text: 'click' },
          { kind: 'link', href: 'mailto:anne@hogeschool.example', text: '' },
          { kind: 'link', href: 'https://x.example/?a=1&b="2"', text: 'q' }
        ]
      }
    ];
    expect(html(blocks)).toBe(
      '<p>click<a href="mailto:anne@hogeschool.example">mailto:anne@hogeschool.example</a>' +
        '<a href="https://x.example/?a=1&amp;b=&quot;2&quot;">q</a></p>'
    );
  });

  it('leaves mentions to the markup it is given', () => {
    const person = { id: 'u1', displayName: 'Daan' };
    expect(html([{ kind: 'paragraph', runs: [{ kind: 'mention', person }] }])).toBe('<p>[Daan]</p>');
  });

  it('knows an empty draft from one with something to send', () => {
    expect(hasContent(draftContentFromText('  \n\n ').blocks)).toBe(false);
    expect(hasContent([{ kind: 'paragraph', runs: [{ kind: 'text', text: ' ' }, { kind: 'lineBreak' }] }])).toBe(false);
    expect(hasContent([{ kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'x' }]] }])).toBe(true);
    expect(
      hasContent([{ kind: 'paragraph', runs: [{ kind: 'mention', person: { id: 'u', displayName: 'U' } }] }])
    ).toBe(true);
  });

  it('accepts only http(s) links with a host and mailto', () => {
    expect(safeHref(' https://a.example ')).toBe('https://a.example');
    expect(safeHref('http:///nohost')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(escapeHtml(`<&>"'`)).toBe('&lt;&amp;&gt;&quot;&#39;');
  });
});
