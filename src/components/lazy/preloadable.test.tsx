import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { preloadable } from './preloadable';

function Counter({ label }: { label: string }): React.ReactElement {
  const [count, setCount] = React.useState(0);
  return (
    <button onClick={() => setCount((n) => n + 1)}>
      {label} {count}
    </button>
  );
}

const Fallback = (): React.ReactElement => <p>unavailable</p>;

describe('preloadable', () => {
  it('keeps a part mounted before its code arrived, state and all, when its parent renders again', async () => {
    const part = preloadable(() => Promise.resolve(Counter), Fallback);
    const view = render(<part.Component label="Clicks" />);
    const button = await screen.findByRole('button', { name: 'Clicks 0' });
    fireEvent.click(button);
    view.rerender(<part.Component label="Taps" />);
    expect(screen.getByRole('button', { name: 'Taps 1' })).toBe(button);
  });

  it('renders at once where the code is there already', async () => {
    const part = preloadable(() => Promise.resolve(Counter), Fallback);
    await act(() => part.preload());
    render(<part.Component label="Now" />);
    expect(screen.getByRole('button', { name: 'Now 0' })).toBeInTheDocument();
  });

  it('renders the fallback when the code cannot be loaded', async () => {
    const part = preloadable<{ label: string }>(() => Promise.reject(new Error('chunk failed')), Fallback);
    render(<part.Component label="x" />);
    expect(await screen.findByText('unavailable')).toBeInTheDocument();
  });
});
