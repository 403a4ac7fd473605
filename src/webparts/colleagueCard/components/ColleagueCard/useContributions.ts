import * as React from 'react';
import type { AsyncData } from '../../../../components/useAsyncData';
import type { Highlight } from '../../../../model/Highlight';
import { useServices } from '../../../../services/ServicesContext';
import { toServiceError } from '../../../../services/toServiceError';

/**
 * The person's recent highlights. Starts as soon as their id is known, which for `me` or an id is at once,
 * so the SharePoint request runs in parallel with the Graph `$batch`.
 */
export function useContributions(personId: string | undefined): { state: AsyncData<Highlight[]> | { status: 'idle' }; reload: () => void } {
  const { highlights } = useServices();
  const [state, setState] = React.useState<AsyncData<Highlight[]> | { status: 'idle' }>({ status: 'idle' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    if (!personId) {
      setState({ status: 'idle' });
      return undefined;
    }
    let current = true;
    setState({ status: 'loading' });
    highlights.getContributions(personId).then(
      (data) => current && setState(data.length === 0 ? { status: 'empty' } : { status: 'ready', data }),
      async (error: unknown) => {
        const serviceError = await toServiceError(error);
        if (current) {
          setState({ status: 'error', error: serviceError });
        }
      }
    );
    return () => {
      current = false;
    };
  }, [highlights, personId, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
