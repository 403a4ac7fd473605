import type { HostInfo } from '../../host/HostInfo';

/**
 * The reference the card is loaded by: the signed-in user by id when the host knows it (ids are the same for
 * every viewer, so a cached card is never one user's card shown as another user's "me"), otherwise as given.
 */
export function cardLoadRef(personRef: string, host: Pick<HostInfo, 'user'>): string {
  return personRef.trim().toLowerCase() === 'me' && host.user.id ? host.user.id : personRef;
}
