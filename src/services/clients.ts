import { GraphBrowser, graphfi, SPFx as GraphSPFx, type GraphFI } from '@pnp/graph';
import { SPBrowser, spfi, SPFx, type SPFI } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { BearerToken, type TokenSource } from './bearerToken';

/** The PnPjs clients every Kring service is built from. */
export interface KringClients {
  graph: GraphFI;
  /** Where Graph answers (`https://graph.microsoft.com`): message bodies link hosted images there. */
  graphOrigin: string;
  /** The page's own site (in a Teams tab, the team's site): where tenant properties are read. */
  sp: SPFI;
  /** Another site of the tenant by absolute URL, such as Kring's home site; one client per site. */
  spFor: (siteUrl: string) => SPFI;
}

function onePerSite(create: (siteUrl: string) => SPFI): (siteUrl: string) => SPFI {
  const clients = new Map<string, SPFI>();
  return (siteUrl) => {
    const key = siteUrl.toLowerCase();
    let client = clients.get(key);
    if (!client) {
      client = create(siteUrl);
      clients.set(key, client);
    }
    return client;
  };
}

/** Production: tokens and the SharePoint session come from the SPFx page context. */
export function createSpfxClients(context: WebPartContext): KringClients {
  return {
    graph: graphfi().using(GraphSPFx(context)),
    graphOrigin: 'https://graph.microsoft.com',
    sp: spfi().using(SPFx(context)),
    spFor: onePerSite((siteUrl) => spfi(siteUrl).using(SPFx(context)))
  };
}

export interface BrowserClientOptions {
  /** Graph root including the version, e.g. `http://localhost:4301/v1.0`. */
  graphBaseUrl: string;
  /** The page's own SharePoint site URL, e.g. `http://localhost:4301/sites/intranet`. */
  spBaseUrl: string;
  getToken: TokenSource;
}

/** Anything that is not a SharePoint page (the local workbench, tests, benchmarks): a base URL and a token. */
export function createBrowserClients(options: BrowserClientOptions): KringClients {
  const siteClient = (siteUrl: string): SPFI =>
    spfi().using(SPBrowser({ baseUrl: siteUrl }), BearerToken(options.getToken));
  return {
    graph: graphfi().using(GraphBrowser({ baseUrl: options.graphBaseUrl }), BearerToken(options.getToken)),
    graphOrigin: new URL(options.graphBaseUrl).origin,
    sp: siteClient(options.spBaseUrl),
    spFor: onePerSite(siteClient)
  };
}
