import * as React from 'react';
import type { MessageBodyContent, MessageRenderContext } from './MessageBody.types';
import type { MessageBodyProps } from './MessageBody.types';
import { renderMessageNodes } from './renderMessageNodes';
import { useMessageBody } from './useMessageBody';
import { useMessageBodyStyles } from './useMessageBodyStyles';

type Styles = ReturnType<typeof useMessageBodyStyles>;

function renderContent(content: MessageBodyContent, context: MessageRenderContext, styles: Styles): React.ReactNode {
  if (content.kind === 'tree') return renderMessageNodes(content.nodes, context);
  if (content.kind === 'text') return <p>{content.text}</p>;
  return <span className={styles.placeholder} />;
}

/**
 * The body of a Teams channel message: its untrusted HTML sanitised into a tree and rendered element by element,
 * with mentions, attachment cards and hosted images; attachments the text does not place follow it.
 */
export function MessageBody(props: MessageBodyProps): React.ReactElement {
  const state = useMessageBody(props);
  const styles = useMessageBodyStyles();
  return (
    <div className={styles.root} aria-busy={state.content.kind === 'loading' || undefined}>
      {renderContent(state.content, state.context, styles)}
      {state.trailingAttachments.length > 0 && (
        <div className={styles.attachments}>
          {state.trailingAttachments.map((attachment) => (
            <React.Fragment key={attachment.id}>{state.context.renderAttachment(attachment)}</React.Fragment>
          ))}
        </div>
      )}
    </div>
  );
}
