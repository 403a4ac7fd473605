import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { MessageRow } from '../../shared/store/rows';

/** What a new message or reply stores; reactions start empty and nothing starts deleted. */
export type NewMessageRow = Omit<
  MessageRow,
  'lastModifiedDateTime' | 'deletedDateTime' | 'reactions' | 'etag' | 'messageType' | 'eventDetail'
>;

/** A keyset page: rows of the listing as it stood at `asOf`, after (`afterKey`, `afterId`) in its order. */
export interface KeysetPage {
  channelId: string;
  asOf: string;
  afterKey: string | null;
  afterId: string | null;
  limit: number;
}

/** A thread row with the sort key it had at the listing's snapshot time: its latest post or reply. */
export type ThreadRow = MessageRow & { activity: string };

export interface MessageChanges {
  reactions?: string;
  deletedDateTime?: string | null;
}

/** A new version's ETag: the time, but always later than the previous one. */
export function nextEtag(previous: string): string {
  return String(Math.max(Date.now(), Number(previous) + 1 || 0));
}

const THREAD_PAGE = `SELECT * FROM (
    SELECT m.*, MAX(m.createdDateTime, COALESCE((SELECT MAX(r.createdDateTime) FROM messages r
      WHERE r.channelId = m.channelId AND r.replyToId = m.id AND r.createdDateTime <= @asOf), '')) AS activity
    FROM messages m WHERE m.channelId = @channelId AND m.replyToId IS NULL AND m.createdDateTime <= @asOf)
  WHERE @afterKey IS NULL OR activity < @afterKey OR (activity = @afterKey AND id < @afterId)
  ORDER BY activity DESC, id DESC LIMIT @limit`;

const REPLY_PAGE = `SELECT * FROM messages WHERE channelId = @channelId AND replyToId = @parentId AND createdDateTime <= @asOf
  AND (@afterKey IS NULL OR createdDateTime < @afterKey OR (createdDateTime = @afterKey AND id < @afterId))
  ORDER BY createdDateTime DESC, id DESC LIMIT @limit`;

/** The newest `@limit` replies of each of several messages, as their threads stood at `@asOf`: one query per page. */
const LATEST_REPLIES = `SELECT * FROM (
    SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.replyToId ORDER BY m.createdDateTime DESC, m.id DESC) AS position
    FROM messages m WHERE m.channelId = @channelId AND m.createdDateTime <= @asOf
      AND m.replyToId IN (SELECT value FROM json_each(@parentIds)))
  WHERE position <= @limit ORDER BY replyToId, createdDateTime DESC, id DESC`;

export interface LatestRepliesQuery {
  channelId: string;
  parentIds: readonly string[];
  asOf: string;
  limit: number;
}

/**
 * Channel messages and replies: threads by their latest post or reply, replies newest first, both paged by keyset
 * over a snapshot; posts, reactions and soft deletes.
 */
export class MessageStore {
  private readonly byId: Statement<[string, string], MessageRow>;
  private readonly threadPage: Statement<[KeysetPage], ThreadRow>;
  private readonly replyPage: Statement<[KeysetPage & { parentId: string }], MessageRow>;
  private readonly latestReplyRows: Statement<
    [Omit<LatestRepliesQuery, 'parentIds'> & { parentIds: string }],
    MessageRow
  >;
  private readonly insertRow: Statement<[NewMessageRow & { etag: string }]>;
  private readonly touch: Statement<[string, string, string, string]>;
  private readonly insertThread: (root: NewMessageRow, replies: readonly NewMessageRow[]) => void;
  private readonly updateState: Statement<
    [
      {
        channelId: string;
        id: string;
        reactions: string;
        deletedDateTime: string | null;
        lastModifiedDateTime: string;
        etag: string;
      }
    ]
  >;

  public constructor(db: Database) {
    this.byId = db.prepare('SELECT * FROM messages WHERE channelId = ? AND id = ?');
    this.threadPage = db.prepare(THREAD_PAGE);
    this.replyPage = db.prepare(REPLY_PAGE);
    this.latestReplyRows = db.prepare(LATEST_REPLIES);
    this.insertRow =
      db.prepare(`INSERT INTO messages (id, teamId, channelId, replyToId, fromUserId, subject, bodyContentType, bodyContent, importance,
      createdDateTime, lastModifiedDateTime, deletedDateTime, mentions, attachments, reactions, etag, messageType, eventDetail)
      VALUES (@id, @teamId, @channelId, @replyToId, @fromUserId, @subject, @bodyContentType, @bodyContent, @importance, @createdDateTime,
      @createdDateTime, NULL, @mentions, @attachments, '[]', @etag, 'message', NULL)`);
    this.touch = db.prepare('UPDATE messages SET lastModifiedDateTime = ?, etag = ? WHERE channelId = ? AND id = ?');
    this.insertThread = db.transaction((root: NewMessageRow, replies: readonly NewMessageRow[]) => {
      this.insertRow.run({ ...root, etag: root.id });
      for (const reply of replies) {
        this.insertRow.run({ ...reply, etag: reply.id });
      }
      const last = replies[replies.length - 1];
      if (last) {
        this.touch.run(last.createdDateTime, last.id, root.channelId, root.id);
      }
    });
    this.updateState = db.prepare(
      'UPDATE messages SET reactions = @reactions, deletedDateTime = @deletedDateTime, lastModifiedDateTime = @lastModifiedDateTime, etag = @etag WHERE channelId = @channelId AND id = @id'
    );
  }

  public find(channelId: string, id: string): MessageRow | undefined {
    return this.byId.get(channelId, id);
  }

  /** Top-level messages, latest post or reply first, as the channel stood at `page.asOf`. */
  public threads(page: KeysetPage): ThreadRow[] {
    return this.threadPage.all(page);
  }

  /** Replies to one message, newest first, as the thread stood at `page.asOf`. */
  public replies(page: KeysetPage & { parentId: string }): MessageRow[] {
    return this.replyPage.all(page);
  }

  /** The newest `query.limit` replies of each message, newest first, by message id (messages without replies absent). */
  public latestReplies(query: LatestRepliesQuery): Map<string, MessageRow[]> {
    const byParent = new Map<string, MessageRow[]>();
    if (query.parentIds.length === 0) {
      return byParent;
    }
    for (const row of this.latestReplyRows.all({ ...query, parentIds: JSON.stringify(query.parentIds) })) {
      const parentId = row.replyToId as string;
      const replies = byParent.get(parentId) ?? [];
      replies.push(row);
      byParent.set(parentId, replies);
    }
    return byParent;
  }

  /** An id not yet used in the channel: the creation time in milliseconds, as Teams ids are. */
  public unusedId(channelId: string): string {
    let id = Date.now();
    while (this.find(channelId, String(id))) {
      id++;
    }
    return String(id);
  }

  /** Stores a message (or a reply, which also moves its thread up) and returns it as stored. */
  public post(message: NewMessageRow, parent: MessageRow | undefined): MessageRow {
    this.insertRow.run({ ...message, etag: message.id });
    if (parent) {
      this.touch.run(message.createdDateTime, nextEtag(parent.etag), parent.channelId, parent.id);
    }
    return this.find(message.channelId, message.id) as MessageRow;
  }

  /** Stores a whole thread at once (a root and its replies, oldest first) in one transaction. */
  public postThread(root: NewMessageRow, replies: readonly NewMessageRow[]): void {
    this.insertThread(root, replies);
  }

  /** Saves new reactions or a (un)deletion as a new version of the message. */
  public save(message: MessageRow, changes: MessageChanges): void {
    this.updateState.run({
      channelId: message.channelId,
      id: message.id,
      reactions: changes.reactions ?? message.reactions,
      deletedDateTime: changes.deletedDateTime === undefined ? message.deletedDateTime : changes.deletedDateTime,
      lastModifiedDateTime: new Date().toISOString(),
      etag: nextEtag(message.etag)
    });
  }
}
