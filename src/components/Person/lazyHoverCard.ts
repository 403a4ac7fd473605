import * as React from 'react';

/** The hover card (popover, positioning) loads when someone first points at or focuses a person. */
export function loadHoverCard(): Promise<typeof import('../PersonCard/PersonHoverCard')> {
  return import(/* webpackChunkName: 'kring-hover-card' */ '../PersonCard/PersonHoverCard');
}

export const LazyPersonHoverCard = React.lazy(() =>
  loadHoverCard().then((module) => ({ default: module.PersonHoverCard }))
);
