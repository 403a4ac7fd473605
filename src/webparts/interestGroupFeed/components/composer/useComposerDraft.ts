import * as React from 'react';
import { draftKey, type Draft, type DraftTarget, type OutgoingMessage } from '../../../../model/composer/Draft';
import type { DraftStore } from '../../../../services/composer/DraftStore';
import { emptyDraft, isBlankDraft } from './composerDraft';

/** Wait after the last keystroke before the draft is written to storage. */
export const DRAFT_SAVE_DELAY_MS = 400;

export interface ComposerDraft {
  /** Undefined while the stored draft is read. */
  draft: Draft | undefined;
  /** False when the browser would not keep the draft (storage full or blocked): it lives in this page only. */
  persisted: boolean;
  update: (change: Partial<OutgoingMessage>) => void;
  /** Takes the draft as the sender left it (kept with a failure, or removed after sending: undefined). */
  replace: (draft: Draft | undefined) => void;
  /** Writes a pending change now (before a send, which stores the draft itself). */
  flush: () => Promise<void>;
}

interface DraftWriter {
  persisted: boolean;
  /** Writes `draft` a moment from now, after later changes. */
  schedule: (draft: Draft) => void;
  /** Forgets what was scheduled, and answers it. */
  cancel: () => Draft | undefined;
  flush: () => Promise<void>;
}

/** Writes the draft a moment after the last change, at once when the page is hidden, and removes a blank one. */
function useDraftWriter(store: DraftStore): DraftWriter {
  const [persisted, setPersisted] = React.useState(true);
  // The last write happens as the composer goes (a reply closed with Escape): its answer is not shown then.
  const mounted = React.useRef(true);
  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const unsaved = React.useRef<Draft | undefined>(undefined);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = React.useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const pending = unsaved.current;
    unsaved.current = undefined;
    return pending;
  }, []);
  const flush = React.useCallback(async () => {
    const pending = cancel();
    if (!pending) return;
    if (isBlankDraft(pending)) {
      await store.remove(pending.target);
      return;
    }
    const saved = await store.put(pending);
    if (mounted.current) setPersisted(saved.persisted);
  }, [store, cancel]);
  const schedule = React.useCallback(
    (draft: Draft) => {
      clearTimeout(timer.current);
      unsaved.current = draft;
      timer.current = setTimeout(() => void flush(), DRAFT_SAVE_DELAY_MS);
    },
    [flush]
  );
  React.useEffect(() => {
    const onHide = (): void => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [flush]);
  return { persisted, schedule, cancel, flush };
}

/**
 * Reads the target's draft whenever the target changes (writing what was pending first), and follows changes other
 * tabs make to it.
 */
function useDraftLoad(
  store: DraftStore,
  key: string,
  targetRef: React.MutableRefObject<DraftTarget | undefined>,
  show: (draft: Draft | undefined) => void,
  { schedule, cancel, flush }: DraftWriter
): void {
  React.useEffect(() => {
    const opened = targetRef.current;
    if (!key || !opened) return undefined;
    let current = true;
    show(undefined);
    store
      .get(opened)
      .then((stored) => current && show(stored ?? emptyDraft(opened)))
      .catch(() => current && show(emptyDraft(opened)));
    // Another tab sent, removed or began sending this draft: that copy wins over edits not written yet, so the
    // one here is never sent again; any other change shows when nothing here is waiting to be written.
    const watching = store.watch(opened, (stored) => {
      const pending = cancel();
      if (pending && stored && !stored.pending) {
        schedule(pending);
        return;
      }
      show(stored ?? emptyDraft(opened));
    });
    return () => {
      current = false;
      void watching.then(
        (stop) => stop(),
        () => undefined
      );
      void flush();
    };
  }, [store, key, targetRef, flush, show, cancel, schedule]);
}

/**
 * The draft of one new post or reply: read from the store when the target changes, written back a moment after
 * each change, at once when the page is hidden or the composer goes, removed when nothing is written in it, and
 * brought up to date when another tab changes it.
 */
export function useComposerDraft(store: DraftStore, target: DraftTarget | undefined): ComposerDraft {
  const [draft, setDraft] = React.useState<Draft | undefined>(undefined);
  const latest = React.useRef<Draft | undefined>(undefined);
  const targetRef = React.useRef(target);
  targetRef.current = target;
  const key = target ? draftKey(target) : '';
  const writer = useDraftWriter(store);
  const { schedule, cancel, flush } = writer;
  const show = React.useCallback((next: Draft | undefined) => {
    latest.current = next;
    setDraft(next);
  }, []);

  useDraftLoad(store, key, targetRef, show, writer);

  const update = React.useCallback(
    (change: Partial<OutgoingMessage>) => {
      const previous = latest.current;
      if (!previous) return;
      const next: Draft = { ...previous, ...change, updated: new Date().toISOString() };
      show(next);
      schedule(next);
    },
    [show, schedule]
  );

  const replace = React.useCallback(
    (next: Draft | undefined) => {
      cancel();
      const opened = targetRef.current;
      show(next ?? (opened ? emptyDraft(opened) : undefined));
    },
    [show, cancel]
  );

  return { draft, persisted: writer.persisted, update, replace, flush };
}
