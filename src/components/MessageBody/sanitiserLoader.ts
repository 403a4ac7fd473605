import type { MessageNode } from './MessageNode';
import type { SanitiseOptions } from './sanitiseMessageHtml';

/** Turns untrusted message HTML into a message tree (DOMPurify, then the typed tree), remembering recent bodies. */
export type SanitiseHtml = (html: string, options: SanitiseOptions) => MessageNode[];

let loaded: SanitiseHtml | undefined;
let pending: Promise<SanitiseHtml> | undefined;

// DOMPurify is the largest part of a message body's code and no body can be shown before the feed's data is
// there: it loads in a chunk of its own, started with the data.
function importSanitiser(): Promise<SanitiseHtml> {
  return import(/* webpackChunkName: 'kring-message-sanitiser' */ './sanitisedCache').then(
    (module) => (html, options) => module.cachedMessageBodyNodes(html, true, options)
  );
}

/** The sanitiser once its code is there, else undefined. */
export function loadedSanitiser(): SanitiseHtml | undefined {
  return loaded;
}

/** Loads the sanitiser's code once; after a failure (the network), the next call tries again. */
export function loadSanitiser(): Promise<SanitiseHtml> {
  pending =
    pending ??
    importSanitiser().then(
      (sanitise) => (loaded = sanitise),
      (error: unknown) => {
        pending = undefined;
        throw error;
      }
    );
  return pending;
}

/** Starts loading the sanitiser, for a part of the page about to show message bodies (e.g. with its data). */
export function preloadMessageSanitiser(): void {
  loadSanitiser().catch(() => undefined);
}
