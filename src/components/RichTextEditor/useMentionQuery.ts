import * as React from 'react';
import { useEventCallback } from '@fluentui/react-components';
import type { MessagePerson } from '../../model/feed/Post';
import { caretText, editingRange } from './editorSelection';
import { placeMention } from './mentionDom';
import { mentionTriggerAt, type MentionTrigger } from './mentionTrigger';
import type { MentionQuery } from './RichTextEditor.types';

interface OpenTrigger extends MentionTrigger {
  node: Text;
}

export interface MentionTracking {
  open: boolean;
  isOpen: () => boolean;
  /** Looks for an "@name" at the caret, after typing or a caret move, and reports a change. */
  update: () => void;
  /** Closes the query (Escape); the same "@name" stays closed until the caret leaves it. */
  dismiss: () => void;
  /** Forgets the query without reporting, when the content was replaced from outside. */
  reset: () => void;
  /** Replaces the "@name" with the person, or puts them where the caret was (`fallback`) without one. */
  insert: (person: MessagePerson, fallback: Range | undefined) => void;
}

function triggerAtCaret(root: HTMLElement): OpenTrigger | undefined {
  const caret = caretText(root);
  if (!caret || caret.node.parentElement?.closest('[contenteditable="false"]')) return undefined;
  const found = mentionTriggerAt(caret.node.data, caret.offset);
  return found && { ...found, node: caret.node };
}

function sameTrigger(a: OpenTrigger | undefined, b: OpenTrigger | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.node === b.node && a.start === b.start);
}

function triggerRange(trigger: OpenTrigger): Range {
  const range = (trigger.node.ownerDocument as Document).createRange();
  range.setStart(trigger.node, trigger.start);
  range.setEnd(trigger.node, Math.min(trigger.end, trigger.node.length));
  return range;
}

function anchorOf(root: HTMLElement, trigger: OpenTrigger): DOMRect {
  const range = triggerRange(trigger);
  // jsdom lays nothing out and has no range geometry; the editor's own box is the next best place.
  return typeof range.getBoundingClientRect === 'function'
    ? range.getBoundingClientRect()
    : root.getBoundingClientRect();
}

/** The "@name" being typed: reported as it changes, taken over by a picked person through `insert`. */
export function useMentionQuery(
  rootRef: React.RefObject<HTMLDivElement>,
  onMentionQuery: ((query: MentionQuery | undefined) => void) | undefined
): MentionTracking {
  const current = React.useRef<OpenTrigger | undefined>(undefined);
  const dismissed = React.useRef<OpenTrigger | undefined>(undefined);
  const [open, setOpen] = React.useState(false);

  const report = useEventCallback((trigger: OpenTrigger | undefined) => {
    const previous = current.current;
    current.current = trigger;
    setOpen(trigger !== undefined);
    const root = rootRef.current;
    if (sameTrigger(previous, trigger) && previous?.query === trigger?.query) return;
    onMentionQuery?.(trigger && root ? { query: trigger.query, anchor: anchorOf(root, trigger) } : undefined);
  });

  const update = useEventCallback(() => {
    const root = rootRef.current;
    if (!root || !onMentionQuery) return;
    const trigger = triggerAtCaret(root);
    if (!sameTrigger(trigger, dismissed.current)) dismissed.current = undefined;
    report(dismissed.current ? undefined : trigger);
  });

  const dismiss = useEventCallback(() => {
    dismissed.current = current.current;
    report(undefined);
  });

  const reset = useEventCallback(() => {
    dismissed.current = undefined;
    report(undefined);
  });

  const insert = useEventCallback((person: MessagePerson, fallback: Range | undefined) => {
    const root = rootRef.current;
    if (!root) return;
    const trigger = current.current;
    const usable = trigger && root.contains(trigger.node) && trigger.start <= trigger.node.length;
    const inside = fallback && root.contains(fallback.startContainer) ? fallback : undefined;
    const range = usable ? triggerRange(trigger) : (inside ?? editingRange(root));
    root.focus({ preventScroll: true });
    placeMention(range, person);
    dismissed.current = undefined;
    report(undefined);
  });

  const isOpen = React.useCallback(() => current.current !== undefined, []);
  return { open, isOpen, update, dismiss, reset, insert };
}
