import { act } from '@testing-library/react';
import { ServiceError } from '../services/ServiceError';
import { renderHookResult } from '../../test/support/hookHarness';
import { useDebouncedQuery } from './useDebouncedQuery';
import { deferred } from '../components/testing/deferred';

describe('useDebouncedQuery', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends one request per settled query while someone types', async () => {
    const search = jest.fn(async (query: string) => [query]);
    const hook = renderHookResult<string, ReturnType<typeof useDebouncedQuery<string[]>>>(
      (query: string) => useDebouncedQuery(query, search, { delayMs: 300 }),
      ''
    );
    for (const typed of ['s', 'st', 'sta', 'stat']) {
      hook.rerender(typed);
      act(() => void jest.advanceTimersByTime(120));
    }
    expect(search).not.toHaveBeenCalled();
    await act(async () => void jest.advanceTimersByTime(300));

    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith('stat');
    expect(hook.current().state).toEqual({ status: 'ready', data: ['stat'] });
    expect(hook.current().settledQuery).toBe('stat');
  });

  it('drops the answer to an older query that arrives after a newer one', async () => {
    const first = deferred<string[]>();
    const second = deferred<string[]>();
    const search = jest.fn().mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);
    const hook = renderHookResult<string, ReturnType<typeof useDebouncedQuery<string[]>>>(
      (query: string) => useDebouncedQuery(query, search, { delayMs: 100 }),
      'data'
    );
    act(() => void jest.advanceTimersByTime(100));
    hook.rerender('data-analyse');
    act(() => void jest.advanceTimersByTime(100));

    await act(async () => second.resolve(['new']));
    await act(async () => first.resolve(['old']));
    expect(hook.current().state).toEqual({ status: 'ready', data: ['new'] });
  });

  it('does not send the same settled query again, and stays idle below the minimum length', async () => {
    const search = jest.fn(async (query: string) => [query]);
    const hook = renderHookResult<string, ReturnType<typeof useDebouncedQuery<string[]>>>(
      (query: string) => useDebouncedQuery(query, search, { delayMs: 100, minLength: 2 }),
      'a'
    );
    act(() => void jest.advanceTimersByTime(200));
    expect(hook.current().state.status).toBe('idle');

    hook.rerender('ab');
    await act(async () => void jest.advanceTimersByTime(100));
    hook.rerender('abc');
    hook.rerender('ab ');
    await act(async () => void jest.advanceTimersByTime(100));
    expect(search).toHaveBeenCalledTimes(1);
  });

  it('keeps a failure as an error and sends again on reload', async () => {
    const search = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('throttled', 'Slow down', { status: 429 }))
      .mockResolvedValueOnce(['ok']);
    const hook = renderHookResult<string, ReturnType<typeof useDebouncedQuery<string[]>>>(
      (query: string) => useDebouncedQuery(query, search, { delayMs: 50 }),
      'x'
    );
    await act(async () => void jest.advanceTimersByTime(50));
    expect(hook.current().state.status).toBe('error');

    act(() => hook.current().reload());
    await act(async () => void jest.advanceTimersByTime(50));
    expect(hook.current().state).toEqual({ status: 'ready', data: ['ok'] });
  });
});
