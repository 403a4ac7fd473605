import type * as React from 'react';

export interface TabStripTab<V extends string> {
  value: V;
  label: string;
}

export interface TabStripProps<V extends string> {
  tabs: readonly TabStripTab<V>[];
  selectedValue: V;
  /** Called when a tab is clicked or reached with the arrow keys, Home or End (tabs activate on focus). */
  onSelect: (value: V) => void;
  /** Names the tab list for screen readers. */
  label?: string;
  /** Laid out on the tab panel, which holds the selected tab's content. */
  panelClassName?: string;
  /** The selected tab's content. */
  children?: React.ReactNode;
}
