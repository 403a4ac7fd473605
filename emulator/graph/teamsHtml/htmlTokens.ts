/** One piece of a message body as the rewriter sees it. */
export type HtmlToken =
  | { kind: 'text'; text: string }
  | { kind: 'open'; name: string; attributes: Array<[string, string | null]>; selfClosing: boolean }
  | { kind: 'close'; name: string }
  | { kind: 'comment' };

const TAG = /^<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Array<[string, string | null]> {
  const attributes: Array<[string, string | null]> = [];
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes.push([match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? null]);
  }
  return attributes;
}

/** Where the markup at `at` ends and what it is; undefined when `<` there does not begin a tag or comment. */
function markupAt(html: string, at: number): { token: HtmlToken; end: number } | undefined {
  if (html.startsWith('<!--', at)) {
    const close = html.indexOf('-->', at + 4);
    return { token: { kind: 'comment' }, end: close < 0 ? html.length : close + 3 };
  }
  const match = TAG.exec(html.slice(at, at + 20_000));
  if (!match) {
    return undefined;
  }
  const name = match[2].toLowerCase();
  const token: HtmlToken =
    match[1] === '/'
      ? { kind: 'close', name }
      : { kind: 'open', name, attributes: attributesOf(match[3]), selfClosing: /\/\s*$/.test(match[3]) };
  return { token, end: at + match[0].length };
}

/**
 * Splits HTML into text, tags and comments. A `<` that begins no tag is text, as a browser reads it; an
 * unterminated comment runs to the end.
 */
export function htmlTokens(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let text = '';
  let at = 0;
  while (at < html.length) {
    const markup = html[at] === '<' ? markupAt(html, at) : undefined;
    if (!markup) {
      text += html[at];
      at++;
      continue;
    }
    if (text !== '') {
      tokens.push({ kind: 'text', text });
      text = '';
    }
    tokens.push(markup.token);
    at = markup.end;
  }
  if (text !== '') {
    tokens.push({ kind: 'text', text });
  }
  return tokens;
}
