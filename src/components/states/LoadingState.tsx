import * as React from 'react';
import { Spinner } from '@fluentui/react-components';

export interface LoadingStateProps {
  label: string;
}

export function LoadingState({ label }: LoadingStateProps): React.ReactElement {
  return <Spinner size="small" label={label} labelPosition="after" />;
}
