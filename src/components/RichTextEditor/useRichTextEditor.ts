import * as React from 'react';
import { useEventCallback } from '@fluentui/react-components';
import type { MessagePerson } from '../../model/feed/Post';
import type { RichTextEditorHandle, RichTextEditorProps, RichTextEditorState } from './RichTextEditor.types';
import { RICH_TEXT_EDITOR_STRINGS } from './richTextEditorStrings';
import { restoreSelection } from './editorSelection';
import { useBlockedFormatting } from './useBlockedFormatting';
import { useEditorContent } from './useEditorContent';
import { useEditorFormat } from './useEditorFormat';
import { useEditorKeys } from './useEditorKeys';
import { useEditorPaste } from './useEditorPaste';
import { useLinkForm } from './useLinkForm';
import { useMentionQuery, type MentionTracking } from './useMentionQuery';
import { useSelectionMarks, type SelectionTracking } from './useSelectionMarks';

function useEditorHandle(
  ref: React.Ref<RichTextEditorHandle>,
  rootRef: React.RefObject<HTMLDivElement>,
  parts: { mention: MentionTracking; selection: SelectionTracking; clear: () => void; afterChange: () => void }
): void {
  const { mention, selection, clear, afterChange } = parts;
  const insertMention = useEventCallback((person: MessagePerson) => {
    mention.insert(person, selection.saved());
    afterChange();
  });
  const focus = useEventCallback(() => {
    if (rootRef.current) restoreSelection(rootRef.current, selection.saved());
  });
  React.useImperativeHandle(ref, () => ({ focus, clear, insertMention }), [focus, clear, insertMention]);
}

/**
 * Props to state for `RichTextEditor`. The DOM is the editing surface and `draftFromEditorDom` the truth: after
 * every change the content is read back from the DOM and reported; the DOM is only written when content comes
 * in from outside, or for a mention, a link or a paste.
 */
export function useRichTextEditor(
  props: RichTextEditorProps,
  ref: React.Ref<RichTextEditorHandle>
): RichTextEditorState {
  const rootRef = React.useRef<HTMLDivElement>(null);
  const strings = React.useMemo(() => ({ ...RICH_TEXT_EDITOR_STRINGS, ...props.strings }), [props.strings]);
  const disabled = props.disabled === true;
  const mention = useMentionQuery(rootRef, props.onMentionQuery);
  const content = useEditorContent(rootRef, props.value, props.onChange, mention.reset);
  const selection = useSelectionMarks(rootRef, mention.update);
  const afterChange = useEventCallback(() => {
    content.emit();
    mention.update();
    selection.refresh();
  });
  const linkForm = useLinkForm(rootRef, strings, selection.saved, afterChange);
  useBlockedFormatting(rootRef);
  const format = useEditorFormat(rootRef, {
    disabled,
    savedRange: selection.saved,
    showLinkForm: linkForm.show,
    afterChange
  });
  const onKeyDown = useEditorKeys(rootRef, {
    mention,
    onMentionKey: props.onMentionKey,
    onSubmit: props.onSubmit,
    onCancel: props.onCancel,
    format,
    afterChange,
    closeLinkForm: linkForm.closeIfOpen
  });

  useEditorHandle(ref, rootRef, { mention, selection, clear: content.clear, afterChange });
  const paste = useEditorPaste(rootRef, afterChange);

  return {
    rootRef,
    id: props.id,
    className: props.className,
    label: props.label,
    placeholder: props.placeholder,
    describedBy: props.describedBy,
    mentionListId: props.mentionListId,
    activeMentionId: props.activeMentionId,
    invalid: props.invalid === true,
    disabled,
    empty: content.empty,
    strings,
    marks: selection.marks,
    mentionOpen: mention.open,
    linkForm,
    format,
    onInput: afterChange,
    onKeyDown,
    ...paste
  };
}
