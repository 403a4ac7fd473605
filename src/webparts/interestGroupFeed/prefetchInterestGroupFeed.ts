import type { KringServices } from '../../services/KringServices';

/**
 * Starts what the feed opens with, the registry and my memberships, before the feed's code has loaded: the feed
 * then finds both under way (the groups service shares reads in flight) and sends its first `$batch` sooner.
 */
export function prefetchInterestGroupFeed(services: KringServices): void {
  services.groups.getRegistry().catch(() => undefined);
  services.groups.getMyGroupIds().catch(() => undefined);
}
