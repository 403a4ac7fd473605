/** The HTML elements a message body may keep, each rendered as itself. */
export type MessageElementTag =
  | 'p'
  | 'br'
  | 'div'
  | 'span'
  | 'b'
  | 'strong'
  | 'i'
  | 'em'
  | 'u'
  | 's'
  | 'del'
  | 'sub'
  | 'sup'
  | 'blockquote'
  | 'pre'
  | 'code'
  | 'ul'
  | 'ol'
  | 'li'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tfoot'
  | 'tr'
  | 'th'
  | 'td'
  | 'hr';

export interface MessageText {
  kind: 'text';
  text: string;
}

export interface MessageElement {
  kind: 'element';
  tag: MessageElementTag;
  children: MessageNode[];
  /** Table cells only. */
  colSpan?: number;
  rowSpan?: number;
}

/** A link whose `href` is an absolute http, https or mailto URL. */
export interface MessageLink {
  kind: 'link';
  href: string;
  children: MessageNode[];
}

/** An `<at id="N">`: the `id` is the index into the message's mentions. */
export interface MessageMention {
  kind: 'mention';
  id: number;
  text: string;
}

/** An `<attachment id>`: where one of the message's attachments is shown. */
export interface MessageAttachmentRef {
  kind: 'attachment';
  id: string;
}

/** An image hosted with the message on Graph (`…/hostedContents/{id}/$value`); it needs a token to be fetched. */
export interface MessageImage {
  kind: 'image';
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/** A message body as Kring renders it: only what this tree can say reaches the page. */
export type MessageNode =
  MessageText | MessageElement | MessageLink | MessageMention | MessageAttachmentRef | MessageImage;
