const NAMED: Record<string, string> = {
  nbsp: '\u00a0',
  apos: "'",
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  euro: '€',
  copy: '©',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”'
};
const REFERENCE_OR_SPECIAL = /&(?:#(\d{1,7});?|#x([0-9a-f]{1,6});?|([a-z][a-z0-9]{1,31});)|[&<>]/gi;
const ESCAPED: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

function decoded(decimal: string | undefined, hex: string | undefined, name: string | undefined): string | undefined {
  if (name !== undefined) {
    return NAMED[name.toLowerCase()];
  }
  const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : undefined;
}

function escaped(character: string): string {
  return ESCAPED[character] ?? character;
}

/**
 * One form for every character of a text run: references are decoded (`&nbsp;` and `&#160;` become U+00A0,
 * `&#233;` becomes é) and only `&`, `<` and `>` are written as references again, each as `&amp;`, `&lt;`, `&gt;`.
 * A named reference the rewriter does not know stays as it was sent; a bare `&` becomes `&amp;`.
 */
export function normaliseText(text: string): string {
  return text.replace(REFERENCE_OR_SPECIAL, (match, decimal?: string, hex?: string, name?: string) => {
    if (match.length === 1) {
      return escaped(match);
    }
    const character = decoded(decimal, hex, name);
    if (character !== undefined) {
      return Array.from(character).map(escaped).join('');
    }
    return name !== undefined ? match : `&amp;${match.slice(1)}`;
  });
}

/** An attribute value written between double quotes. */
export function attributeValue(value: string): string {
  return normaliseText(value).replace(/"/g, '&quot;');
}
