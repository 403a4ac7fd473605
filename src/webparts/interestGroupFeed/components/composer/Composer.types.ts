import type { DraftAttachment, DraftContent, DraftTarget } from '../../../../model/composer/Draft';
import type { MessageProblem } from '../../../../model/composer/messageLimits';
import type { MessageCandidate } from '../../../../model/composer/sentMessageMatch';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Post, Reply } from '../../../../model/feed/Post';
import type { PlaceSent } from '../../../../model/feed/sentMessages';
import type { Person } from '../../../../model/Person';
import type { SendState } from './useSendDraft';
import type { MentionKey, RichTextEditorHandle } from '../../../../components/RichTextEditor/RichTextEditor.types';

/** What the composer writes: a new post in one of the groups, or a reply to a post. */
export type ComposerMode =
  { kind: 'post'; groups: readonly InterestGroup[]; initialGroupId?: string } | { kind: 'reply'; post: Post };

export interface ComposerProps {
  mode: ComposerMode;
  /** The messages the feed shows of the target's channel (or thread), to spot the same text posted a moment ago. */
  recentMessages: (channelId: string) => readonly MessageCandidate[];
  /** Graph has the message: the feed shows it. */
  onSent: (message: Post | Reply, place: PlaceSent) => void;
  /** Escape, or Cancel: closes a reply (its draft is kept). */
  onCancel?: () => void;
  autoFocus?: boolean;
}

export interface MentionPicking {
  /** The words after "@"; undefined when no mention is being typed. */
  query: string | undefined;
  people: Person[];
  memberIds: ReadonlySet<string>;
  activeIndex: number;
  searching: boolean;
  listId: string;
  optionId: (index: number) => string;
  pick: (person: Person) => void;
}

export type AttachmentPanel = 'none' | 'documents';

export interface ComposerState {
  mode: ComposerMode['kind'];
  ids: { editor: string; problems: string; status: string; subject: string; group: string };
  /** New posts: the groups I may post in, and the chosen one. */
  groups: readonly InterestGroup[];
  /** My memberships are known: no groups then means there is nowhere to post. */
  groupsLoaded: boolean;
  groupId: string | undefined;
  selectGroup: (groupId: string) => void;
  target: DraftTarget | undefined;
  loading: boolean;
  subject: string;
  setSubject: (subject: string) => void;
  content: DraftContent;
  setContent: (content: DraftContent) => void;
  attachments: readonly DraftAttachment[];
  addAttachment: (attachment: DraftAttachment) => void;
  removeAttachment: (attachment: DraftAttachment) => void;
  panel: AttachmentPanel;
  setPanel: (panel: AttachmentPanel) => void;
  /** The limits the draft breaks now, shown as the author writes. */
  problems: MessageProblem[];
  send: SendState;
  onSend: () => void;
  onConfirmIdentical: () => void;
  onDismiss: () => void;
  onCancel?: () => void;
  online: boolean;
  persisted: boolean;
  mention: MentionPicking;
  onMentionQuery: (query: { query: string } | undefined) => void;
  onMentionKey: (key: MentionKey) => boolean;
  editorRef: React.RefObject<RichTextEditorHandle>;
}
