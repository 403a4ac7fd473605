import type { Draft, DraftTarget } from '../../model/composer/Draft';

/** Whether a draft was kept where it survives a reload, or only in this page (storage full or switched off). */
export interface DraftSaved {
  persisted: boolean;
}

/**
 * The signed-in user's drafts, one per new post in a group's channel and one per reply thread, kept until Graph
 * confirms the message. A draft being sent carries its pending send, so a reload knows the send may have reached
 * Graph and checks the channel before sending it again.
 */
export interface DraftStore {
  get(target: DraftTarget): Promise<Draft | undefined>;
  put(draft: Draft): Promise<DraftSaved>;
  remove(target: DraftTarget): Promise<void>;
  /** The drafts of one group (new posts and replies), most recently edited first. */
  list(groupId: string): Promise<Draft[]>;
  /**
   * Calls `listener` when another page (a second tab) changes or removes the draft, so a composer never shows, or
   * sends, a copy that was sent elsewhere meanwhile. Answers the function that stops watching (in a promise, as
   * every method of a service that may load lazily).
   */
  watch(target: DraftTarget, listener: (draft: Draft | undefined) => void): Promise<() => void>;
}

export const byUpdatedDesc = (a: Draft, b: Draft): number => b.updated.localeCompare(a.updated);
