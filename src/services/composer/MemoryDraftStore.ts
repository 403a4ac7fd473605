import { draftKey, type Draft, type DraftTarget } from '../../model/composer/Draft';
import { byUpdatedDesc, type DraftSaved, type DraftStore } from './DraftStore';

const copy = (draft: Draft): Draft => JSON.parse(JSON.stringify(draft)) as Draft;

/** Drafts in memory only: tests, and pages without storage. Copies in and out, as storage would. */
export class MemoryDraftStore implements DraftStore {
  private readonly drafts = new Map<string, Draft>();

  public async get(target: DraftTarget): Promise<Draft | undefined> {
    const draft = this.drafts.get(draftKey(target));
    return draft ? copy(draft) : undefined;
  }

  public async put(draft: Draft): Promise<DraftSaved> {
    this.drafts.set(draftKey(draft.target), copy(draft));
    return { persisted: false };
  }

  public async remove(target: DraftTarget): Promise<void> {
    this.drafts.delete(draftKey(target));
  }

  /** No other page shares this memory. */
  public async watch(_target: DraftTarget, _listener: (draft: Draft | undefined) => void): Promise<() => void> {
    return () => undefined;
  }

  public async list(groupId: string): Promise<Draft[]> {
    return [...this.drafts.values()]
      .filter((draft) => draft.target.groupId === groupId)
      .map(copy)
      .sort(byUpdatedDesc);
  }
}
