import { hasContent } from '../../../../model/composer/draftHtml';
import type { Draft, DraftTarget } from '../../../../model/composer/Draft';

export function emptyDraft(target: DraftTarget, now: Date = new Date()): Draft {
  return { target, subject: '', content: { blocks: [] }, attachments: [], updated: now.toISOString() };
}

/** A draft with nothing written in it, which the store need not keep (unless a send of it is in question). */
export function isBlankDraft(draft: Draft): boolean {
  return (
    !draft.pending &&
    !draft.failure &&
    (draft.subject ?? '').trim() === '' &&
    draft.attachments.length === 0 &&
    !hasContent(draft.content.blocks)
  );
}
