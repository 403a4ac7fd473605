/** Someone a message is from, or who is mentioned or reacted. */
export interface MessagePerson {
  id: string;
  displayName: string;
}

/** An `<at id="N">` in a message body and who it names. */
export interface Mention {
  /** The `id` attribute of the `<at>` element in the body. */
  id: number;
  text: string;
  /** The mentioned user; undefined when a tag, channel or app is mentioned. */
  person?: MessagePerson;
}

/** An `<attachment id>` in a message body: a shared file (reference) or another kind Kring shows by name. */
export interface Attachment {
  id: string;
  kind: 'file' | 'other';
  name: string;
  /** Where the file opens (https only); undefined when the URL was not safe to link. */
  url?: string;
  contentType: string;
}

/** One kind of reaction on a message, with who gave it. */
export interface Reaction {
  /** `like`, `heart`, … or the emoji itself, as Graph reports `reactionType`. */
  type: string;
  count: number;
  userIds: string[];
  /** The signed-in user is among them. */
  mine: boolean;
}

/** A system event (members added, description changed) shown as one quiet line. */
export interface SystemEvent {
  kind: 'membersAdded' | 'membersRemoved' | 'descriptionUpdated' | 'renamed' | 'other';
  initiatorId?: string;
  memberIds: string[];
}

/** What a post and a reply share. */
export interface MessageBase {
  id: string;
  groupId: string;
  channelId: string;
  author?: MessagePerson;
  created: string;
  modified: string;
  /**
   * The body as Graph returned it, HTML that anyone in the team could have written: render it only through the
   * message sanitiser, never as it is.
   */
  untrustedHtml: string;
  bodyIsHtml: boolean;
  mentions: Mention[];
  attachments: Attachment[];
  reactions: Reaction[];
  /** Opens the message in Teams. */
  webUrl?: string;
  deleted: boolean;
  systemEvent?: SystemEvent;
}

export interface Reply extends MessageBase {
  postId: string;
}

/** A top-level channel message with the replies Kring has of it. */
export interface Post extends MessageBase {
  subject?: string;
  /** The replies loaded so far, oldest first. */
  replies: Reply[];
  /** How many replies the thread has, as far as Kring knows. */
  replyCount: number;
  /** When the thread last changed: the post's modification or its newest reply, whichever is later. */
  lastActivity: string;
}
