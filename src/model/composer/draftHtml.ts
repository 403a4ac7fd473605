import type { Block, InlineRun, LinkRun, TextRun } from './Draft';
import type { MessagePerson } from '../feed/Post';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
};

/** Text as HTML that shows it literally, in element content and in attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

/** A link target Teams may open: http(s) with a host, or mailto. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  return /^https?:\/\/[^\s/]/i.test(trimmed) || /^mailto:[^\s]/i.test(trimmed) ? trimmed : undefined;
}

/** Turns a mentioned person into the `<at>` markup of the message, numbering the mentions as it goes. */
export type MentionMarkup = (person: MessagePerson) => string;

function marked(html: string, run: TextRun | LinkRun): string {
  const bold = run.bold ? `<strong>${html}</strong>` : html;
  return run.italic ? `<em>${bold}</em>` : bold;
}

/** Line breaks inside a text run count like the composer's own line breaks. */
function textHtml(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeHtml)
    .join('<br>');
}

function runHtml(run: InlineRun, mention: MentionMarkup): string {
  switch (run.kind) {
    case 'text':
      return run.text === '' ? '' : marked(textHtml(run.text), run);
    case 'link': {
      const href = safeHref(run.href);
      const label = textHtml(run.text.trim() === '' ? run.href : run.text);
      return marked(href ? `<a href="${escapeHtml(href)}">${label}</a>` : label, run);
    }
    case 'mention':
      return mention(run.person);
    case 'lineBreak':
      return '<br>';
  }
}

function runsHtml(runs: readonly InlineRun[], mention: MentionMarkup): string {
  return runs.map((run) => runHtml(run, mention)).join('');
}

function blockHtml(block: Block, mention: MentionMarkup): string {
  if (block.kind === 'paragraph') {
    return `<p>${runsHtml(block.runs, mention)}</p>`;
  }
  const tag = block.ordered ? 'ol' : 'ul';
  return `<${tag}>${block.items.map((item) => `<li>${runsHtml(item, mention)}</li>`).join('')}</${tag}>`;
}

/**
 * The HTML a draft becomes: paragraphs, bold, italic, lists, links and line breaks, the only markup Kring writes
 * (all of it within what Teams renders); every character a person typed is escaped.
 */
export function draftBlocksHtml(blocks: readonly Block[], mention: MentionMarkup): string {
  return blocks.map((block) => blockHtml(block, mention)).join('');
}

/** Whether the draft has anything to send: text other than whitespace, or a mention. */
export function hasContent(blocks: readonly Block[]): boolean {
  const runs = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : block.items.flat()));
  return runs.some(
    (run) =>
      run.kind === 'mention' ||
      (run.kind === 'text' && run.text.trim() !== '') ||
      (run.kind === 'link' && (run.text.trim() !== '' || run.href.trim() !== ''))
  );
}
