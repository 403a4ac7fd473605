import { decodeEntities } from './htmlEntities';
import { normalisedMessageText } from './normalisedText';

describe('the normalised text of a message', () => {
  it.each([
    ['<p>a&nbsp;b</p>', 'a b'],
    ['<div><div>a b</div></div>', 'a b'],
    ['<p>a</p><p>b</p>', 'a b'],
    ['a<br>b', 'a b'],
    ['a<br/>\n\n<br />b', 'a b'],
    ['  a \t\n b  ', 'a b'],
    ['<p><strong>bo</strong>ld and <em>it</em>alic</p>', 'bold and italic'],
    ['<a href="https://x.example" rel="noreferrer noopener" title="https://x.example">link</a>', 'link'],
    ['<p>caf&eacute; &amp; &#233;&#xE9; &lt;b&gt;</p>', 'café & éé <b>'],
    ['<p>&quot;Quotes&quot; &#39;and&#39; &rsquo;curly&rsquo;</p>', '"Quotes" \'and\' \u2019curly\u2019'],
    ['<p>zero\u200bwidth&#8203;</p>', 'zerowidth'],
    ['<at id="0">Daan Bakker</at> kijk', 'Daan Bakker kijk'],
    ['<p>tekst</p><attachment id="abc"></attachment>', 'tekst'],
    ['Top<emoji id="1f44d_thumbsup" alt="👍" title="Like"></emoji>!', 'Top👍!'],
    ['Top<img itemtype="http://schema.skype.com/Emoji" alt="😀" src="x">', 'Top😀'],
    ['<p>a<!-- note -->b</p><img src="https://x.example/p.png" alt="photo">', 'ab'],
    ['<ul><li>one</li><li>two</li></ul>', 'one two'],
    ['e\u0301', '\u00e9']
  ])('%j reads as %j', (html, text) => {
    expect(normalisedMessageText(html)).toBe(text);
  });

  it('reads markup in a text body as text', () => {
    expect(normalisedMessageText('<p>literal</p>  &amp;', false)).toBe('<p>literal</p> &amp;');
  });

  it('keeps an attribute containing > inside its tag', () => {
    expect(normalisedMessageText('<a title="a > b" href="https://x.example">x</a>')).toBe('x');
  });
});

describe('character references', () => {
  it('decodes once, and leaves unknown or invalid ones as written', () => {
    expect(decodeEntities('&amp;lt; &bogus; &#0; &#xD800; &#1114112; &Uuml;')).toBe(
      '&lt; &bogus; &#0; &#xD800; &#1114112; Ü'
    );
  });
});
