import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { preloadVirtualizer, useVirtualizer } from './lazyVirtualizer';

function TotalSize({ count }: { count: number }) {
  const virtualizer = useVirtualizer({ count, getScrollElement: () => null, estimateSize: () => 100 });
  return <p>{`${virtualizer.getTotalSize()} px`}</p>;
}

describe('lazyVirtualizer', () => {
  it("suspends until the virtualiser's code is there, then virtualises", async () => {
    render(
      <React.Suspense fallback={<p>Loading feed</p>}>
        <TotalSize count={3} />
      </React.Suspense>
    );
    expect(screen.getByText('Loading feed')).toBeInTheDocument();
    expect(await screen.findByText('300 px')).toBeInTheDocument();
    expect(screen.queryByText('Loading feed')).toBeNull();
  });

  it('renders at once once the code has loaded', async () => {
    await preloadVirtualizer();
    render(
      <React.Suspense fallback={<p>Loading feed</p>}>
        <TotalSize count={2} />
      </React.Suspense>
    );
    expect(screen.getByText('200 px')).toBeInTheDocument();
  });
});
