import { act } from '@testing-library/react';
import { ServiceError } from '../services/ServiceError';
import { isEmptyList } from './AsyncData';
import { renderHookResult } from '../../test/support/hookHarness';
import { useAsyncData } from './useAsyncData';

describe('useAsyncData', () => {
  it('is idle while disabled and loads once enabled', async () => {
    const load = jest.fn(async () => ['a']);
    const hook = renderHookResult(
      (id: string | undefined) => useAsyncData(load, [id], { enabled: id !== undefined }),
      undefined as string | undefined
    );
    expect(hook.current().state).toEqual({ status: 'idle' });
    expect(load).not.toHaveBeenCalled();

    hook.rerender('u1');
    await act(async () => undefined);
    expect(hook.current().state).toEqual({ status: 'ready', data: ['a'] });
  });

  it('says empty for an empty answer and error for a failure, never empty for a failure', async () => {
    const load = jest
      .fn()
      .mockResolvedValueOnce([])
      .mockRejectedValueOnce(new ServiceError('forbidden', 'No', { status: 403 }));
    const hook = renderHookResult(() => useAsyncData(load, [], { isEmpty: isEmptyList }), undefined);
    await act(async () => undefined);
    expect(hook.current().state).toEqual({ status: 'empty' });

    await act(async () => hook.current().reload());
    expect(hook.current().state.status === 'error' && hook.current().state).toMatchObject({
      error: { kind: 'forbidden' }
    });
  });

  it('ignores the answer of an older call', async () => {
    let releaseOld: (value: string) => void = () => undefined;
    const load = jest
      .fn()
      .mockReturnValueOnce(new Promise<string>((resolve) => (releaseOld = resolve)))
      .mockResolvedValueOnce('new');
    const hook = renderHookResult<string, ReturnType<typeof useAsyncData<string>>>(
      (id: string) => useAsyncData<string>(load, [id]),
      'old'
    );
    hook.rerender('new');
    await act(async () => undefined);
    await act(async () => releaseOld('old'));
    expect(hook.current().state).toEqual({ status: 'ready', data: 'new' });
  });
});
