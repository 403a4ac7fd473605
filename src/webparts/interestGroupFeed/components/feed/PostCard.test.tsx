import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../../components/testing/renderWithKring';
import { PostCard } from './PostCard';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import { GROUP_ID, testPost, testReply } from '../../../../model/feed/testPosts';

const THREE_LATEST = [
  testReply('r3', '2026-12-02T10:03:00Z'),
  testReply('r4', '2026-12-02T10:04:00Z'),
  testReply('r5', '2026-12-02T10:05:00Z')
];

describe('PostCard', () => {
  it('shows subject, sanitised body, reactions, reply count and a safe link to Teams', async () => {
    const post = testPost('p1', '2026-12-02T10:05:00Z', {
      subject: 'Rubrics',
      untrustedHtml: '<p onclick="alert(1)">Wie heeft een rubric?</p><script>alert(2)</script>',
      reactions: [{ type: 'like', count: 2, userIds: ['a', 'b'], mine: false }],
      webUrl: 'https://teams.microsoft.com/l/message/19%3Ageneral/p1',
      replies: THREE_LATEST,
      replyCount: 3
    });
    const { container } = renderWithKring(<PostCard post={post} />, fakeServices());
    expect(screen.getByRole('heading', { name: 'Rubrics' })).toBeInTheDocument();
    expect(await screen.findByText('Wie heeft een rubric?')).not.toHaveAttribute('onclick');
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByRole('list', { name: 'Reactions' })).toHaveTextContent('👍 2');
    expect(screen.getByText('3 replies')).toBeInTheDocument();
    const teams = screen.getByRole('link', { name: 'Open in Teams' });
    expect(teams).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('reads every reply when asked, once, and can fold them again', async () => {
    const all = [testReply('r1', '2026-12-02T10:01:00Z'), testReply('r2', '2026-12-02T10:02:00Z'), ...THREE_LATEST];
    const getReplies = jest.fn().mockResolvedValue(all);
    const post = testPost('p1', '2026-12-02T10:05:00Z', { replies: THREE_LATEST, replyCount: 5 });
    renderWithKring(<PostCard post={post} />, fakeServices({ feed: { getReplies } }));
    expect(screen.queryByText('Reply r1')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Show all 5 replies' }));
    await waitFor(() => expect(screen.getByText('Reply r1')).toBeInTheDocument());
    expect(getReplies).toHaveBeenCalledTimes(1);
    expect(getReplies.mock.calls[0][1]).toBe('p1');
    await userEvent.click(screen.getByRole('button', { name: 'Show fewer replies' }));
    expect(screen.queryByText('Reply r1')).toBeNull();
  });

  it('copies a link to the post on this page', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithKring(<PostCard post={testPost('p9', '2026-12-02T10:00:00Z')} />, fakeServices());
    await userEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(screen.getByText('Link copied')).toBeInTheDocument());
    const link = new URL(writeText.mock.calls[0][0] as string);
    expect(link.searchParams.get('post')).toBe('p9');
    expect(link.searchParams.get('group')).toBe('3a255cbf-d718-5afa-80d0-0b4427a3ce94');
  });

  it('shows a system event as one quiet line and a deleted post without its body', () => {
    const { unmount } = renderWithKring(
      <PostCard
        post={testPost('s1', '2026-12-02T10:00:00Z', { systemEvent: { kind: 'membersAdded', memberIds: ['x'] } })}
      />,
      fakeServices()
    );
    expect(screen.getByText('Members were added to the group.')).toBeInTheDocument();
    expect(screen.queryByText('Post s1')).toBeNull();
    unmount();
    renderWithKring(
      <PostCard post={testPost('d1', '2026-12-02T10:00:00Z', { deleted: true, untrustedHtml: '' })} />,
      fakeServices()
    );
    const card = screen.getByText('This message has been deleted.').closest('div') as HTMLElement;
    expect(within(card).queryByText('Post d1')).toBeNull();
  });

  it('previews authors by initials and name and times without the exact one; the full card shows both', async () => {
    const post = testPost('p1', '2026-12-02T10:05:00Z', {
      author: { id: 'a1', displayName: 'Bram Jansen' },
      replies: [testReply('r1', '2026-12-02T10:06:00Z', { author: { id: 'a2', displayName: 'Fatima el Amrani' } })],
      replyCount: 1
    });
    const preview = renderWithKring(<PostCard post={post} preview />, fakeServices());
    expect(screen.getByText('Bram Jansen')).toBeInTheDocument();
    expect(screen.getByText('BJ')).toBeInTheDocument();
    expect(screen.getByText('FA')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bram Jansen' })).toBeNull();
    expect(preview.container.querySelector('time')).not.toHaveAttribute('title');
    preview.unmount();
    const { container } = renderWithKring(<PostCard post={post} />, fakeServices());
    expect(await screen.findByRole('link', { name: 'Bram Jansen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Fatima el Amrani' })).toBeInTheDocument();
    expect(container.querySelector('time')).toHaveAttribute('title', expect.stringMatching(/December 2, 2026/));
  });

  it('links the group to the address the feed gives it', async () => {
    const group: InterestGroup = {
      id: GROUP_ID,
      registryItemId: 1,
      displayName: 'Toetsing',
      description: '',
      visibility: 'Public',
      jobFunctions: [],
      topics: [],
      featured: false
    };
    const post = testPost('p1', '2026-12-02T10:05:00Z');
    renderWithKring(
      <PostCard post={post} group={group} groupHref="https://intranet.example/feed?group=g" />,
      fakeServices()
    );
    expect(await screen.findByRole('link', { name: 'Toetsing' })).toHaveAttribute(
      'href',
      'https://intranet.example/feed?group=g'
    );
  });
});
