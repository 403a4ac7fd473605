import * as React from 'react';
import { Button, Field, Input, Select, Text, mergeClasses } from '@fluentui/react-components';
import { DocumentRegular, SendRegular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { RichTextEditor } from '../../../../components/RichTextEditor/RichTextEditor';
import { LoadingState } from '../../../../components/states/LoadingState';
import { AttachmentArea } from './AttachmentArea';
import { LazyFileUploadButton } from './attachments/lazyAttachments';
import type { ComposerState } from './Composer.types';
import { problemText } from './composerTexts';
import { ComposerStatus } from './ComposerStatus';
import { editorStrings } from './editorStrings';
import { MentionList } from './MentionList';
import type { ComposerStyles } from './useComposerStyles';

const BUSY = new Set(['sending', 'checking']);

type Part = (state: ComposerState, styles: ComposerStyles, busy: boolean) => React.ReactElement;

const renderWhere: Part = (state, styles, busy) => (
  <div className={styles.where}>
    <Field label={strings.ComposerPostIn} className={styles.group}>
      <Select
        id={state.ids.group}
        value={state.groupId ?? ''}
        onChange={(_event, data) => state.selectGroup(data.value)}
        disabled={busy}
      >
        {state.groups.map((group) => (
          <option key={group.id} value={group.id}>
            {group.displayName}
          </option>
        ))}
      </Select>
    </Field>
    <Field label={strings.ComposerSubject} className={styles.subject}>
      <Input
        id={state.ids.subject}
        value={state.subject}
        onChange={(_event, data) => state.setSubject(data.value)}
        disabled={busy || state.loading}
      />
    </Field>
  </div>
);

const renderEditor: Part = (state, styles, busy) => {
  const isPost = state.mode === 'post';
  const mention = state.mention;
  const mentionOpen = mention.query !== undefined;
  return (
    <div className={styles.editorArea}>
      <RichTextEditor
        ref={state.editorRef}
        value={state.content}
        onChange={state.setContent}
        onSubmit={state.onSend}
        onCancel={state.onCancel}
        label={isPost ? strings.ComposerMessageLabel : strings.ComposerReplyLabel}
        placeholder={isPost ? strings.ComposerPlaceholder : strings.ComposerReplyPlaceholder}
        describedBy={state.problems.length > 0 ? `${state.ids.problems} ${state.ids.status}` : state.ids.status}
        invalid={state.problems.length > 0}
        disabled={busy}
        strings={editorStrings}
        onMentionQuery={state.onMentionQuery}
        onMentionKey={state.onMentionKey}
        mentionListId={mentionOpen ? mention.listId : undefined}
        activeMentionId={mentionOpen && mention.people.length > 0 ? mention.optionId(mention.activeIndex) : undefined}
      />
      <MentionList mention={mention} />
    </div>
  );
};

const renderNotes: Part = (state, styles) => (
  <>
    {state.problems.length > 0 && (
      <ul id={state.ids.problems} className={styles.problems}>
        {state.problems.map((problem) => (
          <li key={problem.kind}>{problemText(problem)}</li>
        ))}
      </ul>
    )}
    {!state.online && state.send.status !== 'waitingForNetwork' && (
      <Text size={200} className={styles.hint}>
        {strings.ComposerOffline}
      </Text>
    )}
    {!state.persisted && (
      <Text size={200} className={styles.hint}>
        {strings.ComposerNotPersisted}
      </Text>
    )}
  </>
);

const renderActions: Part = (state, styles, busy) => (
  <div className={styles.actions}>
    <Button
      appearance="subtle"
      icon={<DocumentRegular />}
      aria-pressed={state.panel === 'documents'}
      onClick={() => state.setPanel(state.panel === 'documents' ? 'none' : 'documents')}
      disabled={busy}
    >
      {strings.ComposerShareDocument}
    </Button>
    <React.Suspense fallback={null}>
      <LazyFileUploadButton channel={state.target} onUploaded={state.addAttachment} disabled={busy} />
    </React.Suspense>
    <span className={styles.grow} />
    <Text size={200} className={styles.hint} aria-hidden>
      {strings.ComposerSendHint}
    </Text>
    {state.onCancel && (
      <Button onClick={state.onCancel} disabled={busy}>
        {strings.ComposerCancel}
      </Button>
    )}
    <Button
      appearance="primary"
      icon={<SendRegular />}
      onClick={state.onSend}
      disabled={busy || state.loading}
      aria-keyshortcuts="Control+Enter"
    >
      {state.send.status === 'sending' ? strings.ComposerSending : strings.ComposerSend}
    </Button>
  </div>
);

/** The composer's layout: where, subject, text, attachments, limits, the send's state and the actions. */
export function renderComposer(state: ComposerState, styles: ComposerStyles): React.ReactElement {
  const isPost = state.mode === 'post';
  if (isPost && state.groupsLoaded && state.groups.length === 0) {
    return <Text>{strings.ComposerNoGroups}</Text>;
  }
  const busy = BUSY.has(state.send.status);
  return (
    <div
      role="group"
      aria-label={isPost ? strings.ComposerNewPostLabel : strings.ComposerReplyGroupLabel}
      className={mergeClasses(styles.root, !isPost && styles.reply)}
    >
      {isPost && renderWhere(state, styles, busy)}
      {state.loading ? <LoadingState label={strings.ComposerLoadingDraft} /> : renderEditor(state, styles, busy)}
      <AttachmentArea state={state} busy={busy} />
      {renderNotes(state, styles, busy)}
      <ComposerStatus state={state} />
      {renderActions(state, styles, busy)}
    </div>
  );
}
