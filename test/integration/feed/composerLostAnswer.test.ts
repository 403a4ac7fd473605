import type { Queryable } from '@pnp/queryable';
import type { Draft } from '../../../src/model/composer/Draft';
import { draftContentFromText } from '../../../src/model/composer/plainTextDraft';
import type { ChannelRef } from '../../../src/model/feed/mergedFeed';
import { createBrowserClients } from '../../../src/services/clients';
import { DraftSender } from '../../../src/services/composer/DraftSender';
import { GraphComposerService } from '../../../src/services/composer/GraphComposerService';
import { MemoryDraftStore } from '../../../src/services/composer/MemoryDraftStore';
import { ANNE, rawGraph } from '../emulator/graphClient';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { registryGroupNamed, servicesFor } from '../../support/kringServices';

const GROUP = 'Toetsing en beoordeling';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

let channel: ChannelRef;
let anneId: string;
/** POSTs of new messages whose answer the client is to lose after the emulator answered (and stored them). */
let answersToLose = 0;

/** Loses the answer to a new message after it arrived, as a connection dropped on its way back would. */
function LoseAnswerOfNewMessages() {
  return (instance: Queryable) => {
    instance.on.parse(async function (url, response, result) {
      if (answersToLose > 0 && response.status === 201 && /\/messages(\/[^/]+\/replies)?$/.test(url.pathname)) {
        answersToLose--;
        throw new TypeError('Failed to fetch');
      }
      return [url, response, result];
    });
    return instance;
  };
}

function senderAs(user: string): { sender: DraftSender; drafts: MemoryDraftStore } {
  const clients = createBrowserClients({
    graphBaseUrl: emulator.graphUrl,
    spBaseUrl: emulator.spUrl,
    getToken: () => emulator.token(user)
  });
  clients.graph.using(LoseAnswerOfNewMessages());
  const drafts = new MemoryDraftStore();
  return { sender: new DraftSender(new GraphComposerService(clients.graph), drafts, { settleMs: 200 }), drafts };
}

async function storedWith(text: string, path: string): Promise<string[]> {
  const page = await graph(`${path}?$top=50`);
  return (page.body.value as Array<{ id: string; body: { content: string } }>)
    .filter((message) => message.body.content.includes(text))
    .map((message) => message.id);
}

async function newMessagePosts(): Promise<number> {
  return (await emulator.requests()).filter(
    (request) => request.method === 'POST' && /\/messages(\/[^/]+\/replies)?$/.test(request.url)
  ).length;
}

const messagesPath = (): string =>
  `/teams/${channel.groupId}/channels/${encodeURIComponent(channel.channelId)}/messages`;

function draftFor(text: string, replyToId?: string): Draft {
  return {
    target: { ...channel, replyToId },
    content: draftContentFromText(text),
    attachments: [],
    updated: new Date().toISOString()
  };
}

beforeAll(async () => {
  await emulator.setThrottling({ channelMessages: false });
  const anne = servicesFor(emulator, ANNE);
  channel = await anne.groups.feedChannelOf(await registryGroupNamed(anne, GROUP));
  anneId = String((await graph('/me', { user: ANNE })).body.id);
});

beforeEach(async () => {
  answersToLose = 0;
  await emulator.clearFaults();
  await emulator.clearRequests();
});

describe('a send stored by the emulator whose answer the client never sees', () => {
  it('is found in the channel, the draft removed, and the message is there once', async () => {
    const { sender, drafts } = senderAs(ANNE);
    const text = `Verloren antwoord ${Date.now()}`;
    await drafts.put(draftFor(text));
    answersToLose = 1;
    const result = await sender.sendDraft(draftFor(text), { authorId: anneId });
    expect(result).toMatchObject({ status: 'sent', found: true, message: { author: { id: anneId } } });
    expect(await drafts.get(channel)).toBeUndefined();
    const stored = await storedWith(text, messagesPath());
    expect(stored).toEqual([result.status === 'sent' && result.message.id]);
    expect(await newMessagePosts()).toBe(1);
  });

  it('is found among the thread replies for a reply', async () => {
    const { sender } = senderAs(ANNE);
    const post = await sender.sendDraft(draftFor(`Draad ${Date.now()}`), { authorId: anneId });
    if (post.status !== 'sent') throw new Error('the post was not sent');
    const text = `Verloren reactie ${Date.now()}`;
    answersToLose = 1;
    const result = await sender.sendDraft(draftFor(text, post.message.id), { authorId: anneId });
    expect(result).toMatchObject({ status: 'sent', found: true, message: { postId: post.message.id } });
    expect(await storedWith(text, `${messagesPath()}/${post.message.id}/replies`)).toHaveLength(1);
    expect(await newMessagePosts()).toBe(2);
  });

  it('after a reload, is found without sending; the same text sent again on purpose is a second message', async () => {
    const first = senderAs(ANNE);
    const text = `Voor het herladen ${Date.now()}`;
    answersToLose = 1;
    // The look right after the loss fails too (the page closes, say): the draft keeps its pending send.
    const lostRead = jest
      .spyOn(GraphComposerService.prototype, 'recentPosts')
      .mockRejectedValueOnce(new Error('offline'));
    const lost = await first.sender.sendDraft(draftFor(text), { authorId: anneId });
    lostRead.mockRestore();
    expect(lost).toMatchObject({ status: 'unconfirmed' });
    const stored = (await first.drafts.get(channel)) as Draft;
    expect(stored.pending?.html).toContain(text);

    const reloaded = senderAs(ANNE);
    await reloaded.drafts.put(stored);
    expect(await reloaded.sender.checkPending(stored, { authorId: anneId })).toMatchObject({
      status: 'sent',
      found: true
    });
    expect(await reloaded.sender.sendDraft(draftFor(text), { authorId: anneId })).toMatchObject({ status: 'sent' });
    expect(await storedWith(text, messagesPath())).toHaveLength(2);
    expect(await newMessagePosts()).toBe(2);
  });

  it('dropped by the emulator before it was stored: not found, and the retry posts it once', async () => {
    const { sender } = senderAs(ANNE);
    const text = `Verbinding weg ${Date.now()}`;
    await emulator.setFaults({ statuses: [0], count: 1 });
    const lost = await sender.sendDraft(draftFor(text), { authorId: anneId });
    expect(lost).toMatchObject({ status: 'unconfirmed', failure: { kind: 'network' } });
    expect(await storedWith(text, messagesPath())).toEqual([]);
    if (lost.status !== 'unconfirmed') throw new Error('expected unconfirmed');
    expect(await sender.sendDraft(lost.draft, { authorId: anneId })).toMatchObject({ status: 'sent', found: false });
    expect(await storedWith(text, messagesPath())).toHaveLength(1);
  });
});
