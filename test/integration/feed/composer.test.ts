import type { Draft } from '../../../src/model/composer/Draft';
import { draftContentFromText } from '../../../src/model/composer/plainTextDraft';
import type { ChannelRef } from '../../../src/model/feed/mergedFeed';
import type { KringServices } from '../../../src/services/KringServices';
import { ANNE, DAAN } from '../emulator/graphClient';
import { rawGraph } from '../emulator/graphClient';
import { emulatorPerFile } from '../../support/emulatorPerFile';
import { registryGroupNamed, servicesFor } from '../../support/kringServices';

/** Anne is a member of this public group. */
const GROUP = 'Toetsing en beoordeling';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

let anne: KringServices;
let anneId: string;
let channel: ChannelRef;

async function userId(user: string): Promise<string> {
  return String((await graph('/me', { user })).body.id);
}

async function messagePosts(): Promise<string[]> {
  return (await emulator.requests())
    .filter((request) => request.method === 'POST' && /\/messages(\/[^/]+\/replies)?$/.test(request.url))
    .map((request) => `${request.status}`);
}

beforeAll(async () => {
  await emulator.setThrottling({ channelMessages: false });
  anne = servicesFor(emulator, ANNE);
  anneId = await userId(ANNE);
  channel = await anne.groups.feedChannelOf(await registryGroupNamed(anne, GROUP));
});

beforeEach(async () => {
  await emulator.clearFaults();
  await emulator.clearRequests();
});

describe('posting, replying and reacting as Anne against the emulator', () => {
  it('posts with a subject, a mention of Daan and a shared document, as Graph then reads it back', async () => {
    const daan = { id: await userId(DAAN), displayName: 'Daan Bakker' };
    const url = `${emulator.spUrl}/Gedeelde%20documenten/Toetsbeleid%202027.docx`;
    const post = await anne.composer.post(channel, {
      subject: 'Toetsbeleid 2027',
      content: {
        blocks: [
          {
            kind: 'paragraph',
            runs: [
              { kind: 'mention', person: daan },
              { kind: 'text', text: ', wil je het ' },
              { kind: 'text', text: 'nieuwe', bold: true },
              { kind: 'text', text: ' beleid lezen? <geen markup>' }
            ]
          }
        ]
      },
      attachments: [{ id: 'b7d6f1c2e4a94d0f9a3c5e8b1d2f4a6c', name: 'Toetsbeleid 2027.docx', url }]
    });
    expect(post).toMatchObject({
      groupId: channel.groupId,
      channelId: channel.channelId,
      author: { id: anneId },
      subject: 'Toetsbeleid 2027',
      mentions: [{ id: 0, text: 'Daan Bakker', person: { id: daan.id } }],
      attachments: [{ id: 'b7d6f1c2e4a94d0f9a3c5e8b1d2f4a6c', kind: 'file', name: 'Toetsbeleid 2027.docx', url }]
    });
    expect(post.untrustedHtml).toContain('&lt;geen markup&gt;');
    const read = await anne.feed.getPost(channel, post.id);
    expect(read).toMatchObject({ id: post.id, subject: 'Toetsbeleid 2027', mentions: post.mentions });
    expect(await messagePosts()).toEqual(['201']);
  });

  it('replies to a post, and the reply is in its thread', async () => {
    const post = await anne.composer.post(channel, { content: draftContentFromText('Vraag'), attachments: [] });
    const reply = await anne.composer.reply(channel, post.id, {
      subject: 'ignored for a reply',
      content: draftContentFromText('Antwoord'),
      attachments: []
    });
    expect(reply).toMatchObject({ postId: post.id, author: { id: anneId } });
    expect((await anne.feed.getReplies(channel, post.id)).map((r) => r.id)).toEqual([reply.id]);
  });

  it('sets and unsets reactions on a post and on a reply, with the Unicode emoji', async () => {
    const post = await anne.composer.post(channel, { content: draftContentFromText('Reageer'), attachments: [] });
    const reply = await anne.composer.reply(channel, post.id, { content: draftContentFromText('Ja'), attachments: [] });
    await anne.composer.setReaction({ ...channel, messageId: post.id }, '👍');
    await anne.composer.setReaction({ ...channel, messageId: post.id }, '❤️');
    await anne.composer.setReaction({ ...channel, messageId: reply.id, postId: post.id }, '😆');
    const reacted = await anne.feed.getPost(channel, post.id, { viewerId: anneId });
    expect(reacted.reactions.map((r) => [r.type, r.count, r.mine])).toEqual([
      ['👍', 1, true],
      ['❤️', 1, true]
    ]);
    expect(reacted.replies[0].reactions.map((r) => r.type)).toEqual(['😆']);

    await anne.composer.unsetReaction({ ...channel, messageId: post.id }, '👍');
    await anne.composer.unsetReaction({ ...channel, messageId: reply.id, postId: post.id }, '😆');
    const after = await anne.feed.getPost(channel, post.id, { viewerId: anneId });
    expect(after.reactions.map((r) => r.type)).toEqual(['❤️']);
    expect(after.replies[0].reactions).toEqual([]);
  });

  it('turns a refusal into a ServiceError', async () => {
    const other = { ...channel, channelId: '19:doesnotexist@thread.tacv2' };
    await expect(
      anne.composer.post(other, { content: draftContentFromText('x'), attachments: [] })
    ).rejects.toMatchObject({ name: 'ServiceError', kind: 'notFound', status: 404 });
  });
});

describe('sending a draft against the emulator', () => {
  const target = (): Draft['target'] => ({ groupId: channel.groupId, channelId: channel.channelId });
  const draft = (text: string): Draft => ({
    target: target(),
    content: draftContentFromText(text),
    attachments: [],
    updated: new Date().toISOString()
  });

  it('sends once and removes the draft', async () => {
    await anne.drafts.put(draft('Via de verzender'));
    const result = await anne.sender.sendDraft(draft('Via de verzender'), { authorId: anneId });
    expect(result).toMatchObject({ status: 'sent', found: false });
    expect(await anne.drafts.get(target())).toBeUndefined();
    expect(await messagePosts()).toEqual(['201']);
  });

  it('is not retried by the client on a 504: one POST, unconfirmed after a look, the retry sends it once', async () => {
    const text = `Gateway ${Date.now()}`;
    await emulator.setFaults({ statuses: [504], count: 1 });
    const lost = await anne.sender.sendDraft(draft(text), { authorId: anneId });
    expect(lost).toMatchObject({ status: 'unconfirmed', failure: { status: 504 } });
    expect(await messagePosts()).toEqual(['504']);
    if (lost.status !== 'unconfirmed') throw new Error('expected unconfirmed');
    expect(await anne.sender.sendDraft(lost.draft, { authorId: anneId })).toMatchObject({ status: 'sent' });
    expect(await messagePosts()).toEqual(['504', '201']);
    const posts = await anne.composer.recentPosts(channel, new Date(Date.now() - 60_000).toISOString());
    expect(posts.filter((post) => post.untrustedHtml.includes(text))).toHaveLength(1);
  }, 30_000);
});

describe('a sent message in the feed', () => {
  it('shows in the cached page of its channel after a reload, without reading the channel again', async () => {
    const options = { viewerId: anneId, fresh: true };
    await anne.feed.readLatest([channel], options);
    const post = await anne.composer.post(channel, {
      content: draftContentFromText('Cached after sending'),
      attachments: []
    });
    const reply = await anne.composer.reply(channel, post.id, {
      content: draftContentFromText('And a reply'),
      attachments: []
    });
    await anne.feed.recordSent(post);
    await anne.feed.recordSent(reply);
    await emulator.clearRequests();
    const page = (await anne.feed.readLatest([channel], { viewerId: anneId })).get(
      `${channel.groupId}/${channel.channelId}`
    );
    expect(await emulator.requests()).toHaveLength(0);
    expect(page?.ok && page.value.posts[0].id).toBe(post.id);
    expect(page?.ok && page.value.posts[0].replies.map((r) => r.id)).toEqual([reply.id]);
  });
});
