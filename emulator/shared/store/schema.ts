import type { Database } from './database';

/** The Graph tables; their columns are a contract shared with the SharePoint module, which reads them. */
const GRAPH_TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
  id TEXT PRIMARY KEY,
  userPrincipalName TEXT NOT NULL UNIQUE COLLATE NOCASE,
  displayName TEXT NOT NULL,
  givenName TEXT,
  surname TEXT,
  mail TEXT,
  jobTitle TEXT,
  department TEXT,
  officeLocation TEXT,
  businessPhones TEXT NOT NULL DEFAULT '[]',
  mobilePhone TEXT,
  accountEnabled INTEGER NOT NULL DEFAULT 1,
  userType TEXT NOT NULL DEFAULT 'Member',
  aboutMe TEXT,
  skills TEXT NOT NULL DEFAULT '[]',
  interests TEXT NOT NULL DEFAULT '[]',
  responsibilities TEXT NOT NULL DEFAULT '[]',
  pastProjects TEXT NOT NULL DEFAULT '[]',
  schools TEXT NOT NULL DEFAULT '[]',
  preferredLanguage TEXT,
  managerId TEXT,
  hasPhoto INTEGER NOT NULL DEFAULT 0,
  etag TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS users_manager ON users (managerId);
CREATE INDEX IF NOT EXISTS users_display_name ON users (displayName COLLATE NOCASE);
CREATE TABLE IF NOT EXISTS groups (
  id TEXT PRIMARY KEY,
  displayName TEXT NOT NULL,
  description TEXT,
  mail TEXT,
  mailNickname TEXT,
  visibility TEXT NOT NULL,
  createdDateTime TEXT NOT NULL,
  etag TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS group_members (
  groupId TEXT NOT NULL,
  userId TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (groupId, userId, role)
);
CREATE INDEX IF NOT EXISTS group_members_user ON group_members (userId);
CREATE TABLE IF NOT EXISTS channels (
  id TEXT PRIMARY KEY,
  teamId TEXT NOT NULL,
  displayName TEXT NOT NULL,
  description TEXT,
  membershipType TEXT NOT NULL DEFAULT 'standard',
  isPrimary INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS channels_team ON channels (teamId);
CREATE TABLE IF NOT EXISTS messages (
  id TEXT NOT NULL,
  teamId TEXT NOT NULL,
  channelId TEXT NOT NULL,
  replyToId TEXT,
  fromUserId TEXT NOT NULL,
  subject TEXT,
  bodyContentType TEXT NOT NULL,
  bodyContent TEXT NOT NULL,
  importance TEXT NOT NULL DEFAULT 'normal',
  createdDateTime TEXT NOT NULL,
  lastModifiedDateTime TEXT NOT NULL,
  deletedDateTime TEXT,
  mentions TEXT NOT NULL DEFAULT '[]',
  attachments TEXT NOT NULL DEFAULT '[]',
  reactions TEXT NOT NULL DEFAULT '[]',
  etag TEXT NOT NULL,
  messageType TEXT NOT NULL DEFAULT 'message',
  eventDetail TEXT,
  PRIMARY KEY (channelId, id)
);
CREATE INDEX IF NOT EXISTS messages_thread ON messages (channelId, replyToId, createdDateTime);
CREATE TABLE IF NOT EXISTS hosted_contents (
  channelId TEXT NOT NULL,
  messageId TEXT NOT NULL,
  id TEXT NOT NULL,
  contentType TEXT NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (channelId, messageId, id)
);
`;

/** Columns added after databases were first seeded with the messages table; an older database gets them once. */
const ADDED_MESSAGE_COLUMNS: ReadonlyArray<[string, string]> = [
  ['messageType', "TEXT NOT NULL DEFAULT 'message'"],
  ['eventDetail', 'TEXT']
];

function addMissingMessageColumns(db: Database): void {
  const existing = new Set(
    (db.prepare('PRAGMA table_info(messages)').all() as Array<{ name: string }>).map((column) => column.name)
  );
  for (const [name, definition] of ADDED_MESSAGE_COLUMNS) {
    if (!existing.has(name)) {
      db.exec(`ALTER TABLE messages ADD COLUMN ${name} ${definition}`);
    }
  }
}

export function createGraphTables(db: Database): void {
  const hadMessages =
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'messages'").get() !== undefined;
  if (hadMessages) {
    addMissingMessageColumns(db);
  }
  db.exec(GRAPH_TABLES);
}

const GRAPH_TABLE_NAMES = ['users', 'groups', 'group_members', 'channels', 'messages', 'hosted_contents'] as const;

/** Empties the Graph tables (not meta), for a reset back to the seed. */
export function clearGraphTables(db: Database): void {
  for (const table of GRAPH_TABLE_NAMES) {
    db.exec(`DELETE FROM ${table}`);
  }
}
