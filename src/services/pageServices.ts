import type { KringServices } from './KringServices';

const perViewer = new Map<string, KringServices>();

/**
 * The one composition root of a page: every Kring web part on it (they share one bundle, so one module
 * instance) gets the same services for the same signed-in user, and so one cache, one photo and presence
 * `$batch` for all people shown, and one in-flight request per card.
 */
export function servicesForPage(viewer: string, create: () => KringServices): KringServices {
  const key = viewer.toLowerCase();
  let services = perViewer.get(key);
  if (!services) {
    services = create();
    perViewer.set(key, services);
  }
  return services;
}

/** Forgets the page's services (tests; a workbench sign-out). */
export function resetPageServices(): void {
  perViewer.clear();
}
