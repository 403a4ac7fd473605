import type { Block, DraftContent, InlineRun } from '../../model/composer/Draft';
import { draftFromEditorDom } from './draftFromEditorDom';
import { editorHtmlFromDraft } from './editorHtmlFromDraft';
import { normaliseDraft } from './normaliseDraft';

function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
}

const roundTrip = (content: DraftContent): DraftContent => draftFromEditorDom(parse(editorHtmlFromDraft(content)));

const t = (text: string, marks: { bold?: boolean; italic?: boolean } = {}): InlineRun => ({
  kind: 'text',
  text,
  ...marks
});
const link = (href: string, text: string, marks: { bold?: boolean; italic?: boolean } = {}): InlineRun => ({
  kind: 'link',
  href,
  text,
  ...marks
});
const mention = (id: string, displayName: string): InlineRun => ({ kind: 'mention', person: { id, displayName } });
const BR: InlineRun = { kind: 'lineBreak' };
const p = (...runs: InlineRun[]): Block => ({ kind: 'paragraph', runs });
const list = (ordered: boolean, ...items: InlineRun[][]): Block => ({ kind: 'list', ordered, items });

const CASES: Record<string, Block[]> = {
  empty: [],
  'one word': [p(t('hello'))],
  'marks in every combination': [
    p(t('a'), t('b', { bold: true }), t('c', { italic: true }), t('d', { bold: true, italic: true }))
  ],
  'spaces at the edges, doubled and tripled': [p(t(' lead')), p(t('trail ')), p(t('a  b   c    d')), p(t('   '))],
  'spaces at mark boundaries': [p(t('a '), t(' b', { bold: true }), t(' ', { italic: true }), t(' c'))],
  'line breaks within, at the start and at the end': [
    p(t('a'), BR, t('b')),
    p(BR, t('c')),
    p(t('d'), BR),
    p(BR),
    p(BR, BR)
  ],
  'spaces around line breaks': [p(t('a '), BR, t(' b'))],
  'empty paragraphs in the middle and at the start': [p(), p(t('a')), p(), p(), p(t('b'))],
  'links with marks and with awkward targets': [
    p(
      link('https://intranet.example/a?b=1&c="2"#x', 'page', { bold: true }),
      t(' and '),
      link('mailto:a@b.example', 'mail')
    )
  ],
  'a link beside text with the same marks': [p(t('see '), link('https://x.example', 'here'), t(' now'))],
  'adjacent links to different targets': [p(link('https://a.example', 'a'), link('https://b.example', 'b'))],
  'markup and entities as text': [p(t('<script>alert("x")</script> &amp; \' " < >'))],
  'unicode, emoji and no-break-looking text': [p(t('Café ☕ 👩‍💻 Ωmega – “quotes”'))],
  mentions: [p(t('Hi '), mention('u-1', 'Anne de Vries'), t(' and '), mention('u"2', '<Bob> & Co'), t('!'))],
  'mentions side by side and at the edges': [
    p(mention('u-1', 'A'), mention('u-2', 'B')),
    p(mention('u-3', 'C'), t(' '))
  ],
  'a bulleted list': [list(false, [t('one')], [t('two', { bold: true })], [])],
  'a numbered list with line breaks in items': [list(true, [t('a'), BR, t('b')], [t('c'), BR], [BR])],
  'lists side by side': [list(false, [t('a')]), list(false, [t('b')]), list(true, [t('c')])],
  'paragraphs around lists': [p(t('intro')), list(false, [t('x'), t(' y', { italic: true })]), p(t('outro'))],
  'a list item with a mention and a link': [
    list(true, [mention('u-1', 'A'), t(' see '), link('https://x.example', 'x')])
  ]
};

describe('editor HTML round trip', () => {
  it.each(Object.entries(CASES))('reads back what it writes: %s', (_, blocks) => {
    const content: DraftContent = { blocks };
    expect(normaliseDraft(content)).toEqual(content);
    expect(roundTrip(content)).toEqual(content);
  });

  it('reads back content that is not normalised as its normal form', () => {
    const content: DraftContent = {
      blocks: [
        p(t('a\nb\r\nc'), t(''), t('d\te\u00a0f'), t('g')),
        p(link('javascript:alert(1)', 'js'), link('https://x.example', ''), link('https://x.example', '  ')),
        list(false),
        p(t('x', { bold: false, italic: false })),
        p(),
        p()
      ]
    };
    const normal = normaliseDraft(content);
    expect(normal).toEqual({
      blocks: [
        p(t('a'), BR, t('b'), BR, t('cd e fg')),
        p(t('js'), link('https://x.example', 'https://x.examplehttps://x.example')),
        p(t('x'))
      ]
    });
    expect(roundTrip(content)).toEqual(normal);
  });
});

/** A small deterministic generator (mulberry32), so a failing case can be replayed by its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'word', ' ', '  ', 'é', '<', '&', '"', "'", '>', '&amp;', '👍', '\n', '@', 'x y'];

function randomRuns(next: () => number): InlineRun[] {
  const pick = <T>(options: readonly T[]): T => options[Math.floor(next() * options.length)];
  const count = Math.floor(next() * 6);
  return Array.from({ length: count }, (): InlineRun => {
    const marks = { bold: next() < 0.3, italic: next() < 0.3 };
    const text = Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(PIECES)).join('');
    switch (pick(['text', 'text', 'text', 'link', 'mention', 'lineBreak'] as const)) {
      case 'text':
        return t(text, marks);
      case 'link':
        return link(pick(['https://x.example/?q=1&r=2', 'mailto:a@b.example', 'ftp://no.example']), text, marks);
      case 'mention':
        return mention(`u-${pick(['1', '2', '"3'])}`, pick(['Anne', 'Bob de Wit', '<Eve>']));
      case 'lineBreak':
        return BR;
    }
  });
}

function randomDraft(seed: number): DraftContent {
  const next = random(seed);
  const blocks = Array.from({ length: Math.floor(next() * 5) }, (): Block => {
    if (next() < 0.7) return p(...randomRuns(next));
    return list(next() < 0.5, ...Array.from({ length: Math.floor(next() * 4) }, () => randomRuns(next)));
  });
  return normaliseDraft({ blocks });
}

describe('editor HTML round trip over generated drafts', () => {
  it('reads back every normalised draft it writes', () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const content = randomDraft(seed);
      expect(normaliseDraft(content)).toEqual(content);
      expect({ seed, content: roundTrip(content) }).toEqual({ seed, content });
    }
  });
});
