import type { ComposerService } from '../../services/composer/ComposerService';
import { DraftSender, type DraftSending } from '../../services/composer/DraftSender';
import type { DraftStore } from '../../services/composer/DraftStore';
import { MemoryDraftStore } from '../../services/composer/MemoryDraftStore';
import type { KringServices } from '../../services/KringServices';

export interface ComposerServiceOverrides {
  composer?: Partial<ComposerService>;
  drafts?: DraftStore;
  sender?: Partial<DraftSending>;
}

const unexpected = (name: string) => (): Promise<never> => Promise.reject(new Error(`Unexpected call to ${name}`));

/**
 * The writing services for component tests: Graph calls fail unless the test supplies them, drafts live in memory,
 * and the sender is the real one over both (without its wait after a lost answer), so a test that fakes `post`
 * sees the draft kept, removed or marked exactly as the product does it.
 */
export function fakeComposerServices(
  overrides: ComposerServiceOverrides = {}
): Pick<KringServices, 'composer' | 'drafts' | 'sender'> {
  const composer: ComposerService = {
    post: unexpected('composer.post'),
    reply: unexpected('composer.reply'),
    setReaction: unexpected('composer.setReaction'),
    unsetReaction: unexpected('composer.unsetReaction'),
    recentPosts: unexpected('composer.recentPosts'),
    recentReplies: unexpected('composer.recentReplies'),
    ...overrides.composer
  };
  const drafts = overrides.drafts ?? new MemoryDraftStore();
  const real = new DraftSender(composer, drafts, { settleMs: 0 });
  const sender: DraftSending = {
    sendDraft: (draft, context) => real.sendDraft(draft, context),
    checkPending: (draft, context) => real.checkPending(draft, context),
    ...overrides.sender
  };
  return { composer, drafts, sender };
}
