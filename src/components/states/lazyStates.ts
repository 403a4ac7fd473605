import { preloadable } from '../lazy/preloadable';
import type { ErrorStateProps } from './ErrorState';
import type { NoticeProps } from './Notice';
import { PlainErrorState, PlainNotice } from './PlainMessage';

// Most pages never show an error or a notice: Fluent's MessageBar loads with the first one.
const loadMessageBars = (): Promise<typeof import('./messageBars')> =>
  import(/* webpackChunkName: 'kring-message-bars' */ './messageBars');

const errorState = preloadable<ErrorStateProps>(() => loadMessageBars().then((m) => m.ErrorState), PlainErrorState);
const notice = preloadable<NoticeProps>(() => loadMessageBars().then((m) => m.Notice), PlainNotice);

/** `ErrorState`, its code loaded when the first error is shown. */
export const LazyErrorState = errorState.Component;

/** `Notice`, its code loaded when the first notice is shown. */
export const LazyNotice = notice.Component;

/** Loads the MessageBars ahead of a notice that is about to show (a save under way). */
export function preloadMessageBars(): Promise<void> {
  return Promise.all([errorState.preload(), notice.preload()]).then(() => undefined);
}
