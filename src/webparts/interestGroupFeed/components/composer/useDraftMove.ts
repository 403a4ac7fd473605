import * as React from 'react';
import { draftKey, type Draft } from '../../../../model/composer/Draft';
import type { DraftStore } from '../../../../services/composer/DraftStore';
import { isBlankDraft } from './composerDraft';
import type { ComposerDraft } from './useComposerDraft';

/**
 * Choosing another group takes what is written along when that group has no draft of its own (people often write
 * first and choose where after); a draft the other group has is opened instead, and this one stays kept.
 */
export function useDraftMove(
  composerDraft: ComposerDraft,
  store: DraftStore,
  selectGroup: (groupId: string) => void
): (groupId: string) => void {
  const carried = React.useRef<Draft | undefined>(undefined);
  const { draft, update } = composerDraft;
  React.useEffect(() => {
    const moving = carried.current;
    if (!moving || !draft || draftKey(draft.target) === draftKey(moving.target)) return;
    carried.current = undefined;
    if (!isBlankDraft(draft)) return;
    update({ subject: moving.subject, content: moving.content, attachments: moving.attachments });
    void store.remove(moving.target);
  }, [draft, update, store]);
  return React.useCallback(
    (groupId: string) => {
      const current = composerDraft.draft;
      carried.current = current && !isBlankDraft(current) && !current.pending ? current : undefined;
      void composerDraft.flush().then(() => selectGroup(groupId));
    },
    [composerDraft, selectGroup]
  );
}
