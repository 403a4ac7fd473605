import { GraphBrowser, graphfi, SPFx as GraphSPFx, type GraphFI } from '@pnp/graph';
import { SPBrowser, spfi, SPFx, type SPFI } from '@pnp/sp';
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { BearerToken, type TokenSource } from './bearerToken';

/** The two PnPjs clients every Kring service is built from. */
export interface KringClients {
  graph: GraphFI;
  sp: SPFI;
}

/** Production: tokens and the SharePoint session come from the SPFx page context. */
export function createSpfxClients(context: WebPartContext): KringClients {
  return {
    graph: graphfi().using(GraphSPFx(context)),
    sp: spfi().using(SPFx(context))
  };
}

export interface BrowserClientOptions {
  /** Graph root including the version, e.g. `http://localhost:4301/v1.0`. */
  graphBaseUrl: string;
  /** SharePoint site URL, e.g. `http://localhost:4301/sites/intranet`. */
  spBaseUrl: string;
  getToken: TokenSource;
}

/** Anything that is not a SharePoint page (the local workbench, tests, benchmarks): a base URL and a token. */
export function createBrowserClients(options: BrowserClientOptions): KringClients {
  return {
    graph: graphfi().using(GraphBrowser({ baseUrl: options.graphBaseUrl }), BearerToken(options.getToken)),
    sp: spfi().using(SPBrowser({ baseUrl: options.spBaseUrl }), BearerToken(options.getToken))
  };
}
