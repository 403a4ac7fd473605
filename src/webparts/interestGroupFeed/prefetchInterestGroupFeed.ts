import type { KringServices } from '../../services/KringServices';

/**
 * Starts what the feed opens with, the registry and my memberships, before the feed's code has loaded: the feed
 * then finds both under way (the groups service shares reads in flight) and sends its first `$batch` sooner. The
 * tenant properties (where the registry is) are asked for at once, while the groups service's own chunk loads.
 */
export function prefetchInterestGroupFeed(services: KringServices): void {
  services.settings.load().catch(() => undefined);
  services.groups.getRegistry().catch(() => undefined);
  services.groups.getMyGroupIds().catch(() => undefined);
}
