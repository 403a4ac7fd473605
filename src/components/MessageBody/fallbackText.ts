// Elements whose text is no part of what a message says.
const NOT_TEXT = 'script, style, template, noscript, title';

/**
 * The words of untrusted message HTML, for when the sanitiser's code cannot be loaded. The HTML is parsed into a
 * document of its own, which has no window (nothing in it loads or runs), and only its text comes out: it is
 * shown as text, never as HTML.
 */
export function fallbackText(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  body.querySelectorAll(NOT_TEXT).forEach((element) => element.remove());
  body.querySelectorAll('br, p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre').forEach((element) => {
    element.append(' ');
  });
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
