import * as React from 'react';
import type { Draft, SendFailure } from '../../../../model/composer/Draft';
import { toGraphNewMessage } from '../../../../model/composer/graphNewMessage';
import { identicalRecentMessages } from '../../../../model/composer/identicalPosts';
import { messageProblems, type MessageProblem } from '../../../../model/composer/messageLimits';
import type { MessageCandidate } from '../../../../model/composer/sentMessageMatch';
import type { Post, Reply } from '../../../../model/feed/Post';
import { threadsWithSent, type PlaceSent } from '../../../../model/feed/sentMessages';
import type { DraftSending, SendResult } from '../../../../services/composer/DraftSender';
import type { ComposerDraft } from './useComposerDraft';

/** Where a send stands, as the composer shows and announces it. */
export type SendState =
  | { status: 'idle' }
  /** A send whose answer was lost (before a reload, say) is looked for in the channel. */
  | { status: 'checking' }
  | { status: 'sending' }
  | { status: 'sent'; found: boolean }
  | { status: 'failed'; failure: SendFailure }
  | { status: 'unconfirmed'; failure: SendFailure }
  | { status: 'invalid'; problems: MessageProblem[] }
  /** The browser has no network: the draft is kept and goes when it is back. */
  | { status: 'waitingForNetwork' }
  /** The same text was posted a moment ago: sent again only when the author says so. */
  | { status: 'confirmIdentical'; matches: MessageCandidate[] };

export interface SendDraftOptions {
  sender: DraftSending;
  composerDraft: ComposerDraft;
  authorId: string;
  online: boolean;
  /** The messages of the channel (or the thread, for a reply) the feed shows, to spot an identical recent one. */
  recentMessages: (channelId: string) => readonly MessageCandidate[];
  onSent: (message: Post | Reply, place: PlaceSent) => void;
}

export interface SendDraft {
  state: SendState;
  send: () => void;
  /** Sends the same text again, after the author confirmed it. */
  confirmIdentical: () => void;
  /** Back to writing (after a confirmation was declined, or a message read). */
  dismiss: () => void;
}

const BUSY = new Set<SendState['status']>(['checking', 'sending']);

function offline(failure: SendFailure): boolean {
  return failure.kind === 'network' && typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** What stops a send before it starts: a broken limit, no network, or the same text posted a moment ago. */
function beforeSending(draft: Draft, options: SendDraftOptions, authorId: string): SendState | undefined {
  const problems = messageProblems(draft);
  if (problems.length > 0) return { status: 'invalid', problems };
  if (!options.online) {
    void options.composerDraft.flush();
    return { status: 'waitingForNetwork' };
  }
  if (draft.pending) return undefined;
  const html = toGraphNewMessage(draft).body.content;
  const matches = identicalRecentMessages(options.recentMessages(draft.target.channelId), html, authorId, new Date());
  return matches.length > 0 ? { status: 'confirmIdentical', matches } : undefined;
}

type SetState = React.Dispatch<React.SetStateAction<SendState>>;
type Latest = React.MutableRefObject<SendDraftOptions>;

function useMounted(): React.MutableRefObject<boolean> {
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    []
  );
  return mounted;
}

/** Turns the sender's answer into the composer's state (and the draft it keeps, and the feed's new message). */
function useSettle(latest: Latest, setState: SetState): (result: SendResult) => void {
  const mounted = useMounted();
  return React.useCallback(
    (result: SendResult) => {
      if (!mounted.current) return;
      const { composerDraft, onSent } = latest.current;
      if (result.status === 'sent') {
        composerDraft.replace(undefined);
        onSent(result.message, threadsWithSent);
        setState({ status: 'sent', found: result.found });
      } else if (result.status === 'failed' || result.status === 'unconfirmed') {
        composerDraft.replace(result.draft);
        setState(offline(result.failure) ? { status: 'waitingForNetwork' } : result);
      } else if (result.status === 'invalid') {
        setState(result);
      }
    },
    [latest, setState, mounted]
  );
}

/** A draft opened with a send in question: looked for once, before anything is sent again. */
function usePendingCheck(
  options: SendDraftOptions,
  stateRef: React.MutableRefObject<SendState>,
  setState: SetState,
  settle: (result: SendResult) => void
): void {
  const { sender, authorId } = options;
  const draft = options.composerDraft.draft;
  const pendingDraft = draft?.pending ? draft : undefined;
  const pendingId = pendingDraft?.pending?.sendId;
  const pendingRef = React.useRef(pendingDraft);
  pendingRef.current = pendingDraft;
  React.useEffect(() => {
    const checked = pendingRef.current;
    if (!pendingId || !checked || stateRef.current.status !== 'idle') return;
    setState({ status: 'checking' });
    sender
      .checkPending(checked, { authorId })
      .then((result) => (result ? settle(result) : setState({ status: 'idle' })))
      .catch(() => setState({ status: 'idle' }));
  }, [pendingId, sender, authorId, settle, stateRef, setState]);
}

/**
 * Sends the composer's draft through the draft sender (never lost, never doubled), asks before posting the same
 * text twice, waits for the network when there is none, and looks for a send left in question when a draft that
 * carries one is opened.
 */
export function useSendDraft(options: SendDraftOptions): SendDraft {
  const { sender, authorId, online } = options;
  const [state, setState] = React.useState<SendState>({ status: 'idle' });
  const latest = React.useRef(options);
  latest.current = options;
  const stateRef = React.useRef(state);
  stateRef.current = state;
  const settle = useSettle(latest, setState);
  usePendingCheck(options, stateRef, setState, settle);

  const sendNow = React.useCallback(
    (draft: Draft, skipIds: readonly string[]) => {
      setState({ status: 'sending' });
      const lost = (error: unknown): SendResult => ({
        status: 'unconfirmed',
        draft,
        failure: { kind: 'failed', message: String(error), at: new Date().toISOString() }
      });
      void latest.current.composerDraft
        .flush()
        .then(() => sender.sendDraft(draft, { authorId, skipIds }))
        .then(settle, (error: unknown) => settle(lost(error)));
    },
    [sender, authorId, settle]
  );

  const send = React.useCallback(() => {
    const current = latest.current;
    const draft = current.composerDraft.draft;
    if (!draft || BUSY.has(stateRef.current.status)) return;
    const next = beforeSending(draft, current, authorId);
    if (next) setState(next);
    else sendNow(draft, []);
  }, [authorId, sendNow]);

  const confirmIdentical = React.useCallback(() => {
    const draft = latest.current.composerDraft.draft;
    const current = stateRef.current;
    if (!draft || current.status !== 'confirmIdentical') return;
    sendNow(
      draft,
      current.matches.map((message) => message.id)
    );
  }, [sendNow]);

  const dismiss = React.useCallback(() => {
    if (!BUSY.has(stateRef.current.status)) setState({ status: 'idle' });
  }, []);

  // Back online: what waited goes now.
  React.useEffect(() => {
    if (online && stateRef.current.status === 'waitingForNetwork') send();
  }, [online, send]);

  return { state, send, confirmIdentical, dismiss };
}
