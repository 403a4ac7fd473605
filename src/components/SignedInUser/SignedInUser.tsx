import * as React from 'react';
import { Text } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { useServices } from '../../services/ServicesContext';
import { useAsyncData } from '../../hooks/useAsyncData';
import { LazyErrorState } from '../states/lazyStates';
import { LoadingState } from '../states/LoadingState';

/** "Signed in as …" for the signed-in user, read from Graph `/me`. */
export function SignedInUser(): React.ReactElement {
  const { people } = useServices();
  const { state, reload } = useAsyncData(() => people.getMe(), [people]);
  switch (state.status) {
    case 'idle':
    case 'loading':
      return <LoadingState label={commonStrings.Loading} />;
    case 'error':
      return <LazyErrorState error={state.error} onRetry={reload} />;
    case 'empty':
      return <></>;
    case 'ready':
      return <Text>{commonStrings.SignedInAs.replace('{0}', state.data.displayName)}</Text>;
  }
}
