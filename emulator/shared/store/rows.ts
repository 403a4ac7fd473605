/** Rows as stored; JSON columns hold strings and are parsed by the serialisers. */
export interface UserRow {
  id: string;
  userPrincipalName: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  businessPhones: string;
  mobilePhone: string | null;
  accountEnabled: number;
  userType: string;
  aboutMe: string | null;
  skills: string;
  interests: string;
  responsibilities: string;
  pastProjects: string;
  schools: string;
  preferredLanguage: string | null;
  managerId: string | null;
  hasPhoto: number;
  etag: string;
}

export interface GroupRow {
  id: string;
  displayName: string;
  description: string | null;
  mail: string | null;
  mailNickname: string | null;
  visibility: 'Public' | 'Private';
  createdDateTime: string;
  etag: string;
}

export type MemberRole = 'owner' | 'member';

export interface GroupMemberRow {
  groupId: string;
  userId: string;
  role: MemberRole;
}

export interface ChannelRow {
  id: string;
  teamId: string;
  displayName: string;
  description: string | null;
  membershipType: string;
  isPrimary: number;
}

export interface MessageRow {
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
  lastModifiedDateTime: string;
  deletedDateTime: string | null;
  mentions: string;
  attachments: string;
  reactions: string;
  etag: string;
  /** `message` or `systemEventMessage` (then `eventDetail` holds the event as JSON and `fromUserId` its initiator). */
  messageType: string;
  eventDetail: string | null;
}

export interface HostedContentRow {
  channelId: string;
  messageId: string;
  id: string;
  contentType: string;
  bytes: Buffer;
}

export function parseJsonArray<T = unknown>(value: string | null | undefined): T[] {
  if (!value) {
    return [];
  }
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}
