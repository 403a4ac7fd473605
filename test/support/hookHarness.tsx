import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';

/** Renders a hook in a bare component and keeps its latest result, for hook tests. */
export function renderHookResult<P, R>(
  hook: (props: P) => R,
  initialProps: P
): { current: () => R; rerender: (props: P) => void; view: RenderResult } {
  let latest: R | undefined;
  function Probe(props: { hookProps: P }): React.ReactElement | null {
    latest = hook(props.hookProps);
    return null;
  }
  const view = render(<Probe hookProps={initialProps} />);
  return {
    current: () => latest as R,
    rerender: (props) => view.rerender(<Probe hookProps={props} />),
    view
  };
}
