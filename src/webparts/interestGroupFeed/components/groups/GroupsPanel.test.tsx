import * as React from 'react';
import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring, testHost } from '../../../../components/testing/renderWithKring';
import type { HostInfo } from '../../../../host/HostInfo';
import type { GroupsService } from '../../../../services/groups/GroupsService';
import type { PeopleService } from '../../../../services/people/PeopleService';
import { ServiceError } from '../../../../services/ServiceError';
import { cardOf, ME, MY_GROUP_IDS, REGISTRY, withDetails } from './groupFixtures';
import { GroupsPanel } from './GroupsPanel';

// jsdom's getComputedStyle goes through every Griffel rule, for the element and each ancestor, which makes role
// queries and Fluent's popup positioning slow. So: role queries skip the visibility check (no part of the panel is
// hidden), the dropdown's list is not positioned (jsdom has no layout to position it in), the tests wait on text and
// type by pasting. The filtering itself is tried in filterGroups.test.ts.
jest.setTimeout(30_000);
configure({ defaultHidden: true });

const FEED_PAGE = 'https://hogeschool.example/sites/kring/SitePages/Feed.aspx';

function services(groups: Partial<GroupsService> = {}, people: Partial<PeopleService> = {}) {
  return fakeServices({
    groups: {
      getRegistry: jest.fn().mockResolvedValue(REGISTRY),
      getMyGroupIds: jest.fn().mockResolvedValue(MY_GROUP_IDS),
      withDetails: jest.fn(withDetails),
      getOwners: jest
        .fn()
        .mockResolvedValue([
          { id: 'owner-1', displayName: 'Ingrid Mulder', userPrincipalName: 'ingrid.mulder@hogeschool.example' }
        ]),
      ...groups
    },
    people: { getProfileCard: jest.fn().mockResolvedValue(cardOf(ME)), ...people },
    settings: { feedPageUrl: FEED_PAGE }
  });
}

async function renderPanel(
  options: { onOpenFeed?: (groupId: string) => void; kring?: ReturnType<typeof services>; host?: HostInfo } = {}
) {
  const kring = options.kring ?? services();
  renderWithKring(<GroupsPanel onOpenFeed={options.onOpenFeed} />, kring, options.host ?? testHost());
  await screen.findByText('6 groups');
  return kring;
}

const section = (name: string): HTMLElement => screen.getByRole('region', { name });
const card = (scope: HTMLElement, name: string): HTMLElement => within(scope).getByRole('article', { name });
const names = (scope: HTMLElement): string[] =>
  within(scope)
    .queryAllByRole('heading', { level: 4 })
    .map((heading) => heading.textContent ?? '');

describe('GroupsPanel', () => {
  it('suggests groups for my job function and topics with the reason, never my own groups', async () => {
    await renderPanel();
    await screen.findByText('Shares your topics: Data analysis');
    const forYou = section('Groups for you');
    expect(names(forYou)).toEqual(['Toetsing in de praktijk', 'Docentenplatform', 'Datagedreven onderzoek']);
    const first = card(forYou, 'Toetsing in de praktijk');
    expect(first).toHaveTextContent('For Docent');
    expect(first).toHaveTextContent('Shares your topics: Assessment');
  });

  it('shows each group with its details, and the way into the feed only for my groups', async () => {
    const onOpenFeed = jest.fn();
    const kring = await renderPanel({ onOpenFeed });
    const all = section('All interest groups');
    expect(names(all)).toEqual([
      'Toetsing in de praktijk',
      'Datagedreven onderzoek',
      'Docentenplatform',
      'Koffie en kennis',
      'Roostermakers',
      'Studentbegeleiders'
    ]);
    const featured = card(all, 'Toetsing in de praktijk');
    expect(featured).toHaveTextContent('Featured');
    expect(featured).toHaveTextContent('42 members');
    expect(featured).toHaveTextContent('Public');
    expect(within(featured).getByRole('list', { name: 'Job functions' })).toHaveTextContent('Docent');
    expect(within(featured).getByRole('link', { name: 'Assessment' })).toHaveAttribute(
      'href',
      expect.stringContaining('q=Toetsing')
    );
    expect(
      within(featured)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label'))
    ).toEqual(['Join Toetsing in de praktijk']);

    const closed = card(all, 'Datagedreven onderzoek');
    expect(closed).toHaveTextContent('Private: request to join');
    const owners = await within(closed).findByRole('list', { name: 'Owners' });
    expect(within(owners).getByRole('link', { name: /Ingrid Mulder/ })).toBeInTheDocument();
    expect(kring.groups.getOwners).toHaveBeenCalled();
    expect(closed).not.toHaveTextContent('Member');
    expect(within(closed).queryByRole('button', { name: 'Open feed' })).not.toBeInTheDocument();

    expect(card(all, 'Koffie en kennis')).toHaveTextContent('1 member');
    const mine = card(all, 'Roostermakers');
    expect(mine).toHaveTextContent('Member');
    expect(mine).toHaveTextContent('Private');
    expect(mine).not.toHaveTextContent('request to join');
    await userEvent.click(within(mine).getByRole('button', { name: 'Open feed' }));
    expect(onOpenFeed).toHaveBeenCalledWith('g4');
    expect(kring.groups.withDetails).toHaveBeenCalledTimes(1);
  });

  it('narrows the list by search and my groups, announces the count, and clears the filters', async () => {
    await renderPanel();
    const all = section('All interest groups');
    const status = within(all).getByText('6 groups');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    const search = within(all).getByRole('searchbox', { name: 'Search groups' });
    await userEvent.click(search);
    await userEvent.paste('ROOSTER');
    expect(names(all)).toEqual(['Roostermakers']);
    expect(status).toHaveTextContent('1 group');

    await userEvent.paste(' xyz');
    expect(status).toHaveTextContent('0 groups');
    expect(all).toHaveTextContent('No groups match.');
    await userEvent.click(within(all).getByRole('button', { name: 'Clear the filters' }));
    expect(search).toHaveValue('');
    expect(status).toHaveTextContent('6 groups');

    await userEvent.click(within(all).getByRole('switch', { name: 'My groups only' }));
    expect(names(all)).toEqual(['Koffie en kennis', 'Roostermakers']);
    expect(status).toHaveTextContent('2 groups');
  });

  it('narrows the list to a job function chosen from the dropdown', async () => {
    await renderPanel();
    const filters = screen.getByRole('search', { name: 'Filter interest groups' });
    await userEvent.click(within(filters).getByRole('combobox', { name: 'Job function' }));
    await userEvent.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'Onderzoeker' }));
    await screen.findByText('2 groups');
    expect(names(section('All interest groups'))).toEqual(['Datagedreven onderzoek', 'Koffie en kennis']);
  });

  it('shows topics in the host language and links my groups to the feed page without onOpenFeed', async () => {
    await renderPanel({ host: testHost({ locale: 'nl-nl' }) });
    const all = section('All interest groups');
    expect(within(card(all, 'Toetsing in de praktijk')).getByRole('link', { name: 'Toetsing' })).toBeInTheDocument();
    expect(within(card(all, 'Datagedreven onderzoek')).getByRole('link', { name: 'Data-analyse' })).toBeInTheDocument();
    const feed = within(card(all, 'Koffie en kennis')).getByRole('link', { name: 'Open feed' });
    expect(feed).toHaveAttribute('href', `${FEED_PAGE}?group=g5`);
  });

  it('explains a failed load and loads again on retry', async () => {
    const getRegistry = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('failed', 'Boom', { status: 500 }))
      .mockResolvedValue(REGISTRY);
    renderWithKring(<GroupsPanel />, services({ getRegistry }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Microsoft 365 answered with an error');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('6 groups')).toBeInTheDocument();
    expect(getRegistry).toHaveBeenCalledTimes(2);
  });

  it('keeps the list when my profile cannot be read, with a retry for the suggestions', async () => {
    const getProfileCard = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('failed', 'Boom', { status: 500 }))
      .mockResolvedValue(cardOf(ME));
    await renderPanel({ kring: services({}, { getProfileCard }) });
    const alert = await screen.findByRole('alert');
    expect(section('Groups for you')).toContainElement(alert);
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('Shares your topics: Data analysis');
    expect(getProfileCard).toHaveBeenCalledTimes(2);
  });

  it('says how groups get there when the registry is empty', async () => {
    const kring = services({ getRegistry: jest.fn().mockResolvedValue({ groups: [], jobFunctionRules: [] }) });
    renderWithKring(<GroupsPanel />, kring);
    expect(
      await screen.findByText("No interest groups have been set up yet: site owners add them in Kring's registry.")
    ).toBeInTheDocument();
    expect(screen.queryByRole('search')).not.toBeInTheDocument();
    expect(kring.groups.withDetails).not.toHaveBeenCalled();
  });
});
