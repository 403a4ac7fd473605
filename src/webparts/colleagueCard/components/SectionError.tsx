import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { errorMessage } from '../../../components/states/errorMessage';
import type { ServiceError } from '../../../services/ServiceError';

export interface SectionErrorProps {
  error: ServiceError;
  /** The Graph permission this part needs; named when Graph answered 403. */
  permission?: string;
  onRetry?: () => void;
}

/** A failed part of the card, explained where it would have been; the rest of the card stays. */
export function SectionError({ error, permission, onRetry }: SectionErrorProps): React.ReactElement {
  const { title, detail } = errorMessage(error, commonStrings);
  const explanation = error.kind === 'forbidden'
    ? permission
      ? strings.PermissionNeeded.replace('{0}', permission)
      : strings.IntranetAccessNeeded
    : detail;
  return (
    <MessageBar intent={error.kind === 'forbidden' ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {explanation}
      </MessageBarBody>
      {onRetry && error.kind !== 'forbidden' && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry}>
            {strings.RetrySection}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
