import { preloadable } from '../../../../../components/lazy/preloadable';
import type { ReactionPickerProps } from './ReactionPicker';
import type { WhoReactedProps } from './WhoReacted';

// The feed's first load stays small: the six reactions to choose from and the list of who reacted (with the
// popover and its positioning) load when someone first points at, focuses or opens them.
const loadPopups = (): Promise<typeof import('./reactionPopups')> =>
  import(/* webpackChunkName: 'kring-reactions' */ './reactionPopups');

const Nothing = (): null => null;

const picker = preloadable<ReactionPickerProps>(() => loadPopups().then((module) => module.ReactionPicker), Nothing);
const whoReacted = preloadable<WhoReactedProps>(() => loadPopups().then((module) => module.WhoReacted), Nothing);

export const LazyReactionPicker = picker.Component;
export const LazyWhoReacted = whoReacted.Component;

export function preloadReactionPopups(): void {
  picker.preload().catch(() => undefined);
}
