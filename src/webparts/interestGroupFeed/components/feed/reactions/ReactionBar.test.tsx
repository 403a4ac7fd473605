import * as React from 'react';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring, testHost } from '../../../../../components/testing/renderWithKring';
import type { Post } from '../../../../../model/feed/Post';
import { ServiceError } from '../../../../../services/ServiceError';
import { testPost, testReply } from '../../../../../model/feed/testPosts';
import { loadReactionBar } from './lazyReactionBar';
import { ReactionBar } from './ReactionBar';

// The picker and the list of who reacted load lazily; their first import compiles on demand.
jest.setTimeout(30_000);

const ME = testHost().user.id as string;
const BRAM = '22222222-2222-2222-2222-222222222222';
const FATIMA = '33333333-3333-3333-3333-333333333333';

function postWith(reactions: Post['reactions'], overrides: Partial<Post> = {}): Post {
  return testPost('p1', '2026-12-02T10:05:00Z', { reactions, ...overrides });
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void } {
  let resolve: () => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<void>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('ReactionBar', () => {
  beforeAll(async () => {
    await loadReactionBar();
  });
  beforeEach(() => sessionStorage.clear());

  it('names each reaction by who gave it and marks mine as pressed', () => {
    const post = postWith([
      { type: 'like', count: 2, userIds: [BRAM, ME], mine: true },
      { type: '👍', count: 1, userIds: [FATIMA], mine: false },
      { type: 'heart', count: 1, userIds: [BRAM], mine: false }
    ]);
    renderWithKring(<ReactionBar message={post} thread={post} />, fakeServices());
    const list = screen.getByRole('list', { name: 'Reactions' });
    // Graph's `like` and the 👍 emoji are the same reaction.
    expect(within(list).getAllByRole('button')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Like, 3 people, including you' })).toHaveAttribute(
      'aria-pressed',
      'true'
    );
    expect(screen.getByRole('button', { name: 'Heart, 1 person' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Add reaction' })).toBeInTheDocument();
  });

  it('shows my reaction at once, sends the emoji for a reaction Graph named, and takes it back the same way', async () => {
    const sent = deferred();
    const setReaction = jest.fn().mockReturnValue(sent.promise);
    const unsetReaction = jest.fn().mockResolvedValue(undefined);
    const post = postWith([{ type: 'like', count: 1, userIds: [BRAM], mine: false }]);
    renderWithKring(
      <ReactionBar message={post} thread={post} />,
      fakeServices({ composer: { setReaction, unsetReaction } })
    );
    await userEvent.click(screen.getByRole('button', { name: 'Like, 1 person' }));
    const like = screen.getByRole('button', { name: 'Like, 2 people, including you' });
    expect(like).toHaveAttribute('aria-pressed', 'true');
    expect(like).toHaveTextContent('👍 2');
    expect(setReaction).toHaveBeenCalledWith(
      { groupId: post.groupId, channelId: post.channelId, messageId: 'p1', postId: undefined },
      '👍'
    );
    await act(async () => sent.resolve());
    expect(screen.getByRole('status')).toHaveTextContent('You reacted with Like.');

    await userEvent.click(like);
    expect(screen.getByRole('button', { name: 'Like, 1 person' })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(unsetReaction).toHaveBeenCalledWith(expect.objectContaining({ messageId: 'p1' }), '👍'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your Like reaction was taken back.'));
  });

  it('puts the count back and says why when Graph refuses: busy for a while, forbidden, offline', async () => {
    const refusals = [
      new ServiceError('throttled', 'Too many requests', { status: 429, retryAfterSeconds: 12 }),
      new ServiceError('forbidden', 'Forbidden', { status: 403 }),
      new ServiceError('network', 'Failed to fetch')
    ];
    const setReaction = jest.fn().mockImplementation(() => Promise.reject(refusals.shift()));
    const post = postWith([{ type: 'heart', count: 2, userIds: [BRAM, FATIMA], mine: false }]);
    renderWithKring(<ReactionBar message={post} thread={post} />, fakeServices({ composer: { setReaction } }));
    const expected = [
      'Your reaction was not saved: Microsoft 365 is busy. Try again in 12 seconds.',
      'Your reaction was not saved: you cannot react to messages in this group.',
      'Your reaction was not saved: there is no connection. Check it and try again.'
    ];
    for (const message of expected) {
      await userEvent.click(screen.getByRole('button', { name: 'Heart, 2 people' }));
      await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(message));
      expect(screen.getByRole('button', { name: 'Heart, 2 people' })).toHaveAttribute('aria-pressed', 'false');
    }
    expect(setReaction).toHaveBeenCalledTimes(3);
  });

  it('sends a toggle made while another is under way after it, and two of the same cancel out', async () => {
    const first = deferred();
    const setReaction = jest.fn().mockReturnValueOnce(first.promise).mockResolvedValue(undefined);
    const unsetReaction = jest.fn().mockResolvedValue(undefined);
    const post = postWith([{ type: '👍', count: 1, userIds: [BRAM], mine: false }]);
    renderWithKring(
      <ReactionBar message={post} thread={post} />,
      fakeServices({ composer: { setReaction, unsetReaction } })
    );
    const like = screen.getByRole('button', { name: 'Like, 1 person' });
    await userEvent.click(like);
    await userEvent.click(like);
    await userEvent.click(like);
    expect(setReaction).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Like, 2 people, including you' })).toBeInTheDocument();
    await act(async () => first.resolve());
    // Set, then unset and set again: mine as asked, and Graph was asked for nothing more.
    expect(setReaction).toHaveBeenCalledTimes(1);
    expect(unsetReaction).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Like, 2 people, including you' })).toBeInTheDocument();
  });

  it('keeps my reaction when the message is rendered anew from the same read, also after a reload', async () => {
    const services = fakeServices({ composer: { setReaction: jest.fn().mockResolvedValue(undefined) } });
    const reply = testReply('r1', '2026-12-02T10:06:00Z', {
      reactions: [{ type: 'laugh', count: 1, userIds: [BRAM], mine: false }]
    });
    const post = postWith([], { replies: [reply], replyCount: 1 });
    const first = renderWithKring(<ReactionBar message={reply} thread={post} />, services);
    await userEvent.click(screen.getByRole('button', { name: 'Laugh, 1 person' }));
    expect(services.composer.setReaction).toHaveBeenCalledWith(
      expect.objectContaining({ messageId: 'r1', postId: 'p1' }),
      '😆'
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('You reacted with Laugh.'));
    first.unmount();
    const again = renderWithKring(<ReactionBar message={reply} thread={post} />, services);
    expect(screen.getByRole('button', { name: 'Laugh, 2 people, including you' })).toHaveAttribute(
      'aria-pressed',
      'true'
    );
    again.unmount();
    // A reload: new services, the feed's page as cached before the reaction.
    renderWithKring(<ReactionBar message={reply} thread={post} />, fakeServices());
    expect(screen.getByRole('button', { name: 'Laugh, 2 people, including you' })).toBeInTheDocument();
  });

  it('lists who reacted on focus, me first, looking up in one call only the names the thread does not give', async () => {
    const others = Array.from({ length: 12 }, (_, index) => `4444444${index}-0000-0000-0000-000000000000`);
    const getPeople = jest
      .fn()
      .mockImplementation((ids: string[]) =>
        Promise.resolve(
          ids.map((id) => ({ id, displayName: `Person ${others.indexOf(id)}`, userPrincipalName: `${id}@example` }))
        )
      );
    const post = postWith([{ type: 'surprised', count: 14, userIds: [BRAM, ME, ...others], mine: true }], {
      author: { id: BRAM, displayName: 'Bram Jansen' }
    });
    renderWithKring(<ReactionBar message={post} thread={post} />, fakeServices({ registry: { getPeople } }));
    const surprised = screen.getByRole('button', { name: 'Surprised, 14 people, including you' });
    act(() => surprised.focus());
    const tooltip = await screen.findByRole('tooltip', {}, { timeout: 10_000 });
    await waitFor(() =>
      expect(tooltip).toHaveTextContent(
        'You, Bram Jansen, Person 0, Person 1, Person 2, Person 3, Person 4, Person 5, Person 6, Person 7 and 4 others'
      )
    );
    expect(surprised).toHaveAttribute('aria-describedby', tooltip.id);
    expect(getPeople).toHaveBeenCalledTimes(1);
    expect(getPeople.mock.calls[0][0]).toEqual(others.slice(0, 8));

    fireEvent.keyDown(surprised, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('opens the six reactions from "Add reaction", reacts with the one chosen and gives focus back', async () => {
    const setReaction = jest.fn().mockResolvedValue(undefined);
    const post = postWith([{ type: 'like', count: 1, userIds: [BRAM], mine: false }]);
    renderWithKring(<ReactionBar message={post} thread={post} />, fakeServices({ composer: { setReaction } }));
    const add = screen.getByRole('button', { name: 'Add reaction' });
    await userEvent.click(add);
    const picker = await screen.findByRole('dialog', { name: 'Choose a reaction' }, { timeout: 10_000 });
    expect(
      within(picker)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label'))
    ).toEqual(['Like', 'Heart', 'Laugh', 'Surprised', 'Sad', 'Angry']);
    await userEvent.click(within(picker).getByRole('button', { name: 'Heart' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(add).toHaveFocus();
    expect(setReaction).toHaveBeenCalledWith(expect.objectContaining({ messageId: 'p1' }), '❤️');
    expect(screen.getByRole('button', { name: 'Heart, you' })).toHaveAttribute('aria-pressed', 'true');
    // A user may give several reactions to one message.
    expect(screen.getByRole('button', { name: 'Like, 1 person' })).toBeInTheDocument();
  });

  it('offers no reactions on a deleted message', () => {
    const post = postWith([{ type: 'like', count: 1, userIds: [BRAM], mine: false }], { deleted: true });
    renderWithKring(<ReactionBar message={post} thread={post} />, fakeServices());
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
