import type { SharePointPlugin } from './server';
import { registerSharePointRoutes, seedSharePointLists } from './sharepoint';

/** The SharePoint REST half of the emulator (the two Kring lists and people search) under /sites/intranet. */
export const sharePointPlugin: SharePointPlugin = {
  seed: seedSharePointLists,
  register: (app, deps) => registerSharePointRoutes(app, deps)
};
