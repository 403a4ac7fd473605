import { htmlTokens, type HtmlToken } from './htmlTokens';
import { BLOCK_ELEMENTS, KEPT_ELEMENTS, keepsAttribute, REMOVED_WITH_CONTENT, VOID_ELEMENTS } from './teamsHtmlPolicy';
import { attributeValue, normaliseText } from './textEntities';

type OpenTag = Extract<HtmlToken, { kind: 'open' }>;

function openTagHtml(tag: OpenTag): string {
  const attributes = tag.attributes
    .filter(([name, value]) => keepsAttribute(tag.name, name, value))
    .map(([name, value]) => (value === null ? ` ${name}` : ` ${name}="${attributeValue(value)}"`));
  return `<${tag.name}${attributes.join('')}>`;
}

/** Writes the kept elements back, balanced: stray end tags go, open elements are closed at the end. */
class BalancedWriter {
  private readonly out: string[] = [];
  private readonly open: string[] = [];
  private topLevelBlock = false;

  public text(text: string): void {
    this.out.push(normaliseText(text));
  }

  public start(tag: OpenTag): void {
    if (this.open.length === 0 && BLOCK_ELEMENTS.has(tag.name)) {
      this.topLevelBlock = true;
    }
    this.out.push(openTagHtml(tag));
    if (!VOID_ELEMENTS.has(tag.name) && !tag.selfClosing) {
      this.open.push(tag.name);
    } else if (!VOID_ELEMENTS.has(tag.name)) {
      this.out.push(`</${tag.name}>`);
    }
  }

  public end(name: string): void {
    const at = this.open.lastIndexOf(name);
    if (at < 0) {
      return;
    }
    while (this.open.length > at) {
      this.out.push(`</${this.open.pop() as string}>`);
    }
  }

  public finish(): string {
    this.end(this.open[0] ?? '');
    const html = this.out.join('');
    return this.topLevelBlock ? html : `<p>${html}</p>`;
  }
}

/**
 * The HTML Teams stores for a channel message sent as HTML. Microsoft documents no sanitiser
 * (microsoftgraph/microsoft-graph-docs#9462), so this is what clients meet in practice, in one form: elements Teams
 * does not render lose their tags (their text stays), scripts, styles and embedded objects go with their content,
 * event handlers and other attributes go, `style` stays on images only, links keep http(s) and mailto, tags are
 * lower case with double-quoted attributes, `<br/>` is `<br>`, character references are decoded (`&nbsp;` is
 * U+00A0), end tags are balanced, and a body without a block element at its top is wrapped in one `<p>`.
 */
export function rewriteTeamsHtml(html: string): string {
  const writer = new BalancedWriter();
  let removing: { name: string; depth: number } | undefined;
  for (const token of htmlTokens(html)) {
    if (removing) {
      if (token.kind === 'open' && token.name === removing.name && !token.selfClosing) removing.depth++;
      if (token.kind === 'close' && token.name === removing.name && --removing.depth === 0) removing = undefined;
      continue;
    }
    if (token.kind === 'text') {
      writer.text(token.text);
    } else if (token.kind === 'open' && REMOVED_WITH_CONTENT.has(token.name)) {
      removing = token.selfClosing ? undefined : { name: token.name, depth: 1 };
    } else if (token.kind === 'open' && KEPT_ELEMENTS.has(token.name)) {
      writer.start(token);
    } else if (token.kind === 'close' && KEPT_ELEMENTS.has(token.name)) {
      writer.end(token.name);
    }
  }
  return writer.finish();
}
