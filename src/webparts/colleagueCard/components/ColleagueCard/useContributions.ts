import type { AsyncData } from '../../../../hooks/AsyncData';
import { isEmptyList } from '../../../../hooks/AsyncData';
import { useAsyncData } from '../../../../hooks/useAsyncData';
import type { Highlight } from '../../../../model/Highlight';
import { useServices } from '../../../../services/ServicesContext';

/**
 * The person's recent highlights. Starts as soon as their id is known, which for `me` or an id is at once,
 * so the SharePoint request runs in parallel with the Graph `$batch`.
 */
export function useContributions(personId: string | undefined): { state: AsyncData<Highlight[]>; reload: () => void } {
  const { highlights } = useServices();
  return useAsyncData<Highlight[]>(() => highlights.getContributions(personId ?? ''), [highlights, personId], {
    enabled: personId !== undefined,
    isEmpty: isEmptyList
  });
}
