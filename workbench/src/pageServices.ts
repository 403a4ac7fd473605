import { createBrowserClients } from '../../src/services/clients';
import { createServices } from '../../src/services/createServices';
import type { KringServices } from '../../src/services/KringServices';
import type { SuiteSettings } from '../../src/services/settings/SuiteSettings';

/** The product's services for a page on `pageSiteUrl`, with a web part's settings overrides; one per combination. */
export type PageServicesFactory = (pageSiteUrl: string, overrides?: SuiteSettings) => KringServices;

export interface PageServicesOptions {
  graphUrl: string;
  getToken: () => Promise<string>;
  viewer: string | undefined;
}

/**
 * Services as a page in the workbench gets them. The profile page is the workbench itself: the tenant property
 * names a page on the emulator's intranet, which the emulator does not serve.
 */
export function pageServicesFactory(options: PageServicesOptions): PageServicesFactory {
  const made = new Map<string, KringServices>();
  const profilePageUrl = window.location.href;
  return (pageSiteUrl, overrides = {}) => {
    const key = `${pageSiteUrl}|${overrides.homeSiteUrl ?? ''}`;
    let services = made.get(key);
    if (!services) {
      const clients = createBrowserClients({
        graphBaseUrl: options.graphUrl,
        spBaseUrl: pageSiteUrl,
        getToken: options.getToken
      });
      services = createServices(clients, { viewer: options.viewer, overrides: { profilePageUrl, ...overrides } });
      made.set(key, services);
    }
    return services;
  };
}
