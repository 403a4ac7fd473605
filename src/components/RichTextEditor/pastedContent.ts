import type { DraftContent } from '../../model/composer/Draft';
import { hasContent } from '../../model/composer/draftHtml';
import { draftContentFromText } from '../../model/composer/plainTextDraft';
import { draftFromEditorDom } from './draftFromEditorDom';
import { normaliseDraft } from './normaliseDraft';

/** What a paste puts at the caret: plain text on one line as it is, anything else as content. */
export type Pasted = { kind: 'text'; text: string } | { kind: 'content'; content: DraftContent };

/**
 * Pasted HTML reduced to what the editor allows, read in a detached document that runs no scripts and loads no
 * images. Pasted mention spans stay text: their id and name could say different people.
 */
export function pastedDraftFromHtml(html: string): DraftContent {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return draftFromEditorDom(document.body, { mentions: false });
}

/** The clipboard's HTML when it holds any content, else its plain text; undefined when there is nothing to paste. */
export function pastedContent(clipboard: { html: string; text: string }): Pasted | undefined {
  if (clipboard.html.trim() !== '') {
    const content = pastedDraftFromHtml(clipboard.html);
    if (hasContent(content.blocks)) return { kind: 'content', content };
  }
  if (clipboard.text === '') return undefined;
  if (!/[\r\n]/.test(clipboard.text)) return { kind: 'text', text: clipboard.text };
  const content = normaliseDraft(draftContentFromText(clipboard.text));
  return content.blocks.length > 0 ? { kind: 'content', content } : undefined;
}
