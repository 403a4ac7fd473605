import type { Block, DraftContent, InlineRun, LinkRun, TextRun } from '../../model/composer/Draft';
import { safeHref } from '../../model/composer/draftHtml';

interface Marks {
  bold?: boolean;
  italic?: boolean;
}

/** Only marks that are on, so equal formatting compares equal. */
function marksOf(run: Marks): Marks {
  return { ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) };
}

/** The editor shows tabs and no-break spaces as spaces, and every kind of newline as a line break. */
function lines(text: string): string[] {
  return text.replace(/[\t\f\v\u00a0]/g, ' ').split(/\r\n|\r|\n/);
}

function withBreaks(pieces: string[], piece: (text: string) => InlineRun): InlineRun[] {
  return pieces.flatMap((text, index): InlineRun[] => [
    ...(index > 0 ? [{ kind: 'lineBreak' } as const] : []),
    ...(text === '' ? [] : [piece(text)])
  ]);
}

function expandRun(run: InlineRun): InlineRun[] {
  switch (run.kind) {
    case 'text':
      return withBreaks(lines(run.text), (text) => ({ kind: 'text', text, ...marksOf(run) }));
    case 'link': {
      const href = safeHref(run.href);
      const label = run.text.trim() === '' ? run.href : run.text;
      // A blank line of a link shows no link; as text it keeps its spaces without turning into the target.
      return withBreaks(lines(label), (text) =>
        href && text.trim() !== ''
          ? { kind: 'link', href, text, ...marksOf(run) }
          : { kind: 'text', text, ...marksOf(run) }
      );
    }
    case 'mention':
      return [{ kind: 'mention', person: { id: run.person.id, displayName: run.person.displayName } }];
    case 'lineBreak':
      return [{ kind: 'lineBreak' }];
  }
}

function sameMarks(a: Marks, b: Marks): boolean {
  return a.bold === b.bold && a.italic === b.italic;
}

function mergeable(previous: InlineRun | undefined, run: InlineRun): previous is TextRun | LinkRun {
  if (previous === undefined) return false;
  if (previous.kind === 'text' && run.kind === 'text') return sameMarks(previous, run);
  if (previous.kind === 'link' && run.kind === 'link') return previous.href === run.href && sameMarks(previous, run);
  return false;
}

/** Runs in their canonical form: no empty text, newlines as line breaks, neighbours with the same marks merged. */
export function normaliseRuns(runs: readonly InlineRun[]): InlineRun[] {
  const result: InlineRun[] = [];
  for (const run of runs.flatMap(expandRun)) {
    const previous = result[result.length - 1];
    if (mergeable(previous, run)) {
      result[result.length - 1] = { ...previous, text: previous.text + (run as TextRun | LinkRun).text };
    } else {
      result.push(run);
    }
  }
  return result;
}

function normaliseBlock(block: Block): Block | undefined {
  if (block.kind === 'paragraph') return { kind: 'paragraph', runs: normaliseRuns(block.runs) };
  const items = block.items.map(normaliseRuns);
  return items.length === 0 ? undefined : { kind: 'list', ordered: block.ordered, items };
}

/**
 * Content in the one form the editor produces, so two drafts that show the same compare equal: canonical runs,
 * no empty lists, no empty paragraphs at the end.
 */
export function normaliseDraft(content: DraftContent): DraftContent {
  const blocks = content.blocks.map(normaliseBlock).filter((block): block is Block => block !== undefined);
  let end = blocks.length;
  while (end > 0) {
    const last = blocks[end - 1];
    if (last.kind !== 'paragraph' || last.runs.length > 0) break;
    end -= 1;
  }
  return { blocks: blocks.slice(0, end) };
}

/** Whether the content shows nothing at all (the placeholder's cue). */
export function isEmptyDraft(content: DraftContent): boolean {
  return content.blocks.every((block) => block.kind === 'paragraph' && block.runs.length === 0);
}
