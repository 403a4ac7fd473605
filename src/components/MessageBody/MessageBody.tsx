import * as React from 'react';
import type { MessageBodyProps } from './MessageBody.types';
import { renderMessageNodes } from './renderMessageNodes';
import { useMessageBody } from './useMessageBody';
import { useMessageBodyStyles } from './useMessageBodyStyles';

/**
 * The body of a Teams channel message: its untrusted HTML sanitised into a tree and rendered element by element,
 * with mentions, attachment cards and hosted images; attachments the text does not place follow it.
 */
export function MessageBody(props: MessageBodyProps): React.ReactElement {
  const state = useMessageBody(props);
  const styles = useMessageBodyStyles();
  return (
    <div className={styles.root}>
      {renderMessageNodes(state.nodes, state.context)}
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
