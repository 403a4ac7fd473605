import { act } from '@testing-library/react';
import { ServiceError } from '../services/ServiceError';
import { renderHookResult } from '../../test/support/hookHarness';
import { usePagedData, type Page } from './usePagedData';

const pages: Record<string, Page<number>> = {
  first: { items: [1, 2, 3], next: 'p2' },
  p2: { items: [3, 4, 5], next: 'p3' },
  p3: { items: [6] }
};

describe('usePagedData', () => {
  it('loads the first page, then the next ones on demand, without duplicates', async () => {
    const load = jest.fn(async (cursor: string | undefined) => pages[cursor ?? 'first']);
    const hook = renderHookResult(() => usePagedData(load, [], { keyOf: String }), undefined);
    await act(async () => undefined);
    expect(hook.current().state).toEqual({ status: 'ready', data: [1, 2, 3] });

    await act(async () => {
      hook.current().loadMore();
      hook.current().loadMore();
    });
    expect(load).toHaveBeenCalledTimes(2);
    expect(hook.current().state).toEqual({ status: 'ready', data: [1, 2, 3, 4, 5] });

    await act(async () => hook.current().loadMore());
    expect(hook.current().state).toEqual({ status: 'ready', data: [1, 2, 3, 4, 5, 6] });
    expect(hook.current().hasMore).toBe(false);
    await act(async () => hook.current().loadMore());
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('keeps what was loaded when a later page fails, and can ask for it again', async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce(pages.first)
      .mockRejectedValueOnce(new ServiceError('unavailable', 'Down', { status: 503 }))
      .mockResolvedValueOnce(pages.p2);
    const hook = renderHookResult(() => usePagedData<number>(load, []), undefined);
    await act(async () => undefined);
    await act(async () => hook.current().loadMore());
    expect(hook.current().moreError?.kind).toBe('unavailable');
    expect(hook.current().state).toEqual({ status: 'ready', data: [1, 2, 3] });

    await act(async () => hook.current().loadMore());
    expect(hook.current().moreError).toBeUndefined();
    expect(hook.current().state.status === 'ready' && hook.current().state).toMatchObject({ data: [1, 2, 3, 3, 4, 5] });
  });

  it('reloads from the top and drops a page that was still on its way', async () => {
    let release: (page: Page<number>) => void = () => undefined;
    const load = jest
      .fn()
      .mockResolvedValueOnce(pages.first)
      .mockReturnValueOnce(new Promise<Page<number>>((resolve) => (release = resolve)))
      .mockResolvedValueOnce({ items: [9] });
    const hook = renderHookResult(() => usePagedData<number>(load, []), undefined);
    await act(async () => undefined);
    act(() => hook.current().loadMore());
    await act(async () => hook.current().reload());
    await act(async () => release(pages.p2));

    expect(load.mock.calls.map((call) => call[0])).toEqual([undefined, 'p2', undefined]);
    expect(hook.current().state).toEqual({ status: 'ready', data: [9] });
  });

  it('asks for nothing while disabled', async () => {
    const load = jest.fn(async () => pages.first);
    const hook = renderHookResult(() => usePagedData(load, [], { enabled: false }), undefined);
    await act(async () => undefined);
    expect(load).not.toHaveBeenCalled();
    expect(hook.current().state).toEqual({ status: 'idle' });
  });
});
