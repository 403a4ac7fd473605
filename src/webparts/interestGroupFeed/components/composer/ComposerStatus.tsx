import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { ComposerState } from './Composer.types';
import { sendStatusText } from './composerStatusText';
import { useComposerStyles } from './useComposerStyles';

type Intent = 'info' | 'success' | 'warning' | 'error';

const INTENT: Partial<Record<ComposerState['send']['status'], Intent>> = {
  sent: 'success',
  failed: 'error',
  unconfirmed: 'warning',
  waitingForNetwork: 'info',
  confirmIdentical: 'warning'
};

/**
 * Where the send stands: a live region that is always there says it (so a screen reader hears the result of every
 * send), and a message bar shows it with what can be done next: retry, post the same text again, or leave it.
 */
export function ComposerStatus({ state }: { state: ComposerState }): React.ReactElement {
  const styles = useComposerStyles();
  const send = state.send;
  const text = sendStatusText(send, state.mode);
  const intent = INTENT[send.status];
  return (
    <>
      <div id={state.ids.status} role="status" aria-live="polite" className={styles.visuallyHidden}>
        {text}
      </div>
      {!intent && text && (
        <Text size={200} className={styles.hint} aria-hidden>
          {text}
        </Text>
      )}
      {intent && (
        <MessageBar intent={intent} layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
          <MessageBarActions>
            {(send.status === 'failed' || send.status === 'unconfirmed') && (
              <Button size="small" onClick={state.onSend}>
                {send.status === 'failed' ? strings.ComposerRetry : strings.ComposerCheckAndRetry}
              </Button>
            )}
            {send.status === 'confirmIdentical' && (
              <>
                <Button size="small" appearance="primary" onClick={state.onConfirmIdentical}>
                  {state.mode === 'post' ? strings.ComposerPostAgain : strings.ComposerReplyAgain}
                </Button>
                <Button size="small" onClick={state.onDismiss}>
                  {strings.ComposerKeepEditing}
                </Button>
              </>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );
}
