import { useAsyncData } from '../../../../hooks/useAsyncData';
import { useHost } from '../../../../host/HostContext';
import type { PersonProfile } from '../../../../model/PersonProfile';
import { useServices } from '../../../../services/ServicesContext';
import { cardLoadRef } from '../../cardLoadRef';
import type { ColleagueCardProps, ColleagueCardState } from './ColleagueCard.types';
import { useCardLinks } from './useCardLinks';
import { useCardTiming } from './cardTiming';
import { useContributions } from './useContributions';
import { useProfileEditing } from './useProfileEditing';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

/** Loads the card, its contributions in parallel, and runs editing with an optimistic save and rollback. */
export function useColleagueCard({ personRef }: ColleagueCardProps): ColleagueCardState {
  const host = useHost();
  const { people } = useServices();
  const isMeRef = personRef.trim().toLowerCase() === 'me';
  const loadRef = cardLoadRef(personRef, host);
  const { state: card, reload } = useAsyncData(() => people.getProfileCard(loadRef), [people, loadRef]);
  const links = useCardLinks();

  const loaded = card.status === 'ready' ? card.data.profile : undefined;
  const { edits, ...editing } = useProfileEditing(personRef, loaded?.id);
  useCardTiming(loaded !== undefined, card.status !== 'loading' && card.status !== 'idle');
  const profile: PersonProfile | undefined = loaded && edits ? { ...loaded, ...edits } : loaded;
  const isMe =
    isMeRef ||
    (loaded !== undefined &&
      (same(loaded.id, host.user.id) ||
        same(loaded.userPrincipalName, host.user.loginName) ||
        same(loaded.userPrincipalName, host.user.email)));

  const knownId = GUID.test(loadRef) ? loadRef : undefined;
  const contributions = useContributions(loaded?.id ?? knownId);

  return {
    personRef,
    locale: host.locale,
    card,
    profile,
    contributions: contributions.state,
    isMe,
    links,
    reload,
    reloadContributions: contributions.reload,
    ...editing
  };
}
