import type { Draft } from '../../model/composer/Draft';
import { draftContentFromText } from '../../model/composer/plainTextDraft';
import { ServiceError } from '../ServiceError';
import { DraftSender, type SendResult } from './DraftSender';
import { CHANNEL, GROUP, draftFor } from './draftFixtures';
import { FakeChannel } from './fakeChannel';
import { MemoryDraftStore } from './MemoryDraftStore';

const ANNE = 'anne-id';
const context = { authorId: ANNE };
const postTarget = { groupId: GROUP, channelId: CHANNEL };

let clock: number;
let drafts: MemoryDraftStore;
let channel: FakeChannel;
let sleeps: number[];
let sender: DraftSender;

function newSender(): DraftSender {
  return new DraftSender(channel, drafts, {
    now: () => new Date(clock),
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    settleMs: 1500
  });
}

beforeEach(() => {
  clock = Date.parse('2026-12-03T10:00:00.000Z');
  drafts = new MemoryDraftStore();
  channel = new FakeChannel(ANNE, () => new Date(clock));
  sleeps = [];
  sender = newSender();
});

async function saved(text: string, target: Partial<Draft['target']> = {}): Promise<Draft> {
  const draft = draftFor(target, text);
  await drafts.put(draft);
  return draft;
}

function draftOf(result: SendResult): Draft {
  if (result.status !== 'unconfirmed' && result.status !== 'failed') throw new Error(`got ${result.status}`);
  return result.draft;
}

describe('a send whose answer never arrived', () => {
  it('stored by Graph: found in the channel after a pause, the draft removed, never posted twice', async () => {
    channel.script = ['storeThenLose'];
    const result = await sender.sendDraft(await saved('Wie heeft de toetsmatrijs?'), context);
    expect(result).toMatchObject({ status: 'sent', found: true, message: { id: 'm1' } });
    expect(sleeps).toEqual([1500]);
    expect(channel.calls).toEqual({ post: 1, reply: 0, reads: 1 });
    expect(await drafts.get(postTarget)).toBeUndefined();
  });

  it('found among the replies of its thread for a reply', async () => {
    channel.script = ['storeThenLose'];
    const result = await sender.sendDraft(await saved('Eens', { replyToId: 'p1' }), context);
    expect(result).toMatchObject({ status: 'sent', found: true, message: { postId: 'p1' } });
    expect(channel.calls).toEqual({ post: 0, reply: 1, reads: 1 });
  });

  it.each([
    ['a 504', new ServiceError('unavailable', 'Gateway timeout', { status: 504, code: 'GatewayTimeout' })],
    ['a 408', new ServiceError('invalid', 'Request timeout', { status: 408 })],
    ['a 500 without Graph error JSON', new ServiceError('failed', 'Bad gateway page', { status: 500 })]
  ])('never stored (%s): unconfirmed, the draft kept with its pending send', async (_name, error) => {
    channel.script = [error];
    const result = await sender.sendDraft(await saved('Hallo'), context);
    expect(result).toMatchObject({ status: 'unconfirmed', failure: { kind: error.kind, status: error.status } });
    expect((await drafts.get(postTarget))?.pending?.html).toBe('<p>Hallo</p>');
    expect(channel.calls).toEqual({ post: 1, reply: 0, reads: 1 });
  });

  it('not found: the retry looks again first, then sends once', async () => {
    channel.script = ['loseBeforeStore'];
    const lost = await sender.sendDraft(await saved('Hallo'), context);
    expect(lost.status).toBe('unconfirmed');
    clock += 60_000;
    const retried = await sender.sendDraft(draftOf(lost), context);
    expect(retried).toMatchObject({ status: 'sent', found: false });
    expect(channel.calls).toEqual({ post: 2, reply: 0, reads: 2 });
    expect(channel.stored).toHaveLength(1);
  });

  it('stored late, after the first look: the retry finds it and sends nothing', async () => {
    channel.script = ['loseBeforeStore'];
    const lost = await sender.sendDraft(await saved('Hallo'), context);
    channel.add(channel.message('<div>Hallo</div>', new Date(clock).toISOString()));
    const retried = await sender.sendDraft(draftOf(lost), context);
    expect(retried).toMatchObject({ status: 'sent', found: true });
    expect(channel.calls.post).toBe(1);
  });

  it('when the channel cannot be read: unconfirmed, and the retry sends nothing until it can look', async () => {
    channel.script = ['storeThenLose'];
    channel.readError = new ServiceError('throttled', 'Too many requests', { status: 429 });
    const lost = await sender.sendDraft(await saved('Hallo'), context);
    expect(lost).toMatchObject({ status: 'unconfirmed', failure: { kind: 'throttled' } });
    const again = await sender.sendDraft(draftOf(lost), context);
    expect(again).toMatchObject({ status: 'unconfirmed', failure: { kind: 'throttled' } });
    expect(channel.calls.post).toBe(1);
    channel.readError = undefined;
    expect(await sender.sendDraft(draftOf(again), context)).toMatchObject({ status: 'sent', found: true });
    expect(channel.calls.post).toBe(1);
  });

  it('compares what was sent, even when the draft was edited after the lost send', async () => {
    channel.script = ['storeThenLose'];
    channel.readError = new ServiceError('network', 'offline');
    const lost = await sender.sendDraft(await saved('Eerste versie'), context);
    channel.readError = undefined;
    const edited: Draft = { ...draftOf(lost), content: draftContentFromText('Tweede versie') };
    expect(await sender.sendDraft(edited, context)).toMatchObject({ status: 'sent', found: true });
    expect(channel.stored.map((message) => message.untrustedHtml)).toEqual(['<div>Eerste versie</div>']);
  });

  it('does not take the same text by someone else for the send', async () => {
    channel.script = ['loseBeforeStore'];
    const daans = channel.message('<p>Hallo</p>', new Date(clock).toISOString(), {
      author: { id: 'daan-id', displayName: 'Daan' }
    });
    channel.add(daans);
    expect((await sender.sendDraft(await saved('Hallo'), context)).status).toBe('unconfirmed');
  });
});

describe('after a reload', () => {
  it('a draft with a pending send is checked without sending: found, it is removed', async () => {
    channel.script = ['storeThenLose'];
    channel.readError = new ServiceError('network', 'offline');
    await sender.sendDraft(await saved('Voor de herstart'), context);
    channel.readError = undefined;
    const reloaded = newSender();
    const stored = (await drafts.get(postTarget)) as Draft;
    expect(await reloaded.checkPending(stored, context)).toMatchObject({ status: 'sent', found: true });
    expect(await drafts.get(postTarget)).toBeUndefined();
    expect(channel.calls.post).toBe(1);
  });

  it('not found, it stays unconfirmed with its pending send; a draft without one needs no check', async () => {
    channel.script = ['loseBeforeStore'];
    await sender.sendDraft(await saved('Nooit aangekomen'), context);
    const stored = (await drafts.get(postTarget)) as Draft;
    expect(await newSender().checkPending(stored, context)).toMatchObject({ status: 'unconfirmed' });
    expect((await drafts.get(postTarget))?.pending).toEqual(stored.pending);
    expect(await newSender().checkPending(draftFor({}, 'x'), context)).toBeUndefined();
    expect(channel.calls.post).toBe(1);
  });
});

describe('two identical short posts on purpose', () => {
  it('the second send is not mistaken for the first, which this page sent', async () => {
    expect(await sender.sendDraft(await saved('Top!'), context)).toMatchObject({ status: 'sent', found: false });
    clock += 20_000;
    channel.script = ['loseBeforeStore'];
    const second = await sender.sendDraft(await saved('Top!'), context);
    expect(second.status).toBe('unconfirmed');
    expect(draftOf(second).pending?.skipIds).toEqual(['m1']);
  });

  it('skips the ids the caller names (an earlier identical post, confirmed) and finds the second one', async () => {
    const earlier = channel.message('<div>Top!</div>', new Date(clock - 10_000).toISOString());
    channel.add(earlier);
    channel.script = ['storeThenLose'];
    const second = await sender.sendDraft(await saved('Top!'), { ...context, skipIds: [earlier.id] });
    expect(second).toMatchObject({ status: 'sent', found: true });
    expect(second.status === 'sent' && second.message.id).not.toBe(earlier.id);
  });
});
