import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { MessageRow } from '../../shared/store/rows';

/** What a new message or reply stores; reactions start empty and nothing starts deleted. */
export interface NewMessageRow {
  id: string;
  teamId: string;
  channelId: string;
  replyToId: string | null;
  fromUserId: string;
  subject: string | null;
  bodyContentType: string;
  bodyContent: string;
  importance: string;
  createdDateTime: string;
  mentions: string;
  attachments: string;
}

export interface MessageChanges {
  reactions?: string;
  deletedDateTime?: string | null;
}

/** A new version's ETag: the time, but always later than the previous one. */
export function nextEtag(previous: string): string {
  return String(Math.max(Date.now(), Number(previous) + 1 || 0));
}

/** Channel messages and replies: threads by latest activity, replies newest first, posts, reactions and soft deletes. */
export class MessageStore {
  private readonly byId: Statement<[string, string], MessageRow>;
  private readonly threadPage: Statement<[string, number, number], MessageRow>;
  private readonly allReplies: Statement<[string, string], MessageRow>;
  private readonly replyPage: Statement<[string, string, number, number], MessageRow>;
  private readonly insertRow: Statement<[NewMessageRow & { etag: string }]>;
  private readonly touch: Statement<[string, string, string, string]>;
  private readonly updateState: Statement<[{ channelId: string; id: string; reactions: string; deletedDateTime: string | null; lastModifiedDateTime: string; etag: string }]>;

  public constructor(db: Database) {
    this.byId = db.prepare('SELECT * FROM messages WHERE channelId = ? AND id = ?');
    this.threadPage = db.prepare('SELECT * FROM messages WHERE channelId = ? AND replyToId IS NULL ORDER BY lastModifiedDateTime DESC, id DESC LIMIT ? OFFSET ?');
    this.allReplies = db.prepare('SELECT * FROM messages WHERE channelId = ? AND replyToId = ? ORDER BY createdDateTime DESC, id DESC');
    this.replyPage = db.prepare('SELECT * FROM messages WHERE channelId = ? AND replyToId = ? ORDER BY createdDateTime DESC, id DESC LIMIT ? OFFSET ?');
    this.insertRow = db.prepare(`INSERT INTO messages (id, teamId, channelId, replyToId, fromUserId, subject, bodyContentType, bodyContent, importance,
      createdDateTime, lastModifiedDateTime, deletedDateTime, mentions, attachments, reactions, etag)
      VALUES (@id, @teamId, @channelId, @replyToId, @fromUserId, @subject, @bodyContentType, @bodyContent, @importance, @createdDateTime,
      @createdDateTime, NULL, @mentions, @attachments, '[]', @etag)`);
    this.touch = db.prepare('UPDATE messages SET lastModifiedDateTime = ?, etag = ? WHERE channelId = ? AND id = ?');
    this.updateState = db.prepare(
      'UPDATE messages SET reactions = @reactions, deletedDateTime = @deletedDateTime, lastModifiedDateTime = @lastModifiedDateTime, etag = @etag WHERE channelId = @channelId AND id = @id'
    );
  }

  public find(channelId: string, id: string): MessageRow | undefined {
    return this.byId.get(channelId, id);
  }

  /** Top-level messages, most recent activity first. */
  public threads(channelId: string, limit: number, offset: number): MessageRow[] {
    return this.threadPage.all(channelId, limit, offset);
  }

  public replies(channelId: string, parentId: string): MessageRow[] {
    return this.allReplies.all(channelId, parentId);
  }

  public repliesPage(channelId: string, parentId: string, limit: number, offset: number): MessageRow[] {
    return this.replyPage.all(channelId, parentId, limit, offset);
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
