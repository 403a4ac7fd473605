import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { fakeServices, renderWithKring, testHost } from '../../../../components/testing/renderWithKring';
import type { OutgoingMessage } from '../../../../model/composer/Draft';
import type { MessageCandidate } from '../../../../model/composer/sentMessageMatch';
import type { ChannelRef } from '../../../../model/feed/mergedFeed';
import type { Post } from '../../../../model/feed/Post';
import type { Person } from '../../../../model/Person';
import { MemoryDraftStore } from '../../../../services/composer/MemoryDraftStore';
import { ServiceError } from '../../../../services/ServiceError';
import { testPost } from '../../../../model/feed/testPosts';
import { registryGroup } from '../groups/groupFixtures';
import { Composer } from './Composer';
import type { ComposerProps } from './Composer.types';

jest.setTimeout(30_000);

const ME = testHost().user.id as string;
const TEACHERS = registryGroup('g1', 'Toetsing in de praktijk');
const COFFEE = registryGroup('g2', 'Koffie en kennis');
const NOT_MINE = registryGroup('g3', 'Roostermakers');
const person = (id: string, displayName: string): Person => ({ id, displayName, userPrincipalName: `${id}@x.nl` });
const DAAN = person('daan', 'Daan Bakker');
const DAPHNE = person('daphne', 'Daphne de Wit');

function postFrom(channel: ChannelRef, message: OutgoingMessage, id = 'new-post'): Post {
  return testPost(id, new Date().toISOString(), {
    ...channel,
    author: { id: ME, displayName: 'Anne de Vries' },
    untrustedHtml: JSON.stringify(message.content)
  });
}

function setup(
  post: (channel: ChannelRef, message: OutgoingMessage) => Promise<Post>,
  props: Partial<ComposerProps> = {}
) {
  const posted = jest.fn(post);
  const drafts = new MemoryDraftStore();
  const services = fakeServices({
    groups: {
      getMyGroupIds: () => Promise.resolve(new Set(['g1', 'g2'])),
      feedChannelOf: (group) => Promise.resolve({ groupId: group.id, channelId: `channel-${group.id}` }),
      getMembers: () => Promise.resolve([DAAN])
    },
    people: { searchPeople: () => Promise.resolve([DAPHNE, DAAN]) },
    composer: { post: posted },
    drafts
  });
  const onSent = jest.fn();
  renderWithKring(
    <Composer
      mode={{ kind: 'post', groups: [TEACHERS, COFFEE, NOT_MINE] }}
      recentMessages={() => []}
      onSent={onSent}
      {...props}
    />,
    services
  );
  return { posted, onSent, drafts };
}

const editor = async (): Promise<HTMLElement> => screen.findByRole('textbox', { name: 'Message' });

function caretAtEnd(root: HTMLElement): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
  const range = document.createRange();
  if (last) range.setStart(last, (last as Text).length);
  else range.setStart(root, root.childNodes.length);
  range.collapse(true);
  const selection = document.getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
}

async function type(html: string): Promise<HTMLElement> {
  const root = await editor();
  root.focus();
  root.innerHTML = html;
  caretAtEnd(root);
  fireEvent.input(root);
  return root;
}

const status = (): HTMLElement =>
  screen.getAllByRole('status').find((node) => node.getAttribute('aria-live') === 'polite') as HTMLElement;

describe('Composer', () => {
  it('offers only the groups I am a member of', async () => {
    setup((channel, message) => Promise.resolve(postFrom(channel, message)));
    const select = await screen.findByRole('combobox', { name: 'Post in' });
    await waitFor(() => expect(select.querySelectorAll('option')).toHaveLength(2));
    expect([...select.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Toetsing in de praktijk',
      'Koffie en kennis'
    ]);
  });

  it('sends with Ctrl+Enter to the chosen group, says so, and empties the field', async () => {
    const { posted, onSent, drafts } = setup((channel, message) => Promise.resolve(postFrom(channel, message)));
    const select = await screen.findByRole('combobox', { name: 'Post in' });
    await waitFor(() => expect(select.querySelectorAll('option')).toHaveLength(2));
    fireEvent.change(select, { target: { value: 'g2' } });
    // The draft of the other group's channel opens.
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
    fireEvent.change(screen.getByRole('textbox', { name: 'Subject (optional)' }), { target: { value: 'Koffie?' } });
    const root = await type('Wie gaat er mee?');
    fireEvent.keyDown(root, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(status()).toHaveTextContent('Your post was sent.'));
    expect(posted).toHaveBeenCalledTimes(1);
    const [channel, message] = posted.mock.calls[0];
    expect(channel).toEqual({ groupId: 'g2', channelId: 'channel-g2' });
    expect(message.subject).toBe('Koffie?');
    expect(message.content.blocks).toEqual([{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Wie gaat er mee?' }] }]);
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ id: 'new-post' }), expect.any(Function));
    await waitFor(async () => expect(await drafts.list('g2')).toEqual([]));
    expect((await editor()).textContent).toBe('');
  });

  it('takes what is written along to the group chosen after writing, when that group has no draft', async () => {
    const { posted, drafts } = setup((channel, message) => Promise.resolve(postFrom(channel, message)));
    await type('Eerst geschreven');
    const select = await screen.findByRole('combobox', { name: 'Post in' });
    fireEvent.change(select, { target: { value: 'g2' } });
    await waitFor(async () => expect((await drafts.list('g2')).length).toBe(1));
    expect(await drafts.list('g1')).toEqual([]);
    await waitFor(async () => expect((await editor()).textContent).toBe('Eerst geschreven'));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(posted).toHaveBeenCalledTimes(1));
    expect(posted.mock.calls[0][0]).toEqual({ groupId: 'g2', channelId: 'channel-g2' });
  });

  it('keeps the text when Graph refuses it, explains why and sends again on retry', async () => {
    let calls = 0;
    const { posted } = setup((channel, message) =>
      ++calls === 1
        ? Promise.reject(
            new ServiceError('throttled', 'Too many requests', {
              status: 429,
              retryAfterSeconds: 5,
              code: 'TooManyRequests'
            })
          )
        : Promise.resolve(postFrom(channel, message))
    );
    await type('Een vraag over rubrics');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(status()).toHaveTextContent(/Not sent: .*Try again in 5 seconds/));
    expect((await editor()).textContent).toBe('Een vraag over rubrics');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(status()).toHaveTextContent('Your post was sent.'));
    expect(posted).toHaveBeenCalledTimes(2);
  });

  it('says what is wrong before sending nothing at all', async () => {
    const { posted } = setup((channel, message) => Promise.resolve(postFrom(channel, message)));
    await editor();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Write something or attach a document first.')).toBeInTheDocument();
    expect(posted).not.toHaveBeenCalled();
  });

  it('suggests the group members first for "@", and mentions the one picked with Enter', async () => {
    const { posted } = setup((channel, message) => Promise.resolve(postFrom(channel, message)));
    const root = await type('Vraag voor @da');
    const list = await screen.findByRole('listbox', { name: 'People to mention' });
    await waitFor(() => expect(list.querySelectorAll('[role="option"]')).toHaveLength(2));
    const names = [...list.querySelectorAll('[role="option"]')].map((option) => option.textContent);
    expect(names[0]).toContain('Daan Bakker');
    expect(names[0]).toContain('Member of this group');
    expect(names[1]).toContain('Daphne de Wit');
    expect(root).toHaveAttribute('aria-activedescendant', list.querySelector('[role="option"]')?.id);
    fireEvent.keyDown(root, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByRole('listbox', { name: 'People to mention' })).toBeNull());
    fireEvent.keyDown(root, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(posted).toHaveBeenCalledTimes(1));
    const runs = posted.mock.calls[0][1].content.blocks[0];
    expect(runs).toMatchObject({
      runs: expect.arrayContaining([{ kind: 'mention', person: { id: 'daan', displayName: 'Daan Bakker' } }])
    });
  });

  it('asks before posting the same text I posted a moment ago, and posts it when I confirm', async () => {
    const earlier: MessageCandidate = {
      id: 'earlier',
      author: { id: ME, displayName: 'Anne de Vries' },
      untrustedHtml: '<p>Dank jullie wel!</p>',
      bodyIsHtml: true,
      created: new Date(Date.now() - 60_000).toISOString(),
      deleted: false
    };
    const { posted } = setup((channel, message) => Promise.resolve(postFrom(channel, message)), {
      recentMessages: () => [earlier]
    });
    await type('Dank jullie wel!');
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(status()).toHaveTextContent(/You posted the same text at .*Send it again\?/));
    expect(posted).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Post again' }));
    });
    await waitFor(() => expect(status()).toHaveTextContent('Your post was sent.'));
    expect(posted).toHaveBeenCalledTimes(1);
  });
});
