import { emulatorPerFile } from '../../support/emulatorPerFile';
import { generalMessagesPath } from './channelHelpers';
import { DAAN, errorCode, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);
let base = '';

beforeAll(async () => {
  // Every case posts and reads back in one channel, faster than Graph's 4 requests a second per channel.
  await emulator.setThrottling({ channelMessages: false });
  base = (await generalMessagesPath(graph, 'Toetsing en beoordeling')).base;
});

/** Posts `content` and answers the body Graph stores, read back with a GET. */
async function stored(content: string, contentType = 'html', extra: Record<string, unknown> = {}): Promise<string> {
  const posted = await graph(base, {
    method: 'POST',
    body: JSON.stringify({ body: { contentType, content }, ...extra })
  });
  expect(posted.status).toBe(201);
  const read = await graph(`${base}/${String(posted.body.id)}`);
  const body = read.body.body as { content: string };
  expect((posted.body.body as { content: string }).content).toBe(body.content);
  return body.content;
}

describe('the HTML Teams stores for a channel message', () => {
  it.each([
    ['wraps a body without a block element in <p>', 'Hallo <b>allemaal</b>', '<p>Hallo <b>allemaal</b></p>'],
    ['leaves a body that starts with a block', '<p>Een</p><p>Twee</p>', '<p>Een</p><p>Twee</p>'],
    ['writes every <br> form as <br>', '<p>a<br/>b<BR />c<br>d</p>', '<p>a<br>b<br>c<br>d</p>'],
    ['decodes &nbsp; and &#160; to U+00A0', '<p>a&nbsp;b&#160;c&#xA0;d</p>', '<p>a\u00a0b\u00a0c\u00a0d</p>'],
    [
      'decodes numeric references and keeps &amp; &lt; &gt;',
      '<p>caf&#233; &amp; &lt;tag&gt;</p>',
      '<p>café &amp; &lt;tag&gt;</p>'
    ],
    ['escapes a bare & and <', '<p>R&D 3 < 4</p>', '<p>R&amp;D 3 &lt; 4</p>'],
    ['removes scripts with their content', '<p>hoi</p><script>alert(1)</script>', '<p>hoi</p>'],
    [
      'removes style elements and iframes',
      '<style>p{}</style><p>x</p><iframe src="https://e.example"></iframe>',
      '<p>x</p>'
    ],
    ['drops event handlers', '<p onclick="steal()">klik</p>', '<p>klik</p>'],
    [
      'drops style and class on text elements',
      '<p style="color:red" class="x"><span style="font-size:40px">groot</span></p>',
      '<p><span>groot</span></p>'
    ],
    [
      'keeps style on images',
      '<p><img src="https://e.example/a.png" style="width:10px" onerror="x()" alt="a"></p>',
      '<p><img src="https://e.example/a.png" style="width:10px" alt="a"></p>'
    ],
    [
      'drops javascript: links but keeps the text',
      '<p><a href="javascript:alert(1)">link</a></p>',
      '<p><a>link</a></p>'
    ],
    [
      'keeps http(s) and mailto links, quoting attributes',
      "<p><a href='https://e.example/?a=1&b=2' target=_blank>x</a></p>",
      '<p><a href="https://e.example/?a=1&amp;b=2">x</a></p>'
    ],
    [
      'unwraps elements Teams does not render',
      '<p><font color="red">rood</font><marquee>!</marquee></p>',
      '<p>rood!</p>'
    ],
    ['lower-cases tags and balances them', '<P><B>vet<I>schuin</P>', '<p><b>vet<i>schuin</i></b></p>'],
    ['removes comments', '<p>a<!-- verborgen -->b</p>', '<p>ab</p>']
  ])('%s', async (_name, sent, expected) => {
    expect(await stored(sent)).toBe(expected);
  });

  it('keeps mentions and attachments as Graph places them', async () => {
    const daan = await graph(`/users/${DAAN}?$select=id`);
    const content = 'Zie <at id=0>Daan</at> en <attachment id="doc1"></attachment>';
    const body = await stored(content, 'html', {
      mentions: [{ id: 0, mentionText: 'Daan', mentioned: { user: { id: daan.body.id } } }],
      attachments: [
        { id: 'doc1', contentType: 'reference', contentUrl: 'https://e.example/doc.docx', name: 'doc.docx' }
      ]
    });
    expect(body).toBe('<p>Zie <at id="0">Daan</at> en <attachment id="doc1"></attachment></p>');
  });

  it('stores a text body as sent', async () => {
    expect(await stored('a <b> & &nbsp;', 'text')).toBe('a <b> & &nbsp;');
  });

  it('refuses a message over 28 KB counted in UTF-8 bytes, and takes one just under it', async () => {
    const justUnder = `<p>${'é'.repeat((28 * 1024 - 8) / 2)}</p>`;
    expect(Buffer.byteLength(justUnder)).toBeLessThanOrEqual(28 * 1024);
    const fits = await graph(base, {
      method: 'POST',
      body: JSON.stringify({ body: { contentType: 'html', content: justUnder } })
    });
    expect(fits.status).toBe(201);
    const over = `<p>${'é'.repeat(28 * 512)}</p>`;
    expect(over.length).toBeLessThan(28 * 1024);
    const refused = await graph(base, {
      method: 'POST',
      body: JSON.stringify({ body: { contentType: 'html', content: over } })
    });
    expect(refused.status).toBe(413);
    expect(errorCode(refused)).toBe('RequestEntityTooLarge');
  });
});
