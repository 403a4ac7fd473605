import * as React from 'react';
import type { Attachment, Mention } from '../../model/feed/Post';
import { AttachmentCard } from './AttachmentCard';
import type { MessageBodyProps, MessageBodyState } from './MessageBody.types';
import type { MessageNode } from './MessageNode';
import { MentionText } from './MentionText';
import { cachedMessageBodyNodes } from './sanitisedCache';

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

/** Props to state for `MessageBody`: the sanitised tree and how its mentions, attachments and images render. */
export function useMessageBody(props: MessageBodyProps): MessageBodyState {
  const { html, isHtml, mentions, attachments, graphOrigin } = props;
  const nodes = React.useMemo(() => cachedMessageBodyNodes(html, isHtml, { graphOrigin }), [html, isHtml, graphOrigin]);
  const referenced = React.useMemo(() => collectAttachmentIds(nodes, new Set()), [nodes]);

  return {
    nodes,
    trailingAttachments: attachments.filter((attachment) => !referenced.has(attachment.id)),
    context: {
      mention: (id) => mentions.find((mention) => mention.id === id),
      attachment: (id) => attachments.find((attachment) => attachment.id === id),
      renderMention: props.renderMention ?? defaultRenderMention,
      renderAttachment: props.renderAttachment ?? defaultRenderAttachment,
      loadHostedImage: props.loadHostedImage
    }
  };
}
