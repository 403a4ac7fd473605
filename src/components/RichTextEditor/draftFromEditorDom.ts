import type { Block, DraftContent, InlineRun } from '../../model/composer/Draft';
import {
  NO_MARKS,
  elementMarks,
  isBlock,
  isCell,
  isDropped,
  isList,
  isMention,
  mentionPerson,
  type InlineMarks
} from './editorElements';
import { lineRuns, type LineToken } from './lineRuns';
import { normaliseDraft } from './normaliseDraft';

export interface EditorDomOptions {
  /** Whether mention spans become mentions; pasted ones don't, so pasting cannot mention someone under another name. */
  mentions?: boolean;
}

interface Context {
  marks: InlineMarks;
  preformatted: boolean;
}

interface OpenList {
  ordered: boolean;
  items: InlineRun[][];
  /** The current item shows even when empty (it is an li); content after a nested list only when it has any. */
  keepItem: boolean;
}

interface Walk {
  mentions: boolean;
  blocks: Block[];
  line: LineToken[];
  list: OpenList | undefined;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function endParagraph(walk: Walk): void {
  const { runs, shown } = lineRuns(walk.line);
  walk.line = [];
  if (shown) walk.blocks.push({ kind: 'paragraph', runs });
}

function endItem(list: OpenList, walk: Walk): void {
  const { runs } = lineRuns(walk.line);
  walk.line = [];
  if (list.keepItem || runs.length > 0) list.items.push(runs);
  list.keepItem = false;
}

function blockEdge(walk: Walk): void {
  if (walk.list) walk.line.push({ kind: 'boundary' });
  else endParagraph(walk);
}

function innerContext(element: Element, context: Context): Context {
  return {
    marks: elementMarks(element, context.marks),
    preformatted: context.preformatted || element.localName === 'pre'
  };
}

function walkChildren(node: Node, walk: Walk, context: Context): void {
  node.childNodes.forEach((child) => walkNode(child, walk, context));
}

function walkListContent(element: Element, list: OpenList, walk: Walk, context: Context): void {
  element.childNodes.forEach((child) => {
    if (child.nodeType === ELEMENT_NODE && (child as Element).localName === 'li') {
      endItem(list, walk);
      list.keepItem = true;
      walkChildren(child, walk, innerContext(child as Element, context));
      endItem(list, walk);
    } else {
      walkNode(child, walk, context);
    }
  });
}

/** Draft lists are flat: a list nested in another adds its items to the outer one. */
function walkList(element: Element, walk: Walk, context: Context): void {
  const outer = walk.list;
  if (outer) {
    endItem(outer, walk);
    walkListContent(element, outer, walk, context);
    return;
  }
  endParagraph(walk);
  const list: OpenList = { ordered: element.localName === 'ol', items: [], keepItem: false };
  walk.list = list;
  walkListContent(element, list, walk, innerContext(element, context));
  endItem(list, walk);
  walk.list = undefined;
  if (list.items.length > 0) walk.blocks.push({ kind: 'list', ordered: list.ordered, items: list.items });
}

function walkElement(element: Element, walk: Walk, context: Context): void {
  if (isDropped(element)) return;
  if (element.localName === 'br') {
    walk.line.push({ kind: 'br' });
  } else if (walk.mentions && isMention(element)) {
    walk.line.push({ kind: 'mention', person: mentionPerson(element) });
  } else if (isList(element)) {
    walkList(element, walk, context);
  } else if (isBlock(element)) {
    blockEdge(walk);
    walkChildren(element, walk, innerContext(element, context));
    blockEdge(walk);
  } else {
    walkChildren(element, walk, innerContext(element, context));
    if (isCell(element)) walk.line.push({ kind: 'text', text: ' ', marks: NO_MARKS, preformatted: false });
  }
}

function walkNode(node: Node, walk: Walk, context: Context): void {
  if (node.nodeType === TEXT_NODE) {
    walk.line.push({ kind: 'text', text: (node as Text).data, ...context });
  } else if (node.nodeType === ELEMENT_NODE) {
    walkElement(node as Element, walk, context);
  }
}

/**
 * The content the editor's DOM shows, as Chromium's contenteditable shapes it (text and divs, b/i or inline
 * font styles, ul/ol/li, a, br, mention spans) and as pasted HTML may: whitespace resolved as the browser renders
 * it, everything but the allowed formatting reduced to its text, scripts, styles, media and hidden parts dropped.
 */
export function draftFromEditorDom(root: Node, options: EditorDomOptions = {}): DraftContent {
  const walk: Walk = { mentions: options.mentions !== false, blocks: [], line: [], list: undefined };
  walkChildren(root, walk, { marks: NO_MARKS, preformatted: false });
  endParagraph(walk);
  return normaliseDraft({ blocks: walk.blocks });
}
