import * as React from 'react';
import * as commonStrings from 'KringCommonStrings';
import { useAsyncData } from '../../hooks/useAsyncData';
import { useServices } from '../../services/ServicesContext';
import type { HealthCheckState } from './HealthCheck.types';
import { healthMessages } from './healthMessages';

/** The session's health report, and a way to check again after fixing something. */
export function useHealthCheck(): HealthCheckState {
  const { health } = useServices();
  const refresh = React.useRef(false);
  const { state, reload } = useAsyncData(() => health.check({ refresh: refresh.current }), [health]);
  const checkAgain = React.useCallback(() => {
    refresh.current = true;
    reload();
  }, [reload]);
  const messages = React.useMemo(
    () => (state.status === 'ready' ? healthMessages(state.data, commonStrings) : []),
    [state]
  );
  return { report: state, messages, checkAgain };
}
