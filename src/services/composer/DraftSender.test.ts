import type { Draft } from '../../model/composer/Draft';
import { ServiceError } from '../ServiceError';
import { DraftSender } from './DraftSender';
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

beforeEach(() => {
  clock = Date.parse('2026-12-03T10:00:00.000Z');
  drafts = new MemoryDraftStore();
  channel = new FakeChannel(ANNE, () => new Date(clock));
  sleeps = [];
  let sends = 0;
  sender = new DraftSender(channel, drafts, {
    now: () => new Date(clock),
    newSendId: () => `send-${++sends}`,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    settleMs: 1500
  });
});

async function saved(text: string, target: Partial<Draft['target']> = {}): Promise<Draft> {
  const draft = draftFor(target, text);
  await drafts.put(draft);
  return draft;
}

describe('sending a draft', () => {
  it('marks the draft as being sent before the POST, then removes it and answers the post', async () => {
    const draft = await saved('Wie heeft de toetsmatrijs?');
    let duringPost: Draft | undefined;
    channel.onPost = async () => {
      duringPost = await drafts.get(postTarget);
    };
    const result = await sender.sendDraft(draft, context);
    expect(duringPost?.pending).toEqual({
      sendId: 'send-1',
      startedAt: '2026-12-03T10:00:00.000Z',
      html: '<p>Wie heeft de toetsmatrijs?</p>',
      skipIds: []
    });
    expect(result).toMatchObject({ status: 'sent', found: false, message: { id: 'm1' } });
    expect(await drafts.get(postTarget)).toBeUndefined();
    expect(channel.calls).toEqual({ post: 1, reply: 0, reads: 0 });
  });

  it('sends a reply to its thread', async () => {
    const draft = await saved('Eens!', { replyToId: 'p1' });
    const result = await sender.sendDraft(draft, context);
    expect(result).toMatchObject({ status: 'sent', message: { postId: 'p1' } });
    expect(channel.calls).toEqual({ post: 0, reply: 1, reads: 0 });
  });

  it('sends nothing when the draft breaks a limit, and leaves it as it was', async () => {
    const draft = await saved('   ');
    expect(await sender.sendDraft(draft, context)).toEqual({ status: 'invalid', problems: [{ kind: 'empty' }] });
    expect(await drafts.get(postTarget)).toEqual(draft);
    expect(channel.calls.post).toBe(0);
  });

  it('answers busy to a second send of the same draft while the first is under way', async () => {
    const draft = await saved('Dubbelklik');
    const [first, second] = await Promise.all([sender.sendDraft(draft, context), sender.sendDraft(draft, context)]);
    expect(first.status).toBe('sent');
    expect(second).toEqual({ status: 'busy' });
    expect(channel.calls.post).toBe(1);
  });
});

describe('a definite failure', () => {
  it.each([
    ['403', new ServiceError('forbidden', 'You cannot post here.', { status: 403, code: 'Forbidden' })],
    ['413', new ServiceError('invalid', 'Too large.', { status: 413, code: 'RequestEntityTooLarge' })],
    ['503 from Graph', new ServiceError('unavailable', 'Busy.', { status: 503, code: 'ServiceUnavailable' })]
  ])('%s keeps the draft with the reason and no pending send, without looking in the channel', async (_n, error) => {
    channel.script = [error];
    const result = await sender.sendDraft(await saved('Hallo'), context);
    expect(result).toMatchObject({ status: 'failed', failure: { kind: error.kind, message: error.message } });
    const kept = await drafts.get(postTarget);
    expect(kept?.pending).toBeUndefined();
    expect(kept?.failure).toMatchObject({ kind: error.kind, status: error.status, at: '2026-12-03T10:00:00.000Z' });
    expect(channel.calls).toEqual({ post: 1, reply: 0, reads: 0 });
  });

  it('keeps Retry-After of a 429, and the retry sends again and clears the failure', async () => {
    channel.script = [new ServiceError('throttled', 'Slow down.', { status: 429, retryAfterSeconds: 7 })];
    const failed = await sender.sendDraft(await saved('Hallo'), context);
    expect(failed).toMatchObject({ status: 'failed', failure: { kind: 'throttled', retryAfterSeconds: 7 } });
    if (failed.status !== 'failed') throw new Error('expected a failure');
    expect(await sender.sendDraft(failed.draft, context)).toMatchObject({ status: 'sent', found: false });
    expect(channel.calls).toEqual({ post: 2, reply: 0, reads: 0 });
    expect(channel.stored).toHaveLength(1);
    expect(await drafts.get(postTarget)).toBeUndefined();
  });
});

describe('two tabs', () => {
  it('does not send a draft another tab is sending (the Web Locks lock is taken)', async () => {
    const held = new Set<string>();
    const locks = {
      request: async <T>(name: string, _options: { ifAvailable: true }, run: (lock: unknown) => Promise<T>) => {
        if (held.has(name)) return run(null);
        held.add(name);
        try {
          return await run({ name });
        } finally {
          held.delete(name);
        }
      }
    };
    const tab = (): DraftSender => new DraftSender(channel, drafts, { locks, settleMs: 0 });
    const draft = await saved('Sent from two tabs');
    let releasePost: () => void = () => undefined;
    channel.onPost = () => new Promise<void>((resolve) => (releasePost = resolve));
    const first = tab().sendDraft(draft, context);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await tab().sendDraft(draft, context)).toEqual({ status: 'busy' });
    releasePost();
    expect((await first).status).toBe('sent');
    expect(channel.calls.post).toBe(1);
  });
});
