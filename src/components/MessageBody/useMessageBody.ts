import * as React from 'react';
import type { Attachment, Mention } from '../../model/feed/Post';
import { AttachmentCard } from './AttachmentCard';
import { fallbackText } from './fallbackText';
import type { MessageBodyContent, MessageBodyProps, MessageBodyState } from './MessageBody.types';
import type { MessageNode } from './MessageNode';
import { MentionText } from './MentionText';
import { plainTextToMessageNodes } from './plainTextNodes';
import { useSanitiser } from './useSanitiser';

const defaultRenderMention = (mention: Mention): React.ReactNode => React.createElement(MentionText, { mention });
const defaultRenderAttachment = (attachment: Attachment): React.ReactNode =>
  React.createElement(AttachmentCard, { attachment });

function collectAttachmentIds(nodes: readonly MessageNode[], ids: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.kind === 'attachment') {
      ids.add(node.id);
    } else if (node.kind === 'element' || node.kind === 'link') {
      collectAttachmentIds(node.children, ids);
    }
  }
  return ids;
}

/** The body's content: a plain-text body at once, an HTML body once the sanitiser is there, never unsanitised. */
function useMessageContent({ html, isHtml, graphOrigin }: MessageBodyProps): MessageBodyContent {
  const sanitiser = useSanitiser(isHtml);
  return React.useMemo((): MessageBodyContent => {
    if (!isHtml) return { kind: 'tree', nodes: plainTextToMessageNodes(html) };
    if (sanitiser.status === 'ready') return { kind: 'tree', nodes: sanitiser.sanitise(html, { graphOrigin }) };
    return sanitiser.status === 'failed' ? { kind: 'text', text: fallbackText(html) } : { kind: 'loading' };
  }, [html, isHtml, graphOrigin, sanitiser]);
}

/** The attachments shown after the text: those it does not place (none while it loads). */
function trailingAttachmentsOf(content: MessageBodyContent, attachments: Attachment[]): Attachment[] {
  if (content.kind === 'loading') return [];
  if (content.kind === 'text') return attachments;
  const referenced = collectAttachmentIds(content.nodes, new Set());
  return attachments.filter((attachment) => !referenced.has(attachment.id));
}

/** Props to state for `MessageBody`: the sanitised tree and how its mentions, attachments and images render. */
export function useMessageBody(props: MessageBodyProps): MessageBodyState {
  const { mentions, attachments } = props;
  const content = useMessageContent(props);
  const trailingAttachments = React.useMemo(() => trailingAttachmentsOf(content, attachments), [content, attachments]);

  return {
    content,
    trailingAttachments,
    context: {
      mention: (id) => mentions.find((mention) => mention.id === id),
      attachment: (id) => attachments.find((attachment) => attachment.id === id),
      renderMention: props.renderMention ?? defaultRenderMention,
      renderAttachment: props.renderAttachment ?? defaultRenderAttachment,
      loadHostedImage: props.loadHostedImage
    }
  };
}
