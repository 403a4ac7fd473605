import * as React from 'react';
import { useHost } from '../../../../host/HostContext';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import { useOnline } from '../../../../hooks/useOnline';
import type { RichTextEditorHandle } from '../../../../components/RichTextEditor/RichTextEditor.types';
import type { DraftAttachment, DraftContent, OutgoingMessage } from '../../../../model/composer/Draft';
import { messageProblems, type MessageProblem } from '../../../../model/composer/messageLimits';
import { useServices } from '../../../../services/ServicesContext';
import type { AttachmentPanel, ComposerProps, ComposerState } from './Composer.types';
import { preloadAttachments } from './attachments/lazyAttachments';
import { useComposerDraft, type ComposerDraft } from './useComposerDraft';
import { useDraftMove } from './useDraftMove';
import { useMentionPicking } from './useMentionPicking';
import { usePostTarget } from './usePostTarget';
import { useSendDraft } from './useSendDraft';

const EMPTY_CONTENT: DraftContent = { blocks: [] };
let composerCount = 0;

function useComposerIds(): ComposerState['ids'] & { mentions: string } {
  const [id] = React.useState(() => `kring-composer-${++composerCount}`);
  const part = (name: string): string => `${id}-${name}`;
  return {
    editor: part('editor'),
    problems: part('problems'),
    status: part('status'),
    subject: part('subject'),
    group: part('group'),
    mentions: part('mentions')
  };
}

/** The signed-in user's object id: the host's, else Graph's `me` (read once and cached). */
function useAuthorId(): string {
  const services = useServices();
  const hostId = useHost().user.id;
  const me = useAsyncData(() => services.people.getMe(), [services], { enabled: !hostId }).state;
  return hostId ?? (me.status === 'ready' ? me.data.id : '');
}

type DraftEditing = Pick<
  ComposerState,
  'subject' | 'setSubject' | 'content' | 'setContent' | 'attachments' | 'addAttachment' | 'removeAttachment'
> & { limits: MessageProblem[] };

/** Edits of the draft (each one back to writing after a message), and the limits it breaks as it stands. */
function useDraftEditing(composerDraft: ComposerDraft, dismiss: () => void, closePanel: () => void): DraftEditing {
  const { draft, update } = composerDraft;
  const edit = (change: Partial<OutgoingMessage>): void => {
    update(change);
    dismiss();
  };
  const attachments = draft?.attachments ?? [];
  const limits = React.useMemo(
    () => (draft ? messageProblems(draft).filter((problem) => problem.kind !== 'empty') : []),
    [draft]
  );
  return {
    subject: draft?.subject ?? '',
    setSubject: (subject) => edit({ subject }),
    content: draft?.content ?? EMPTY_CONTENT,
    setContent: (content) => {
      if (!draft || JSON.stringify(content) !== JSON.stringify(draft.content)) edit({ content });
    },
    attachments,
    addAttachment: (attachment: DraftAttachment) => {
      if (!attachments.some((existing) => existing.url === attachment.url)) {
        edit({ attachments: [...attachments, attachment] });
      }
      closePanel();
    },
    removeAttachment: (attachment: DraftAttachment) =>
      edit({ attachments: attachments.filter((existing) => existing.id !== attachment.id) }),
    limits
  };
}

/** The composer's state: where it posts, the draft, the send, mentions and attachments. */
export function useComposer(props: ComposerProps): ComposerState {
  const services = useServices();
  const authorId = useAuthorId();
  const ids = useComposerIds();
  const online = useOnline();
  const { groups, groupsLoaded, groupId, selectGroup, target } = usePostTarget(props.mode);
  const composerDraft = useComposerDraft(services.drafts, target);
  const moveToGroup = useDraftMove(composerDraft, services.drafts, selectGroup);
  const editorRef = React.useRef<RichTextEditorHandle>(null);
  const [panel, setPanel] = React.useState<AttachmentPanel>('none');
  React.useEffect(() => void preloadAttachments(), []);
  const { recentMessages, onSent } = props;
  const send = useSendDraft({ sender: services.sender, composerDraft, authorId, online, recentMessages, onSent });
  const { limits, ...editing } = useDraftEditing(composerDraft, send.dismiss, () => setPanel('none'));
  const mentions = useMentionPicking(groupId, editorRef, ids.mentions);
  const loading = composerDraft.draft === undefined || authorId === '';
  const autoFocus = props.autoFocus ?? false;
  React.useEffect(() => {
    if (autoFocus && !loading) editorRef.current?.focus();
  }, [autoFocus, loading]);
  return {
    mode: props.mode.kind,
    ids,
    groups,
    groupsLoaded,
    groupId,
    selectGroup: moveToGroup,
    target,
    loading,
    ...editing,
    panel,
    setPanel,
    problems: send.state.status === 'invalid' ? send.state.problems : limits,
    send: send.state,
    onSend: send.send,
    onConfirmIdentical: send.confirmIdentical,
    onDismiss: send.dismiss,
    onCancel: props.onCancel,
    online,
    persisted: composerDraft.persisted,
    ...mentions,
    editorRef
  };
}
