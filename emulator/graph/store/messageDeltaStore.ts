import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { MessageRow } from '../../shared/store/rows';

/** One page of a delta round: root messages created since `windowStart` whose reply chain changed after `since`. */
export interface DeltaPageQuery {
  channelId: string;
  windowStart: string;
  /** Only chains changed after this time; null for a full synchronisation. */
  since: string | null;
  afterCreated: string | null;
  afterId: string | null;
  skip: number;
  limit: number;
}

/** A root counts as changed when it, or any reply under it, was modified after `since`. */
const DELTA_PAGE = `SELECT m.* FROM messages m
  WHERE m.channelId = @channelId AND m.replyToId IS NULL AND m.createdDateTime >= @windowStart
  AND (@since IS NULL OR m.lastModifiedDateTime > @since OR EXISTS (SELECT 1 FROM messages r
    WHERE r.channelId = m.channelId AND r.replyToId = m.id AND r.lastModifiedDateTime > @since))
  AND (@afterCreated IS NULL OR m.createdDateTime > @afterCreated OR (m.createdDateTime = @afterCreated AND m.id > @afterId))
  ORDER BY m.createdDateTime, m.id LIMIT @limit OFFSET @skip`;

/** The reads behind `messages/delta`, oldest root first so a round pages over keys that never change. */
export class MessageDeltaStore {
  private readonly page: Statement<[DeltaPageQuery], MessageRow>;

  public constructor(db: Database) {
    this.page = db.prepare(DELTA_PAGE);
  }

  public changedRoots(query: DeltaPageQuery): MessageRow[] {
    return this.page.all(query);
  }
}
