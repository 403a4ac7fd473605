/** The elements a Teams channel message keeps: what Teams renders, and its own `<at>`, `<attachment>`, `<emoji>`. */
export const KEPT_ELEMENTS = new Set([
  ...['p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'sub', 'sup'],
  ...['blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'hr'],
  ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['at', 'attachment', 'emoji']
]);

/** Elements removed together with everything inside them. */
export const REMOVED_WITH_CONTENT = new Set([
  ...['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'title', 'head'],
  ...['svg', 'math', 'textarea', 'select', 'button', 'frameset', 'frame', 'applet']
]);

export const VOID_ELEMENTS = new Set(['br', 'hr', 'img']);

/** Block elements: a body with none of them at its top level is wrapped in one `<p>`. */
export const BLOCK_ELEMENTS = new Set([
  ...['p', 'div', 'ul', 'ol', 'blockquote', 'pre', 'table', 'hr'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6']
]);

/** The attributes kept per element; everything else (event handlers, `class`, most `style`) is dropped. */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height', 'style', 'itemtype', 'itemscope', 'id'],
  at: ['id'],
  attachment: ['id'],
  emoji: ['id', 'alt', 'title'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan']
};

const SAFE_LINK = /^(?:https?:|mailto:)/i;
const SAFE_IMAGE = /^(?:https?:|\.\.\/hostedContents\/)/i;

/** Whether an attribute survives on an element; URLs only with a scheme Teams opens. */
export function keepsAttribute(element: string, name: string, value: string | null): boolean {
  if (!(KEPT_ATTRIBUTES[element] ?? []).includes(name)) {
    return false;
  }
  if (name === 'href') {
    return value !== null && SAFE_LINK.test(value.trim());
  }
  if (name === 'src') {
    return value !== null && SAFE_IMAGE.test(value.trim());
  }
  return true;
}
