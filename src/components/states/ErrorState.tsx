import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import type { ServiceError } from '../../services/ServiceError';
import { errorMessage, forbiddenDetail } from './errorMessage';
import { RetryCountdown } from './RetryCountdown';

export interface ErrorStateProps {
  error: ServiceError;
  /** The Graph permission this part needs; named when Graph answered 403. */
  permission?: string;
  /** Offered unless the error is a 403, which trying again does not fix. */
  onRetry?: () => void;
  /** For a part of a page: a smaller retry button, the rest of the page stays. */
  compact?: boolean;
}

/** A failed load, explained in people's terms, with a retry button when trying again can help. */
export function ErrorState({ error, permission, onRetry, compact = false }: ErrorStateProps): React.ReactElement {
  const { title, detail } = errorMessage(error, commonStrings);
  const forbidden = error.kind === 'forbidden';
  return (
    <MessageBar intent={forbidden ? 'warning' : 'error'} role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {forbidden ? forbiddenDetail(commonStrings, permission) : detail}
        {error.retryAfterSeconds !== undefined && <RetryCountdown seconds={error.retryAfterSeconds} error={error} />}
      </MessageBarBody>
      {onRetry && !forbidden && (
        <MessageBarActions>
          <Button size={compact ? 'small' : 'medium'} onClick={onRetry}>
            {commonStrings.Retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
