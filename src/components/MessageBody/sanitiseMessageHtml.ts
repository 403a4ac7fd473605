import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier } from 'dompurify';
import type { MessageNode } from './MessageNode';
import { plainTextToMessageNodes } from './plainTextNodes';
import { toMessageTree } from './messageTree';
import { DEFAULT_GRAPH_ORIGIN } from './messageUrls';

export { plainTextToMessageNodes };

export interface SanitiseOptions {
  /** The Graph origin whose hosted-contents images may be shown; `https://graph.microsoft.com` by default. */
  graphOrigin?: string;
}

/** What Teams renders in a channel message, and its own `<at>`, `<attachment>` and `<emoji>`. */
const ALLOWED_TAGS = [
  ...['p', 'br', 'div', 'span', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'sub', 'sup'],
  ...['blockquote', 'pre', 'code', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'img', 'hr'],
  ...['table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['at', 'attachment', 'emoji'],
  // The parsed body is where DOMPurify starts; not allowing it makes DOMPurify copy the whole message to hoist it.
  'body'
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'width', 'height', 'id', 'colspan', 'rowspan'];

const CONFIG: Config & { RETURN_DOM_FRAGMENT: true } = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // DOMPurify tests every attribute not on its URI-safe list against the URL pattern above.
  ADD_URI_SAFE_ATTR: ['width', 'height', 'colspan', 'rowspan'],
  RETURN_DOM_FRAGMENT: true
};

let purifier: Purifier | undefined;

// An instance of its own, so that hooks another part of the page adds to the shared one do not apply here.
function messagePurifier(): Purifier {
  purifier = purifier ?? DOMPurify(window);
  return purifier;
}

/**
 * Untrusted message HTML (Graph `chatMessage.body.content`) as a message tree. DOMPurify removes what is not on
 * the allow-list; the tree then keeps only elements and attributes it has a type for, with every URL checked again.
 * The fragment DOMPurify returns belongs to an inert document, so nothing in it loads or runs.
 */
export function sanitiseMessageHtml(html: string, options: SanitiseOptions = {}): MessageNode[] {
  if (!html.trim()) {
    return [];
  }
  try {
    const fragment = messagePurifier().sanitize(html, CONFIG);
    return toMessageTree(fragment, { graphOrigin: options.graphOrigin ?? DEFAULT_GRAPH_ORIGIN });
  } catch {
    // A body built to exhaust the parser (the stack, say) shows as nothing rather than breaking the feed around it.
    return [];
  }
}

/** A message body, HTML or plain text, as a message tree. */
export function messageBodyNodes(body: string, isHtml: boolean, options: SanitiseOptions = {}): MessageNode[] {
  return isHtml ? sanitiseMessageHtml(body, options) : plainTextToMessageNodes(body);
}
