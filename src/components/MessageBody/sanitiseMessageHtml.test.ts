import type { MessageNode } from './MessageNode';
import { MAX_MESSAGE_DEPTH } from './messageTree';
import { messageBodyNodes, plainTextToMessageNodes, sanitiseMessageHtml } from './sanitiseMessageHtml';

const GRAPH = 'https://graph.microsoft.com';
const HOSTED = `${GRAPH}/v1.0/teams/3a25/channels/19:f6d5@thread.tacv2/messages/1786942895414/hostedContents/aWQ9eF8w/$value`;
const SAFE_TAGS = new Set(
  'p br div span b strong i em u s del sub sup blockquote pre code ul ol li table thead tbody tfoot tr th td hr'.split(
    ' '
  )
);

function flatten(nodes: readonly MessageNode[]): MessageNode[] {
  return nodes.flatMap((node) =>
    node.kind === 'element' || node.kind === 'link' ? [node, ...flatten(node.children)] : [node]
  );
}

function depthOf(nodes: readonly MessageNode[]): number {
  return Math.max(
    0,
    ...nodes.map((node) => (node.kind === 'element' || node.kind === 'link' ? 1 + depthOf(node.children) : 1))
  );
}

/** Everything in a tree that could run script or load from elsewhere. */
function dangers(nodes: readonly MessageNode[], graphOrigin = GRAPH): string[] {
  return flatten(nodes).flatMap((node) => {
    if (node.kind === 'element' && !SAFE_TAGS.has(node.tag)) {
      return [`element ${node.tag}`];
    }
    if (node.kind === 'link' && !/^(https?:\/\/|mailto:)/.test(node.href)) {
      return [`link ${node.href}`];
    }
    if (node.kind === 'image' && !node.src.startsWith(`${graphOrigin}/`)) {
      return [`image ${node.src}`];
    }
    return [];
  });
}

const text = (value: string): MessageNode => ({ kind: 'text', text: value });
const el = (tag: string, ...children: MessageNode[]): MessageNode =>
  ({ kind: 'element', tag, children }) as MessageNode;

describe('sanitiseMessageHtml against hostile HTML', () => {
  it.each([
    ['a script tag', '<p>hi</p><script>alert(1)</script>'],
    ['an image with an error handler', '<img src=x onerror=alert(1)>'],
    ['a javascript: link', '<a href="javascript:alert(1)">click</a>'],
    ['a javascript: link in mixed case with spaces', '<a href="  JaVaScRiPt:alert(1)">click</a>'],
    [
      'a decimal entity-encoded javascript: link',
      '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">click</a>'
    ],
    ['a hex entity-encoded javascript: link', '<a href="&#x6A;avascript&colon;alert(1)">click</a>'],
    ['a javascript: link split by a tab entity', '<a href="java&#x09;script:alert(1)">click</a>'],
    ['a javascript: link split by a newline', '<a href="java\nscript:alert(1)">click</a>'],
    ['a vbscript: link', '<a href="vbscript:msgbox(1)">click</a>'],
    ['a data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>'],
    ['a relative link', '<a href="/_layouts/15/evil.aspx">click</a>'],
    ['a script inside svg', '<svg><script>alert(1)</script></svg>'],
    ['an svg with onload', '<svg onload=alert(1)><circle r="4"/></svg>'],
    ['math with a foreign img (mXSS)', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['an iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    ['a style element', '<style>body { display: none }</style><p>text</p>'],
    ['a style attribute', '<p style="background:url(javascript:alert(1))">text</p>'],
    [
      'a form with formaction',
      '<form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">go</button></form>'
    ],
    ['object and embed', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">'],
    ['srcset on an image', '<img srcset="https://evil.example/x.png 1x" src="https://evil.example/x.png">'],
    [
      'base, meta and link',
      '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example"><link rel="stylesheet" href="https://evil.example/x.css">'
    ],
    ['noscript mXSS', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['a template', '<template><script>alert(1)</script></template>'],
    ['a body with onload', '<body onload="alert(1)"><p>x</p></body>'],
    ['event handlers on allowed elements', '<p onclick="alert(1)"><b onmouseover="alert(1)">x</b></p>'],
    ['a data: image', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="">'],
    ['a javascript: image', '<img src="javascript:alert(1)">'],
    [
      'a foreign-origin hosted-contents image',
      '<img src="https://evil.example/v1.0/teams/1/channels/2/messages/3/hostedContents/x/$value">'
    ],
    [
      'a look-alike Graph host',
      '<img src="https://graph.microsoft.com.evil.example/v1.0/chats/1/messages/3/hostedContents/x/$value">'
    ],
    [
      'credentials before the Graph host',
      '<img src="https://graph.microsoft.com@evil.example/v1.0/chats/1/messages/3/hostedContents/x/$value">'
    ],
    ['a Graph image that is not hosted content', '<img src="https://graph.microsoft.com/v1.0/me/photo/$value">'],
    [
      'a Graph image over http',
      '<img src="http://graph.microsoft.com/v1.0/chats/1/messages/3/hostedContents/x/$value">'
    ]
  ])('leaves nothing dangerous of %s', (_, html) => {
    const tree = sanitiseMessageHtml(html);

    expect(dangers(tree)).toEqual([]);
    expect(JSON.stringify(tree)).not.toMatch(/javascript|vbscript|data:|alert|onerror|onload|onclick|style|evil/i);
  });

  it('keeps the words of links it refuses, without the link', () => {
    expect(sanitiseMessageHtml('<p><a href="javascript:alert(1)">click <b>here</b></a></p>')).toEqual([
      el('p', text('click '), el('b', text('here')))
    ]);
  });

  it('keeps a safe link without its handlers or target', () => {
    const tree = sanitiseMessageHtml('<a href="https://ok.example/a?b=1" onclick="alert(1)" target="_self">ok</a>');
    expect(tree).toEqual([{ kind: 'link', href: 'https://ok.example/a?b=1', children: [text('ok')] }]);
  });

  it('reads a mention from an <at> with extra attributes and markup inside', () => {
    const tree = sanitiseMessageHtml(
      '<at id="0" onclick="alert(1)" style="color:red"><b onmouseover="alert(1)">Finn</b></at>'
    );
    expect(tree).toEqual([{ kind: 'mention', id: 0, text: 'Finn' }]);
  });

  it('shows an <at> whose id is not a number as its text', () => {
    expect(sanitiseMessageHtml('<at id="javascript:alert(1)">Finn</at>')).toEqual([text('Finn')]);
  });

  it('reads an <attachment> by its id only', () => {
    const tree = sanitiseMessageHtml(
      '<attachment id="abc" onclick="alert(1)" src="https://evil.example">x</attachment>'
    );
    expect(tree).toEqual([{ kind: 'attachment', id: 'abc' }]);
  });

  it('shows the alt text of an image it drops', () => {
    expect(sanitiseMessageHtml('<img src="https://evil.example/chart.png" alt="chart">')).toEqual([text('chart')]);
  });

  it('closes unclosed tags as a browser would', () => {
    expect(sanitiseMessageHtml('<p><b>bold <i>italic')).toEqual([
      el('p', el('b', text('bold '), el('i', text('italic'))))
    ]);
  });

  it('flattens nesting deeper than it renders into text', () => {
    const html = `${'<div><b>'.repeat(500)}deep${'</b></div>'.repeat(500)}`;
    const tree = sanitiseMessageHtml(html);

    expect(depthOf(tree)).toBeLessThanOrEqual(MAX_MESSAGE_DEPTH + 1);
    expect(dangers(tree)).toEqual([]);
    expect(JSON.stringify(tree)).toContain('deep');
  });

  it('returns nothing for an empty body', () => {
    expect(sanitiseMessageHtml('   ')).toEqual([]);
  });
});

describe('sanitiseMessageHtml with Teams content', () => {
  it('keeps a paragraph with a mention', () => {
    const html = '<p><at id="0">Finn van de Brink</at> weet hier veel van, misschien kan die helpen?</p>';
    expect(sanitiseMessageHtml(html)).toEqual([
      el(
        'p',
        { kind: 'mention', id: 0, text: 'Finn van de Brink' },
        text(' weet hier veel van, misschien kan die helpen?')
      )
    ]);
  });

  it('keeps an attachment placeholder after the text', () => {
    const html = '<p>Interessant artikel.</p><attachment id="1f425ba8-da9f-4ad7-8d96-8bbb0f027b08"></attachment>';
    expect(sanitiseMessageHtml(html)).toEqual([
      el('p', text('Interessant artikel.')),
      { kind: 'attachment', id: '1f425ba8-da9f-4ad7-8d96-8bbb0f027b08' }
    ]);
  });

  it('keeps a hosted image on the configured Graph origin, with its size', () => {
    const src =
      'http://localhost:4601/v1.0/teams/3a25/channels/19:f6d5@thread.tacv2/messages/1786942895414/hostedContents/aWQ9eF8w/$value';
    const html = `<p>Zo zag de verdeling eruit.</p><p><img src="${src}" width="200" height="120" alt="image" itemid="aWQ9"></p>`;
    expect(sanitiseMessageHtml(html, { graphOrigin: 'http://localhost:4601' })).toEqual([
      el('p', text('Zo zag de verdeling eruit.')),
      el('p', { kind: 'image', src, alt: 'image', width: 200, height: 120 })
    ]);
    expect(sanitiseMessageHtml(html)).toEqual([el('p', text('Zo zag de verdeling eruit.')), el('p', text('image'))]);
  });

  it('keeps a hosted image of a reply on graph.microsoft.com by default', () => {
    const src = `${GRAPH}/v1.0/teams/1/channels/2/messages/3/replies/4/hostedContents/x/$value`;
    expect(sanitiseMessageHtml(`<img src="${src}" alt="">`)).toEqual([{ kind: 'image', src, alt: '' }]);
    expect(sanitiseMessageHtml(`<img src="${HOSTED}" width="99999" height="-1">`)).toEqual([
      { kind: 'image', src: HOSTED, alt: '' }
    ]);
  });

  it('keeps formatting, lists, links, quotes and code', () => {
    const html =
      '<div><b>B</b><strong>S</strong><i>I</i><em>E</em><u>U</u><s>S</s><strike>K</strike><del>D</del>' +
      '<sub>2</sub><sup>3</sup></div><ul><li>one</li> <li>two</li></ul><ol><li>first</li></ol>' +
      '<blockquote>quoted</blockquote><pre><code>x = 1</code></pre><hr>' +
      '<p><a href="https://learn.microsoft.com">docs</a> <a href="mailto:finn@hogeschool.example">mail</a></p>';
    expect(sanitiseMessageHtml(html)).toEqual([
      el(
        'div',
        el('b', text('B')),
        el('strong', text('S')),
        el('i', text('I')),
        el('em', text('E')),
        el('u', text('U')),
        el('s', text('S')),
        el('s', text('K')),
        el('del', text('D')),
        el('sub', text('2')),
        el('sup', text('3'))
      ),
      el('ul', el('li', text('one')), el('li', text('two'))),
      el('ol', el('li', text('first'))),
      el('blockquote', text('quoted')),
      el('pre', el('code', text('x = 1'))),
      el('hr'),
      el('p', { kind: 'link', href: 'https://learn.microsoft.com/', children: [text('docs')] }, text(' '), {
        kind: 'link',
        href: 'mailto:finn@hogeschool.example',
        children: [text('mail')]
      })
    ]);
  });

  it('shows an emoji as its alt text', () => {
    expect(sanitiseMessageHtml('<p>Top <emoji id="smile" alt="😀" title="Smile"></emoji></p>')).toEqual([
      el('p', text('Top '), text('😀'))
    ]);
  });

  it('shows a heading as strong text, not as a heading of the page', () => {
    expect(sanitiseMessageHtml('<h1>Agenda</h1>')).toEqual([el('div', el('strong', text('Agenda')))]);
  });

  it('keeps a table with its cell spans and without whitespace between rows', () => {
    const html = '<table>\n<tr>\n<th colspan="2">Week</th>\n</tr><tr><td rowspan="x">1</td><td>2</td></tr></table>';
    expect(sanitiseMessageHtml(html)).toEqual([
      el(
        'table',
        el(
          'tbody',
          {
            kind: 'element',
            tag: 'tr',
            children: [{ kind: 'element', tag: 'th', colSpan: 2, children: [text('Week')] }]
          },
          el('tr', el('td', text('1')), el('td', text('2')))
        )
      )
    ]);
  });
});

describe('plain-text bodies', () => {
  it('keeps lines as text with breaks between them', () => {
    expect(plainTextToMessageNodes('one\ntwo\r\n\nthree')).toEqual([
      text('one'),
      el('br'),
      text('two'),
      el('br'),
      el('br'),
      text('three')
    ]);
  });

  it('never reads markup in a plain-text body', () => {
    expect(messageBodyNodes('<img src=x onerror=alert(1)>', false)).toEqual([text('<img src=x onerror=alert(1)>')]);
    expect(messageBodyNodes('', false)).toEqual([]);
  });
});
