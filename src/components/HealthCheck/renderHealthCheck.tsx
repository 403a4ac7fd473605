import * as React from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner
} from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { ErrorState } from '../states/ErrorState';
import type { HealthCheckState, HealthMessage } from './HealthCheck.types';
import type { HealthCheckStyles } from './useHealthCheckStyles';

function renderMessage(message: HealthMessage, styles: HealthCheckStyles, action: React.ReactNode): React.ReactElement {
  return (
    <MessageBar
      key={message.id}
      intent={message.intent}
      layout="multiline"
      politeness="polite"
      data-kring-health-finding={message.id}
    >
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        <span className={styles.detail}>{message.detail}</span>
        {message.command && <code className={styles.command}>{message.command}</code>}
      </MessageBarBody>
      {action && <MessageBarActions>{action}</MessageBarActions>}
    </MessageBar>
  );
}

/** The report above a web part in edit mode: a labelled region of MessageBars, with one "check again" button. */
export function renderHealthCheck(state: HealthCheckState, styles: HealthCheckStyles): React.ReactElement {
  const { report, messages, checkAgain } = state;
  const checkAgainButton = (
    <Button size="small" onClick={checkAgain}>
      {commonStrings.HealthCheckAgain}
    </Button>
  );
  return (
    <section
      className={styles.root}
      aria-label={commonStrings.HealthRegionLabel}
      aria-busy={report.status === 'loading'}
      data-kring-health={report.status === 'ready' ? report.data.status : report.status}
    >
      {report.status === 'loading' && (
        <Spinner size="tiny" label={commonStrings.HealthChecking} labelPosition="after" />
      )}
      {report.status === 'error' && <ErrorState error={report.error} onRetry={checkAgain} compact />}
      {messages.map((message, index) => renderMessage(message, styles, index === 0 ? checkAgainButton : undefined))}
    </section>
  );
}
