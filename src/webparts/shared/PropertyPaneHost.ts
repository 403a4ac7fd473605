import type * as React from 'react';

/**
 * What a custom property pane field needs from its web part: the current values, and a way to render React
 * into the field's element with the web part's services (the property pane is outside the web part's tree).
 */
export interface PropertyPaneHost {
  value(key: string): unknown;
  mount(element: HTMLElement, content: React.ReactElement): void;
  unmount(element: HTMLElement): void;
}
