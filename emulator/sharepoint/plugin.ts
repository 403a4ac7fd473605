import type { SharePointPlugin } from '../server';
import { registerSharePointRoutes, seedSharePoint } from './index';

/** The SharePoint REST half of the emulator: Kring's lists on the intranet, team sites, tenant properties and people search. */
export const sharePointPlugin: SharePointPlugin = {
  seed: seedSharePoint,
  register: (app, deps) => registerSharePointRoutes(app, deps)
};
