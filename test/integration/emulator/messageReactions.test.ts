import { emulatorPerFile } from '../../support/emulatorPerFile';
import { generalMessagesPath } from './channelHelpers';
import { ANNE, DAAN, rawGraph } from './graphClient';

const emulator = emulatorPerFile();
const graph = rawGraph(emulator);

beforeAll(async () => emulator.setThrottling({ channelMessages: false }));

interface ReadReaction {
  reactionType: string;
  displayName: string | null;
  reactionContentUrl: string | null;
  createdDateTime: string;
  user: { user: { id: string; displayName: string | null; userIdentityType: string } };
}

async function userId(upn: string): Promise<string> {
  return String((await graph(`/users/${upn}?$select=id`)).body.id);
}

/** A new post in the General channel of a group Anne and Daan are both in, and a reply to it. */
async function newThread(): Promise<{ post: string; reply: string }> {
  const { base } = await generalMessagesPath(graph, 'Toetsing en beoordeling');
  const post = await graph(base, {
    user: ANNE,
    method: 'POST',
    body: JSON.stringify({ body: { contentType: 'text', content: `Reageer ${Date.now()}` } })
  });
  const reply = await graph(`${base}/${String(post.body.id)}/replies`, {
    user: ANNE,
    method: 'POST',
    body: JSON.stringify({ body: { contentType: 'text', content: 'Antwoord' } })
  });
  return {
    post: `${base}/${String(post.body.id)}`,
    reply: `${base}/${String(post.body.id)}/replies/${String(reply.body.id)}`
  };
}

async function react(message: string, action: 'setReaction' | 'unsetReaction', reactionType: string, user = ANNE) {
  const answer = await graph(`${message}/${action}`, {
    user,
    method: 'POST',
    body: JSON.stringify({ reactionType })
  });
  expect(answer.status).toBe(204);
}

async function read(
  message: string
): Promise<{ reactions: ReadReaction[]; lastModifiedDateTime: string; etag: string }> {
  const answer = await graph(message, { user: ANNE });
  return answer.body as unknown as { reactions: ReadReaction[]; lastModifiedDateTime: string; etag: string };
}

describe('setReaction and unsetReaction', () => {
  it('store the reaction as Graph documents it, with the user, and move the message on', async () => {
    const anneId = await userId(ANNE);
    const { post, reply } = await newThread();
    for (const message of [post, reply]) {
      const before = await read(message);
      await new Promise((resolve) => setTimeout(resolve, 5));
      await react(message, 'setReaction', '👍');
      const after = await read(message);
      expect(after.reactions).toEqual([
        {
          reactionType: '👍',
          displayName: 'Like',
          reactionContentUrl: null,
          createdDateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
          user: expect.objectContaining({
            user: expect.objectContaining({ id: anneId, userIdentityType: 'aadUser' })
          })
        }
      ]);
      expect(Date.parse(after.lastModifiedDateTime)).toBeGreaterThan(Date.parse(before.lastModifiedDateTime));
      expect(after.etag).not.toBe(before.etag);
    }
  });

  it('let one user give several reactions, each once, and take back only their own', async () => {
    const { post } = await newThread();
    await react(post, 'setReaction', '👍');
    await react(post, 'setReaction', '👍');
    await react(post, 'setReaction', '❤️');
    await react(post, 'setReaction', '🎉');
    await react(post, 'setReaction', '👍', DAAN);
    expect((await read(post)).reactions.map((reaction) => [reaction.reactionType, reaction.displayName])).toEqual([
      ['👍', 'Like'],
      ['❤️', 'Heart'],
      ['🎉', null],
      ['👍', 'Like']
    ]);
    await react(post, 'unsetReaction', '👍');
    await react(post, 'unsetReaction', '😢');
    const left = (await read(post)).reactions;
    expect(left.map((reaction) => reaction.reactionType)).toEqual(['❤️', '🎉', '👍']);
    expect(left[2].user.user.id).toBe(await userId(DAAN));
  });

  it('treat a backward-compatible name and its emoji as one reaction', async () => {
    const { reply } = await newThread();
    await react(reply, 'setReaction', 'like');
    await react(reply, 'setReaction', '👍');
    await react(reply, 'setReaction', '❤');
    await react(reply, 'setReaction', 'heart');
    expect((await read(reply)).reactions.map((reaction) => reaction.reactionType)).toEqual(['like', '❤']);
    await react(reply, 'unsetReaction', '👍');
    await react(reply, 'unsetReaction', '❤️');
    expect((await read(reply)).reactions).toEqual([]);
  });
});
