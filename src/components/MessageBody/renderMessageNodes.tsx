import * as React from 'react';
import { TextLink } from '../TextLink/TextLink';
import { HostedImage } from './HostedImage';
import type { MessageRenderContext } from './MessageBody.types';
import type { MessageElement, MessageNode } from './MessageNode';

function renderElement(node: MessageElement, key: number, context: MessageRenderContext): React.ReactElement {
  const isVoid = node.tag === 'br' || node.tag === 'hr';
  return React.createElement(
    node.tag,
    { key, colSpan: node.colSpan, rowSpan: node.rowSpan },
    isVoid ? undefined : renderMessageNodes(node.children, context)
  );
}

function renderNode(node: MessageNode, key: number, context: MessageRenderContext): React.ReactNode {
  switch (node.kind) {
    case 'text':
      return <React.Fragment key={key}>{node.text}</React.Fragment>;
    case 'element':
      return renderElement(node, key, context);
    case 'link':
      return (
        <TextLink key={key} inline href={node.href} target="_blank" rel="noopener noreferrer">
          {renderMessageNodes(node.children, context)}
        </TextLink>
      );
    case 'mention': {
      const mention = context.mention(node.id);
      return <React.Fragment key={key}>{mention ? context.renderMention(mention) : node.text}</React.Fragment>;
    }
    case 'attachment': {
      const attachment = context.attachment(node.id);
      return <React.Fragment key={key}>{attachment && context.renderAttachment(attachment)}</React.Fragment>;
    }
    case 'image':
      return (
        <HostedImage
          key={key}
          src={node.src}
          alt={node.alt}
          width={node.width}
          height={node.height}
          load={context.loadHostedImage}
        />
      );
  }
}

/** React elements for a message tree; text stays text, so nothing in it is ever parsed as HTML again. */
export function renderMessageNodes(nodes: readonly MessageNode[], context: MessageRenderContext): React.ReactNode[] {
  return nodes.map((node, index) => renderNode(node, index, context));
}
