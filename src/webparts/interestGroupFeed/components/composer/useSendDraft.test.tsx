import { act, waitFor } from '@testing-library/react';
import { renderHookResult } from '../../../../../test/support/hookHarness';
import type { Draft } from '../../../../model/composer/Draft';
import { draftContentFromText } from '../../../../model/composer/plainTextDraft';
import type { MessageCandidate } from '../../../../model/composer/sentMessageMatch';
import type { Post, Reply } from '../../../../model/feed/Post';
import { DraftSender } from '../../../../services/composer/DraftSender';
import { CHANNEL, draftFor, GROUP } from '../../../../services/composer/draftFixtures';
import { FakeChannel } from '../../../../services/composer/fakeChannel';
import { MemoryDraftStore } from '../../../../services/composer/MemoryDraftStore';
import { ServiceError } from '../../../../services/ServiceError';
import type { ComposerDraft } from './useComposerDraft';
import { useSendDraft, type SendDraftOptions } from './useSendDraft';

const ME = 'anne';

/** A composer draft held in a variable: what the hook replaced it with is what the test reads. */
function heldDraft(initial: Draft): ComposerDraft & { current: Draft | undefined } {
  const held = {
    current: initial as Draft | undefined,
    get draft() {
      return held.current;
    },
    persisted: true,
    update: () => undefined,
    replace: (next: Draft | undefined) => {
      held.current = next;
    },
    flush: () => Promise.resolve()
  };
  return held;
}

function setup(
  draft: Draft,
  options: Partial<SendDraftOptions> = {},
  prepare: (channel: FakeChannel) => void = () => undefined
) {
  const channel = new FakeChannel(ME, () => new Date());
  prepare(channel);
  const drafts = new MemoryDraftStore();
  const sender = new DraftSender(channel, drafts, { settleMs: 0 });
  const composerDraft = heldDraft(draft);
  const sent: Array<Post | Reply> = [];
  const props: SendDraftOptions = {
    sender,
    composerDraft,
    authorId: ME,
    online: true,
    recentMessages: () => [],
    onSent: (message) => sent.push(message),
    ...options
  };
  const hook = renderHookResult(useSendDraft, props);
  return { channel, drafts, composerDraft, sent, hook, props };
}

describe('useSendDraft', () => {
  it('sends the draft once, tells the feed and empties the composer', async () => {
    const { channel, composerDraft, sent, hook } = setup(draftFor({}, 'Who has run a CPD session on feedback?'));
    act(() => hook.current().send());
    expect(hook.current().state.status).toBe('sending');
    await waitFor(() => expect(hook.current().state).toEqual({ status: 'sent', found: false }));
    expect(channel.calls.post).toBe(1);
    expect(sent).toHaveLength(1);
    expect(composerDraft.current).toBeUndefined();
  });

  it('keeps the draft with the reason when Graph refuses it', async () => {
    const { channel, composerDraft, sent, hook } = setup(draftFor({}, 'Hello'));
    channel.script = [new ServiceError('forbidden', 'Denied', { status: 403, code: 'Forbidden' })];
    act(() => hook.current().send());
    await waitFor(() => expect(hook.current().state.status).toBe('failed'));
    expect(composerDraft.current?.failure?.kind).toBe('forbidden');
    expect(composerDraft.current?.content).toEqual(draftContentFromText('Hello'));
    expect(sent).toHaveLength(0);
  });

  it('finds a message stored before the answer was lost, and does not post it again', async () => {
    const { channel, sent, hook } = setup(draftFor({}, 'Stored, then dropped'));
    channel.script = ['storeThenLose'];
    act(() => hook.current().send());
    await waitFor(() => expect(hook.current().state).toEqual({ status: 'sent', found: true }));
    expect(channel.calls.post).toBe(1);
    expect(channel.stored).toHaveLength(1);
    expect(sent.map((message) => message.id)).toEqual([channel.stored[0].id]);
  });

  it('says what is wrong instead of sending an empty draft', () => {
    const { channel, hook } = setup(draftFor({}, ''));
    act(() => hook.current().send());
    expect(hook.current().state).toEqual({ status: 'invalid', problems: [{ kind: 'empty' }] });
    expect(channel.calls.post).toBe(0);
  });

  it('asks before posting the same text again, and skips the earlier post when looking after a lost answer', async () => {
    const earlier: MessageCandidate = {
      id: 'earlier',
      author: { id: ME, displayName: 'Anne' },
      untrustedHtml: '<div>Thanks!</div>',
      bodyIsHtml: true,
      created: new Date(Date.now() - 60_000).toISOString(),
      deleted: false
    };
    const { channel, sent, hook } = setup(draftFor({}, 'Thanks!'), { recentMessages: () => [earlier] });
    channel.add({ ...channel.message(earlier.untrustedHtml, earlier.created), id: 'earlier' });
    act(() => hook.current().send());
    expect(hook.current().state).toMatchObject({ status: 'confirmIdentical', matches: [earlier] });
    expect(channel.calls.post).toBe(0);

    channel.script = ['storeThenLose'];
    act(() => hook.current().confirmIdentical());
    await waitFor(() => expect(hook.current().state).toEqual({ status: 'sent', found: true }));
    expect(channel.calls.post).toBe(1);
    expect(sent[0].id).not.toBe('earlier');
  });

  it('declining the confirmation sends nothing', () => {
    const earlier: MessageCandidate = {
      id: 'earlier',
      author: { id: ME, displayName: 'Anne' },
      untrustedHtml: 'ok',
      bodyIsHtml: true,
      created: new Date().toISOString(),
      deleted: false
    };
    const { channel, hook } = setup(draftFor({}, 'ok'), { recentMessages: () => [earlier] });
    act(() => hook.current().send());
    act(() => hook.current().dismiss());
    expect(hook.current().state).toEqual({ status: 'idle' });
    expect(channel.calls.post).toBe(0);
  });

  it('waits while offline and sends when the network is back', async () => {
    const { channel, hook, props } = setup(draftFor({}, 'Sent on the train'), { online: false });
    act(() => hook.current().send());
    expect(hook.current().state).toEqual({ status: 'waitingForNetwork' });
    expect(channel.calls.post).toBe(0);
    act(() => hook.rerender({ ...props, online: true }));
    await waitFor(() => expect(hook.current().state).toEqual({ status: 'sent', found: false }));
    expect(channel.calls.post).toBe(1);
  });

  it('looks for a send left in question when its draft is opened, and sends nothing', async () => {
    const draft: Draft = {
      ...draftFor({ groupId: GROUP, channelId: CHANNEL }, 'Before the reload'),
      pending: {
        sendId: 's1',
        startedAt: new Date(Date.now() - 5_000).toISOString(),
        html: '<p>Before the reload</p>',
        skipIds: []
      }
    };
    const { channel, sent, hook } = setup(draft, {}, (stored) =>
      stored.add(stored.message('<div>Before the reload</div>', new Date(Date.now() - 4_000).toISOString()))
    );
    await waitFor(() => expect(hook.current().state).toEqual({ status: 'sent', found: true }));
    expect(channel.calls.post).toBe(0);
    expect(sent).toHaveLength(1);
  });
});
