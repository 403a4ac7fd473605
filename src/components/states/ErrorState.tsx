import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import type { ServiceError } from '../../services/ServiceError';
import { errorMessage } from './errorMessage';

export interface ErrorStateProps {
  error: ServiceError;
  onRetry?: () => void;
}

/** A failed load, explained in people's terms, with a retry button when trying again can help. */
export function ErrorState({ error, onRetry }: ErrorStateProps): React.ReactElement {
  const { title, detail } = errorMessage(error, commonStrings);
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{commonStrings.Retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
