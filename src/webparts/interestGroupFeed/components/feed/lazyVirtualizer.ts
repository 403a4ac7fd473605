import type * as ReactVirtual from '@tanstack/react-virtual';

type VirtualizerModule = typeof ReactVirtual;

export type { Virtualizer, VirtualItem } from '@tanstack/react-virtual';

let loaded: VirtualizerModule | undefined;
let failure: unknown;
let pending: Promise<void> | undefined;

/**
 * Starts loading the virtualiser's code (`@tanstack/react-virtual`), for the feed about to show: it is not needed
 * before the feed's threads are there, so it loads while they do. Idempotent.
 */
export function preloadVirtualizer(): Promise<void> {
  pending =
    pending ??
    import(/* webpackChunkName: 'kring-virtualizer' */ '@tanstack/react-virtual').then(
      (module) => {
        loaded = module;
      },
      (error: unknown) => {
        failure = error;
      }
    );
  return pending;
}

/**
 * `useVirtualizer` of `@tanstack/react-virtual`, whose code loads with `preloadVirtualizer`. Until it is there the
 * component suspends (the nearest Suspense boundary shows its fallback); code that cannot be loaded throws, as a
 * `React.lazy` component does.
 */
export const useVirtualizer: VirtualizerModule['useVirtualizer'] = (options) => {
  if (failure !== undefined) {
    throw failure;
  }
  if (!loaded) {
    throw preloadVirtualizer();
  }
  return loaded.useVirtualizer(options);
};
