import type { InlineRun, LinkRun, TextRun } from '../../model/composer/Draft';
import type { MessagePerson } from '../../model/feed/Post';
import type { InlineMarks } from './editorElements';

/** What the DOM walk gathers for one paragraph or list item, before whitespace is resolved. */
export type LineToken =
  | { kind: 'text'; text: string; marks: InlineMarks; preformatted: boolean }
  | { kind: 'mention'; person: MessagePerson }
  | { kind: 'br' }
  /** The edge of a block nested in a list item: a new line when the current one shows anything. */
  | { kind: 'boundary' };

export interface LineResult {
  runs: InlineRun[];
  /** Whether the browser shows a line for it at all (an empty div with a br does; whitespace between blocks doesn't). */
  shown: boolean;
}

const COLLAPSIBLE = /[ \t\n\r\f]/;

/** Resolves whitespace as CSS `white-space: normal` renders it, then builds the runs. */
class LineBuilder {
  public readonly runs: InlineRun[] = [];
  public shown = false;
  private lineStart = true;
  private lineHasContent = false;
  /** The last character written is a collapsible space, which goes if the line ends after it. */
  private pendingSpace = false;

  public text(token: Extract<LineToken, { kind: 'text' }>): void {
    for (const character of token.text) {
      if (token.preformatted && (character === '\n' || character === '\r')) {
        if (character === '\n') this.lineBreak();
      } else if (!token.preformatted && COLLAPSIBLE.test(character)) {
        if (!this.lineStart && !this.pendingSpace) this.write(' ', token.marks, true);
      } else {
        this.write(character === '\u00a0' ? ' ' : character, token.marks, false);
      }
    }
  }

  public mention(person: MessagePerson): void {
    this.runs.push({ kind: 'mention', person });
    this.contentWritten(false);
  }

  public lineBreak(): void {
    this.dropPendingSpace();
    this.runs.push({ kind: 'lineBreak' });
    this.shown = true;
    this.lineStart = true;
    this.lineHasContent = false;
  }

  public boundary(): void {
    if (this.lineHasContent) this.lineBreak();
    else this.lineStart = true;
  }

  public finish(): LineResult {
    this.dropPendingSpace();
    // A br at the very end of a block shows no line of its own.
    if (this.runs[this.runs.length - 1]?.kind === 'lineBreak') this.runs.pop();
    return { runs: this.runs, shown: this.shown };
  }

  private write(character: string, marks: InlineMarks, collapsible: boolean): void {
    const last = this.runs[this.runs.length - 1];
    if (isWritten(last) && sameMarks(last, marks)) {
      last.text += character;
    } else if (marks.href === undefined) {
      this.runs.push({ kind: 'text', text: character, ...flags(marks) });
    } else {
      this.runs.push({ kind: 'link', href: marks.href, text: character, ...flags(marks) });
    }
    this.contentWritten(collapsible);
  }

  private contentWritten(collapsibleSpace: boolean): void {
    this.pendingSpace = collapsibleSpace;
    this.lineStart = false;
    this.lineHasContent = true;
    this.shown = true;
  }

  private dropPendingSpace(): void {
    if (!this.pendingSpace) return;
    this.pendingSpace = false;
    const last = this.runs[this.runs.length - 1];
    if (isWritten(last)) {
      last.text = last.text.slice(0, -1);
      if (last.text === '') this.runs.pop();
    }
  }
}

function flags(marks: InlineMarks): { bold?: boolean; italic?: boolean } {
  return { ...(marks.bold ? { bold: true } : {}), ...(marks.italic ? { italic: true } : {}) };
}

function isWritten(run: InlineRun | undefined): run is TextRun | LinkRun {
  return run !== undefined && (run.kind === 'text' || run.kind === 'link');
}

function sameMarks(run: TextRun | LinkRun, marks: InlineMarks): boolean {
  const href = run.kind === 'link' ? run.href : undefined;
  return run.bold === (marks.bold || undefined) && run.italic === (marks.italic || undefined) && href === marks.href;
}

/** The runs of one paragraph or list item. */
export function lineRuns(tokens: readonly LineToken[]): LineResult {
  const builder = new LineBuilder();
  for (const token of tokens) {
    if (token.kind === 'text') builder.text(token);
    else if (token.kind === 'mention') builder.mention(token.person);
    else if (token.kind === 'br') builder.lineBreak();
    else builder.boundary();
  }
  return builder.finish();
}
