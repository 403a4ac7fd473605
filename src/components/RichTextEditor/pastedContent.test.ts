import { pastedContent, pastedDraftFromHtml } from './pastedContent';

describe('pastedDraftFromHtml', () => {
  it('keeps bold, italic, lists and safe links from a word processor', () => {
    const word =
      '<html><head><style>p.MsoNormal{margin:0}</style></head><body><!--StartFragment-->' +
      '<p class="MsoNormal"><b>Agenda</b> for <i>Monday</i><o:p></o:p></p>' +
      '<ul><li>Coffee</li><li><a href="https://intranet.example/rooms">Room</a></li></ul><!--EndFragment--></body></html>';
    expect(pastedDraftFromHtml(word)).toEqual({
      blocks: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'text', text: 'Agenda', bold: true },
            { kind: 'text', text: ' for ' },
            { kind: 'text', text: 'Monday', italic: true }
          ]
        },
        {
          kind: 'list',
          ordered: false,
          items: [
            [{ kind: 'text', text: 'Coffee' }],
            [{ kind: 'link', href: 'https://intranet.example/rooms', text: 'Room' }]
          ]
        }
      ]
    });
  });

  it('drops scripts, styles, images, event handlers and dangerous links', () => {
    const hostile =
      '<script>window.pwned = true</script><style>*{display:none}</style>' +
      '<p onclick="window.pwned = true">Hello <img src="x" onerror="window.pwned = true">' +
      '<a href="javascript:window.pwned = true">there</a><a href="data:text/html,x">data</a></p>' +
      '<iframe srcdoc="<p>frame</p>"></iframe><object data="x">object</object>';
    expect(pastedDraftFromHtml(hostile)).toEqual({
      blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Hello theredata' }] }]
    });
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('keeps pasted mention spans as text, so a paste cannot mention someone under another name', () => {
    const spoof = '<span contenteditable="false" data-mention-id="ceo" data-mention-name="Bob">@Bob</span> hi';
    expect(pastedDraftFromHtml(spoof)).toEqual({
      blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: '@Bob hi' }] }]
    });
  });
});

describe('pastedContent', () => {
  it('prefers HTML with content, else takes the plain text', () => {
    expect(pastedContent({ html: '<b>x</b>', text: 'x' })).toEqual({
      kind: 'content',
      content: { blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'x', bold: true }] }] }
    });
    expect(pastedContent({ html: '<img src="a.png">', text: 'a picture' })).toEqual({
      kind: 'text',
      text: 'a picture'
    });
    expect(pastedContent({ html: '', text: '<b>not markup</b>' })).toEqual({ kind: 'text', text: '<b>not markup</b>' });
  });

  it('turns plain text lines into paragraphs and line breaks', () => {
    expect(pastedContent({ html: '', text: 'one\ntwo\n\nthree' })).toEqual({
      kind: 'content',
      content: {
        blocks: [
          {
            kind: 'paragraph',
            runs: [{ kind: 'text', text: 'one' }, { kind: 'lineBreak' }, { kind: 'text', text: 'two' }]
          },
          { kind: 'paragraph', runs: [{ kind: 'text', text: 'three' }] }
        ]
      }
    });
  });

  it('has nothing to paste from an empty clipboard', () => {
    expect(pastedContent({ html: '', text: '' })).toBeUndefined();
    expect(pastedContent({ html: '', text: '\n\n' })).toBeUndefined();
  });
});
