import * as React from 'react';
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../../components/testing/renderWithKring';
import type { MembershipChange } from '../../../../model/feed/InterestGroup';
import type { MembershipRequest } from '../../../../model/feed/MembershipRequest';
import type { MembershipService } from '../../../../services/groups/MembershipService';
import { ServiceError } from '../../../../services/ServiceError';
import { cardOf, ME, MY_GROUP_IDS, REGISTRY, withDetails } from './groupFixtures';
import { GroupsPanel } from './GroupsPanel';
import { deferred } from '../../../../components/testing/deferred';

// As in GroupsPanel.test.tsx: no visibility check in role queries (nothing in the panel is hidden).
jest.setTimeout(30_000);
configure({ defaultHidden: true });

// Clicks skip the pointer-events check, which reads the computed style of every ancestor.
let user: ReturnType<typeof userEvent.setup>;
beforeEach(() => {
  user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
});

function request(id: number, fields: Partial<MembershipRequest> = {}): MembershipRequest {
  return {
    id,
    groupId: 'g1',
    groupName: 'Toetsing in de praktijk',
    requesterId: 'daan-id',
    requesterName: 'Daan Bakker',
    action: 'join',
    status: 'pending',
    created: '2024-05-01T10:00:00Z',
    ...fields
  };
}

async function renderPanel(membership: Partial<MembershipService> = {}) {
  const kring = fakeServices({
    groups: {
      getRegistry: jest.fn().mockResolvedValue(REGISTRY),
      getMyGroupIds: jest.fn().mockResolvedValue(MY_GROUP_IDS),
      withDetails: jest.fn(withDetails)
    },
    people: { getProfileCard: jest.fn().mockResolvedValue(cardOf(ME)) },
    membership
  });
  renderWithKring(<GroupsPanel onOpenFeed={jest.fn()} />, kring);
  await screen.findByText('6 groups');
  return kring;
}

const all = (): HTMLElement => screen.getByRole('region', { name: 'All interest groups' });
const card = (name: string): HTMLElement => within(all()).getByRole('article', { name });
const button = (scope: HTMLElement, name: string): HTMLElement => within(scope).getByRole('button', { name });
const statusOf = (scope: HTMLElement): HTMLElement =>
  within(scope)
    .getAllByRole('status')
    .find((element) => element.getAttribute('aria-live') === 'polite') as HTMLElement;

describe('joining and leaving in the group browser', () => {
  it('joins a public group: busy at once, then a member with the way into the feed and out', async () => {
    const answer = deferred<MembershipChange>();
    const join = jest.fn(() => answer.promise);
    await renderPanel({ join });
    expect(screen.queryByRole('region', { name: 'Requests to decide' })).not.toBeInTheDocument();
    const group = card('Docentenplatform');
    await user.click(button(group, 'Join Docentenplatform'));

    expect(join).toHaveBeenCalledWith(expect.objectContaining({ id: 'g2', visibility: 'Public' }));
    expect(button(group, 'Join Docentenplatform')).toHaveAttribute('aria-disabled', 'true');
    expect(statusOf(group)).toHaveTextContent('Joining…');
    await user.click(button(group, 'Join Docentenplatform'));
    expect(join).toHaveBeenCalledTimes(1);

    answer.resolve('done');
    await within(group).findByText('You are a member now.');
    expect(group).toHaveTextContent('Member');
    expect(button(group, 'Open feed')).toHaveFocus();
    expect(button(group, 'Leave Docentenplatform')).toBeEnabled();
    expect(within(group).queryByRole('button', { name: /^Join/ })).not.toBeInTheDocument();

    await user.click(within(all()).getByRole('switch', { name: 'My groups only' }));
    expect(await within(all()).findByText('3 groups')).toBeInTheDocument();
  });

  it('requests to join a private group and says it waits for an owner', async () => {
    const join = jest.fn().mockResolvedValue('requested');
    await renderPanel({ join });
    const group = card('Datagedreven onderzoek');
    expect(within(group).queryByRole('button', { name: 'Join Datagedreven onderzoek' })).not.toBeInTheDocument();
    await user.click(button(group, 'Request to join Datagedreven onderzoek'));
    await within(group).findByText('Requested: waiting for an owner');
    expect(statusOf(group)).toHaveFocus();
    expect(within(group).queryByRole('button')).not.toBeInTheDocument();
    expect(group).not.toHaveTextContent('Member');
  });

  it('rolls back with a message when joining fails, and joins on retry', async () => {
    const join = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('unavailable', 'Busy', { status: 503 }))
      .mockResolvedValue('done');
    await renderPanel({ join });
    const group = card('Studentbegeleiders');
    await user.click(button(group, 'Join Studentbegeleiders'));
    const alert = await within(group).findByRole('alert');
    expect(alert).toHaveTextContent('Microsoft 365 is busy');
    expect(button(group, 'Join Studentbegeleiders')).not.toHaveAttribute('aria-disabled');
    expect(statusOf(group)).toBeEmptyDOMElement();
    expect(group).not.toHaveTextContent('Member');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(group).findByText('You are a member now.');
    expect(within(group).queryByRole('alert')).not.toBeInTheDocument();
    expect(join).toHaveBeenCalledTimes(2);
  });

  it('asks before leaving, in place, and leaves or files the request', async () => {
    const leave = jest.fn().mockResolvedValueOnce('requested').mockResolvedValueOnce('done');
    await renderPanel({ leave });
    const mine = card('Roostermakers');
    await user.click(button(mine, 'Leave Roostermakers'));
    const prompt = within(mine).getByRole('group', { name: 'Leave group?' });
    expect(button(prompt, 'Cancel leaving Roostermakers')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(mine).queryByRole('group', { name: 'Leave group?' })).not.toBeInTheDocument();
    expect(button(mine, 'Leave Roostermakers')).toHaveFocus();
    expect(leave).not.toHaveBeenCalled();

    await user.click(button(mine, 'Leave Roostermakers'));
    await user.click(button(within(mine).getByRole('group', { name: 'Leave group?' }), 'Leave Roostermakers'));
    await within(mine).findByText('Leave requested: waiting for an owner');
    expect(mine).toHaveTextContent('Member');
    expect(within(mine).queryByRole('button', { name: 'Leave Roostermakers' })).not.toBeInTheDocument();

    const coffee = card('Koffie en kennis');
    await user.click(button(coffee, 'Leave Koffie en kennis'));
    await user.click(button(within(coffee).getByRole('group'), 'Leave Koffie en kennis'));
    await within(coffee).findByText('You are no longer a member.');
    expect(button(coffee, 'Join Koffie en kennis')).toHaveFocus();
    expect(coffee).not.toHaveTextContent('Member');
    expect(leave).toHaveBeenCalledTimes(2);
  });

  it('marks the groups of my pending requests when the panel loads', async () => {
    const getMyPendingRequests = jest
      .fn()
      .mockResolvedValue([request(1, { groupId: 'G3' }), request(2, { groupId: 'g4', action: 'leave' })]);
    await renderPanel({ getMyPendingRequests });
    const closed = card('Datagedreven onderzoek');
    await within(closed).findByText('Requested: waiting for an owner');
    expect(within(closed).queryByRole('button')).not.toBeInTheDocument();
    const mine = card('Roostermakers');
    expect(mine).toHaveTextContent('Leave requested: waiting for an owner');
    expect(button(mine, 'Open feed')).toBeInTheDocument();
  });
});

describe('owners deciding requests', () => {
  it('lists the requests to decide at the top, removes a decided one at once and restores it on failure', async () => {
    const approval = deferred<void>();
    const decide = jest
      .fn()
      .mockReturnValueOnce(approval.promise)
      .mockRejectedValueOnce(new ServiceError('failed', 'Boom', { status: 500 }))
      .mockResolvedValue(undefined);
    const requests = [
      request(7),
      request(8, {
        requesterId: 'sanne-id',
        requesterName: 'Sanne Jansen',
        groupId: 'g4',
        groupName: 'Roostermakers',
        action: 'leave'
      })
    ];
    await renderPanel({ getRequestsToDecide: jest.fn().mockResolvedValue(requests), decide });
    const section = await screen.findByRole('region', { name: 'Requests to decide' });
    expect(screen.getAllByRole('region')[0]).toBe(section);
    const items = within(section).getAllByRole('listitem');
    expect(within(items[0]).getByRole('link', { name: 'Daan Bakker' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('asks to join Toetsing in de praktijk');
    expect(items[1]).toHaveTextContent('asks to leave Roostermakers');

    await user.click(button(section, 'Approve Daan Bakker joining Toetsing in de praktijk'));
    expect(decide).toHaveBeenCalledWith(requests[0], true);
    expect(section).not.toHaveTextContent('Daan Bakker');
    expect(button(section, 'Approve Sanne Jansen leaving Roostermakers')).toHaveFocus();
    approval.resolve();
    await within(section).findByText('Approved the request of Daan Bakker for Toetsing in de praktijk.');

    await user.click(button(section, 'Decline Sanne Jansen leaving Roostermakers'));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Microsoft 365 answered with an error');
    expect(section).toHaveTextContent('Sanne Jansen');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await within(section).findByText(
      'Declined the request of Sanne Jansen for Roostermakers. No requests left to decide.'
    );
    expect(decide).toHaveBeenLastCalledWith(requests[1], false);
    await waitFor(() => expect(within(section).getByRole('heading', { name: 'Requests to decide' })).toHaveFocus());
  });
});
