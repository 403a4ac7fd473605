import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface NoticeProps {
  intent: 'info' | 'success' | 'warning';
  title?: string;
  /** `status` for news that is not urgent (a save went through); the MessageBar's default otherwise. */
  role?: 'status';
  children: React.ReactNode;
}

/** A message that is not an error of a call: a person not found, a saved profile. */
export function Notice({ intent, title, role, children }: NoticeProps): React.ReactElement {
  return (
    <MessageBar intent={intent} role={role} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
