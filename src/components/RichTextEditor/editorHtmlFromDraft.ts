import type { Block, DraftContent, InlineRun } from '../../model/composer/Draft';
import { escapeHtml } from '../../model/composer/draftHtml';
import type { MessagePerson } from '../../model/feed/Post';
import { normaliseDraft } from './normaliseDraft';

/** The non-editable span a mention is in the editor; `draftFromEditorDom` reads it back from the data attributes. */
export function mentionHtml(person: MessagePerson): string {
  const id = escapeHtml(person.id);
  const name = escapeHtml(person.displayName);
  return `<span contenteditable="false" data-mention-id="${id}" data-mention-name="${name}">@${name}</span>`;
}

/**
 * Spaces as the browser will show them: a space at the start or end of a line, or after another space, would
 * collapse, so it is written as a no-break space (as Chromium's editing does).
 */
function spaced(text: string, afterSpace: { value: boolean }, endsLine: boolean): string {
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (character !== ' ') {
      result += escapeHtml(character);
      afterSpace.value = false;
    } else if (afterSpace.value || (endsLine && index === text.length - 1)) {
      result += '&nbsp;';
      afterSpace.value = false;
    } else {
      result += ' ';
      afterSpace.value = true;
    }
  }
  return result;
}

function marked(html: string, run: { bold?: boolean; italic?: boolean }): string {
  const bold = run.bold ? `<b>${html}</b>` : html;
  return run.italic ? `<i>${bold}</i>` : bold;
}

/** Runs as editor HTML, for inserting within a line. */
export function runsHtml(runs: readonly InlineRun[]): string {
  // Line start counts as a space: a leading space collapses too.
  const afterSpace = { value: true };
  const html = runs.map((run, index) => {
    const endsLine = index === runs.length - 1 || runs[index + 1].kind === 'lineBreak';
    switch (run.kind) {
      case 'text':
        return marked(spaced(run.text, afterSpace, endsLine), run);
      case 'link':
        return `<a href="${escapeHtml(run.href)}">${marked(spaced(run.text, afterSpace, endsLine), run)}</a>`;
      case 'mention':
        afterSpace.value = false;
        return mentionHtml(run.person);
      case 'lineBreak':
        afterSpace.value = true;
        return '<br>';
    }
  });
  return html.join('');
}

function lineHtml(runs: readonly InlineRun[]): string {
  if (runs.length === 0) return '<br>';
  // A line break at the very end of a block shows no line of its own; a second one makes it show.
  return runsHtml(runs) + (runs[runs.length - 1].kind === 'lineBreak' ? '<br>' : '');
}

function blockHtml(block: Block): string {
  if (block.kind === 'paragraph') return `<div>${lineHtml(block.runs)}</div>`;
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${block.items.map((item) => `<li>${lineHtml(item)}</li>`).join('')}</${tag}>`;
}

/**
 * The editor's HTML for content, in the shape Chromium's editing produces (a div per paragraph, b, i, ul/ol,
 * a, br), for restoring a saved draft. Every character is escaped and only safe links are written.
 */
export function editorHtmlFromDraft(content: DraftContent): string {
  return normaliseDraft(content).blocks.map(blockHtml).join('');
}
