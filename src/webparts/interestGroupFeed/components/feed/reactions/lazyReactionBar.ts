import type * as React from 'react';
import type { ReactionBarProps } from './ReactionBar.types';

type Bar = React.ComponentType<ReactionBarProps>;

let loaded: Bar | undefined;
let pending: Promise<Bar> | undefined;

// The toggles (the store that sends reactions, the messages about them, who reacted) are not needed before the
// feed's threads are there: they load in a chunk of their own, and until then a thread shows its reactions as counts.
export function loadReactionBar(): Promise<Bar> {
  pending =
    pending ??
    import(/* webpackChunkName: 'kring-reaction-bar' */ './InteractiveReactionBar').then(
      (module) => (loaded = module.InteractiveReactionBar),
      (error: unknown) => {
        pending = undefined;
        throw error;
      }
    );
  return pending;
}

/** The interactive bar once its code is there, else undefined. */
export function loadedReactionBar(): Bar | undefined {
  return loaded;
}
