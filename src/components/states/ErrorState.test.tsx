import * as React from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ServiceError } from '../../services/ServiceError';
import { ErrorState } from './ErrorState';

describe('ErrorState', () => {
  afterEach(() => jest.useRealTimers());

  it('counts the wait down to zero, then says trying again is possible', () => {
    jest.useFakeTimers();
    render(
      <ErrorState
        error={new ServiceError('throttled', 'Slow down', { status: 429, retryAfterSeconds: 2 })}
        onRetry={jest.fn()}
      />
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Microsoft 365 is busy');
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 2 seconds.');

    act(() => jest.advanceTimersByTime(1000));
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 1 second.');

    act(() => jest.advanceTimersByTime(1000));
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(alert).not.toHaveTextContent(/Try again in/);
    expect(alert).toHaveTextContent('You can try again now.');
    act(() => jest.advanceTimersByTime(5000));
    expect(alert).toHaveTextContent('You can try again now.');
  });

  it('names the needed permission on 403 and offers no retry', () => {
    render(
      <ErrorState
        error={new ServiceError('forbidden', 'No', { status: 403 })}
        permission="User.Read.All"
        onRetry={jest.fn()}
      />
    );
    expect(screen.getByRole('alert')).toHaveTextContent('approve the permission User.Read.All');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('retries on request', async () => {
    const onRetry = jest.fn();
    render(<ErrorState compact error={new ServiceError('failed', 'Boom', { status: 500 })} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Microsoft 365 answered with an error');
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
