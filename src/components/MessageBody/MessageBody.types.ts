import type * as React from 'react';
import type { Attachment, Mention } from '../../model/feed/Post';
import type { MessageNode } from './MessageNode';

/** Fetches a hosted image (it needs a Graph token) and returns an object URL for it, which the body revokes. */
export type LoadHostedImage = (src: string) => Promise<string>;

export interface MessageBodyProps {
  /** The message body as Graph returned it: untrusted. */
  html: string;
  /** False for a plain-text body (`contentType` text). */
  isHtml: boolean;
  mentions: Mention[];
  attachments: Attachment[];
  /** How a mention is shown; a highlighted name by default. */
  renderMention?: (mention: Mention) => React.ReactNode;
  /** How an attachment is shown; an `AttachmentCard` by default. */
  renderAttachment?: (attachment: Attachment) => React.ReactNode;
  /** Without it, hosted images show as not loaded. */
  loadHostedImage?: LoadHostedImage;
  /** The Graph origin hosted images may come from; `https://graph.microsoft.com` by default. */
  graphOrigin?: string;
}

/** What rendering the message tree needs to know beyond the tree. */
export interface MessageRenderContext {
  mention: (id: number) => Mention | undefined;
  attachment: (id: string) => Attachment | undefined;
  renderMention: (mention: Mention) => React.ReactNode;
  renderAttachment: (attachment: Attachment) => React.ReactNode;
  loadHostedImage: LoadHostedImage | undefined;
}

/**
 * What the body shows: its tree; nothing yet while the sanitiser's code loads; or, when that code cannot be
 * loaded, an HTML body's words as plain text.
 */
export type MessageBodyContent =
  { kind: 'tree'; nodes: MessageNode[] } | { kind: 'loading' } | { kind: 'text'; text: string };

export interface MessageBodyState {
  content: MessageBodyContent;
  context: MessageRenderContext;
  /** Attachments the body has no `<attachment>` for; Teams shows them after the text. */
  trailingAttachments: Attachment[];
}
