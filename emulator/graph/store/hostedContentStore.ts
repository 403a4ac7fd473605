import type { Statement } from 'better-sqlite3';
import type { Database } from '../../shared/store/database';
import type { HostedContentRow } from '../../shared/store/rows';

/** Images hosted in channel messages (`…/messages/{id}/hostedContents`). */
export class HostedContentStore {
  private readonly ofMessage: Statement<[string, string], Omit<HostedContentRow, 'bytes'>>;
  private readonly byId: Statement<[string, string, string], HostedContentRow>;
  private readonly insertRow: Statement<[HostedContentRow]>;

  public constructor(db: Database) {
    this.ofMessage = db.prepare(
      'SELECT channelId, messageId, id, contentType FROM hosted_contents WHERE channelId = ? AND messageId = ? ORDER BY id'
    );
    this.byId = db.prepare('SELECT * FROM hosted_contents WHERE channelId = ? AND messageId = ? AND id = ?');
    this.insertRow = db.prepare(
      'INSERT INTO hosted_contents (channelId, messageId, id, contentType, bytes) VALUES (@channelId, @messageId, @id, @contentType, @bytes)'
    );
  }

  public list(channelId: string, messageId: string): Array<Omit<HostedContentRow, 'bytes'>> {
    return this.ofMessage.all(channelId, messageId);
  }

  public find(channelId: string, messageId: string, id: string): HostedContentRow | undefined {
    return this.byId.get(channelId, messageId, id);
  }

  public add(row: HostedContentRow): void {
    this.insertRow.run(row);
  }
}
