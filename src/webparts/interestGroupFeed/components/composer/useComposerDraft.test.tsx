import { act, waitFor } from '@testing-library/react';
import { renderHookResult } from '../../../../../test/support/hookHarness';
import type { Draft, DraftTarget } from '../../../../model/composer/Draft';
import { draftContentFromText } from '../../../../model/composer/plainTextDraft';
import { CHANNEL, draftFor, GROUP } from '../../../../services/composer/draftFixtures';
import type { DraftSaved } from '../../../../services/composer/DraftStore';
import { MemoryDraftStore } from '../../../../services/composer/MemoryDraftStore';
import { DRAFT_SAVE_DELAY_MS, useComposerDraft } from './useComposerDraft';

const TARGET: DraftTarget = { groupId: GROUP, channelId: CHANNEL };

function render(store: MemoryDraftStore, target: DraftTarget | undefined = TARGET) {
  return renderHookResult(({ t }: { t: DraftTarget | undefined }) => useComposerDraft(store, t), { t: target });
}

describe('useComposerDraft', () => {
  afterEach(() => jest.useRealTimers());

  it('opens the stored draft of the target, or an empty one', async () => {
    const store = new MemoryDraftStore();
    await store.put(draftFor({}, 'Left yesterday'));
    const hook = render(store);
    expect(hook.current().draft).toBeUndefined();
    await waitFor(() => expect(hook.current().draft?.content).toEqual(draftContentFromText('Left yesterday')));

    const other = render(new MemoryDraftStore());
    await waitFor(() => expect(other.current().draft?.content).toEqual({ blocks: [] }));
  });

  it('writes a change to the store a moment after the last one, and removes a draft emptied again', async () => {
    const store = new MemoryDraftStore();
    const hook = render(store);
    await waitFor(() => expect(hook.current().draft).toBeDefined());
    jest.useFakeTimers();
    act(() => hook.current().update({ content: draftContentFromText('Typing') }));
    expect(await store.get(TARGET)).toBeUndefined();
    await act(async () => {
      jest.advanceTimersByTime(DRAFT_SAVE_DELAY_MS);
    });
    expect((await store.get(TARGET))?.content).toEqual(draftContentFromText('Typing'));

    act(() => hook.current().update({ content: { blocks: [] } }));
    await act(async () => {
      jest.advanceTimersByTime(DRAFT_SAVE_DELAY_MS);
    });
    expect(await store.get(TARGET)).toBeUndefined();
  });

  it('writes what is pending when the composer goes', async () => {
    const store = new MemoryDraftStore();
    const hook = render(store);
    await waitFor(() => expect(hook.current().draft).toBeDefined());
    act(() => hook.current().update({ subject: 'Closing the tab' }));
    hook.view.unmount();
    await waitFor(async () => expect((await store.get(TARGET))?.subject).toBe('Closing the tab'));
  });

  it('says so when the browser would not keep the draft', async () => {
    const store = new MemoryDraftStore();
    store.put = async (_draft: Draft): Promise<DraftSaved> => ({ persisted: false });
    const hook = render(store);
    await waitFor(() => expect(hook.current().draft).toBeDefined());
    act(() => hook.current().update({ subject: 'x' }));
    await act(() => hook.current().flush());
    expect(hook.current().persisted).toBe(false);
  });
});
