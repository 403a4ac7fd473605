import * as React from 'react';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../../components/testing/renderWithKring';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { RegistryService } from '../../../../services/registry/RegistryService';
import { ServiceError } from '../../../../services/ServiceError';
import { RegistryPanel } from './RegistryPanel';

// See GroupsPanel.test.tsx: role queries skip the visibility check, which is slow in jsdom.
jest.setTimeout(60_000);
configure({ defaultHidden: true });

beforeAll(() => {
  // Fluent's active-descendant matching reads the reflected `role` property, which jsdom lacks.
  Object.defineProperty(Element.prototype, 'role', {
    configurable: true,
    get(this: Element) {
      return this.getAttribute('role');
    }
  });
});
afterAll(() => {
  delete (Element.prototype as { role?: unknown }).role;
});

function entry(id: number, displayName: string, fields: Partial<InterestGroup> = {}): InterestGroup {
  return {
    id: `0000000${id}-0000-4000-8000-000000000000`,
    registryItemId: id,
    displayName,
    description: '',
    visibility: 'Unknown',
    jobFunctions: ['Docent'],
    topics: ['Toetsing'],
    featured: false,
    curatorIds: [],
    ...fields
  };
}

const TOETSING = entry(1, 'Toetsing en beoordeling');
const ARCHIEF = entry(2, 'Archief', { feedChannelId: '19:gone@thread.tacv2' });

function fakeRegistry(overrides: Partial<RegistryService> = {}): jest.Mocked<RegistryService> {
  return {
    canCurate: jest.fn().mockResolvedValue(true),
    getEntries: jest.fn().mockResolvedValue([ARCHIEF, TOETSING]),
    findGroups: jest.fn().mockResolvedValue([]),
    channelsOf: jest.fn().mockResolvedValue({
      channels: [
        { id: '19:general', displayName: 'General' },
        { id: '19:vragen', displayName: 'Vragen' }
      ],
      primaryChannelId: '19:general'
    }),
    addGroup: jest.fn(),
    updateGroup: jest.fn().mockResolvedValue(undefined),
    removeGroup: jest.fn().mockResolvedValue(undefined),
    getJobFunctionRules: jest.fn().mockResolvedValue([{ itemId: 7, titlePart: 'docent', jobFunction: 'Docent' }]),
    addRule: jest.fn(),
    updateRule: jest.fn().mockResolvedValue(undefined),
    removeRule: jest.fn().mockResolvedValue(undefined),
    getPeople: jest.fn().mockResolvedValue([]),
    findProblems: jest.fn().mockResolvedValue([{ kind: 'channelGone', group: ARCHIEF }]),
    ...overrides
  } as jest.Mocked<RegistryService>;
}

async function renderPanel(registry = fakeRegistry()): Promise<jest.Mocked<RegistryService>> {
  renderWithKring(<RegistryPanel registry={registry} debounceMs={5} />, fakeServices());
  await screen.findByText('Toetsing en beoordeling');
  return registry;
}

const region = (name: string): HTMLElement => screen.getByRole('region', { name });

describe('RegistryPanel', () => {
  it('shows nothing to those who may not edit the registry list', async () => {
    const registry = fakeRegistry({ canCurate: jest.fn().mockResolvedValue(false) });
    const { container } = renderWithKring(<RegistryPanel registry={registry} />, fakeServices());
    await waitFor(() => expect(registry.canCurate).toHaveBeenCalled());
    expect(container.textContent).toBe('');
    expect(registry.getEntries).not.toHaveBeenCalled();
  });

  it('fixes a gone feed channel by going back to General, and the problem is settled', async () => {
    const registry = await renderPanel();
    const problems = region('Registry problems');
    await within(problems).findByText('The feed channel of Archief no longer exists.');
    await userEvent.click(within(problems).getByRole('button', { name: 'Make General the feed channel of Archief' }));
    expect(registry.updateGroup).toHaveBeenCalledWith(2, { feedChannelId: undefined });
    await screen.findByText('The feed of Archief is the General channel now.');
    expect(within(problems).getByText(/No problems/)).toBeTruthy();
  });

  it('removes an entry after an in-place confirmation, and puts it back when SharePoint refuses', async () => {
    const registry = await renderPanel(
      fakeRegistry({ removeGroup: jest.fn().mockRejectedValue(new ServiceError('forbidden', 'no', { status: 403 })) })
    );
    const entries = region('Interest groups');
    await userEvent.click(within(entries).getByRole('button', { name: 'Remove Toetsing en beoordeling' }));
    const question = within(entries).getByRole('group', { name: 'Remove Toetsing en beoordeling from the registry?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Remove' }));
    await userEvent.click(within(question).getByRole('button', { name: 'Remove' }));
    expect(registry.removeGroup).toHaveBeenCalledWith(1);
    await screen.findByText(
      'Could not remove Toetsing en beoordeling; it is back in the list. You may not change this list.'
    );
    expect(within(entries).getByText('Toetsing en beoordeling')).toBeTruthy();
  });

  it('edits an entry in place: featured on, saved at once, undone with a message when saving fails', async () => {
    const registry = await renderPanel(
      fakeRegistry({ updateGroup: jest.fn().mockRejectedValue(new ServiceError('failed', 'boom', { status: 500 })) })
    );
    const entries = region('Interest groups');
    await userEvent.click(within(entries).getByRole('button', { name: 'Edit Toetsing en beoordeling' }));
    const form = within(entries).getByRole('form', { name: 'Edit Toetsing en beoordeling' });
    await userEvent.click(within(form).getByRole('switch', { name: 'Featured (shown first)' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(registry.updateGroup).toHaveBeenCalledWith(1, { featured: true });
    await screen.findByText('Could not save Toetsing en beoordeling; the change was undone.');
    expect(within(entries).queryByText('Featured')).toBeNull();
  });

  it('adds a group from the search: no team is shown but cannot be picked; defaults to General', async () => {
    const candidates = [
      { id: 'g-new', displayName: 'Onderwijsinnovatie', description: '', visibility: 'Public' as const, hasTeam: true },
      { id: 'g-noteam', displayName: 'Onderwijsbureau', description: '', visibility: 'Public' as const, hasTeam: false }
    ];
    const saved = entry(9, 'Onderwijsinnovatie', { id: 'g-new', jobFunctions: [], topics: [] });
    const registry = await renderPanel(
      fakeRegistry({
        findGroups: jest.fn().mockResolvedValue(candidates),
        addGroup: jest.fn().mockResolvedValue(saved)
      })
    );
    const add = region('Add a group');
    const search = within(add).getByRole('combobox', { name: 'Find a Microsoft 365 group' });
    fireEvent.change(search, { target: { value: 'onderwijs' } });
    await within(add).findByText('2 groups found.');
    expect(registry.findGroups).toHaveBeenCalledWith('onderwijs');
    const noTeam = screen.getByRole('option', { name: /Onderwijsbureau/ });
    expect(noTeam.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(screen.getByRole('option', { name: /Onderwijsinnovatie/ }));
    const form = within(add).getByRole('form', { name: 'Add Onderwijsinnovatie to the registry' });
    await waitFor(() => expect(registry.channelsOf).toHaveBeenCalledWith('g-new'));
    await userEvent.click(within(form).getByRole('button', { name: 'Add to the registry' }));
    expect(registry.addGroup).toHaveBeenCalledWith({
      groupId: 'g-new',
      displayName: 'Onderwijsinnovatie',
      jobFunctions: [],
      topics: [],
      featured: false,
      feedChannelId: undefined,
      curatorIds: []
    });
    await screen.findByText('Onderwijsinnovatie added to the registry.');
    expect(within(region('Interest groups')).getByText('Onderwijsinnovatie')).toBeTruthy();
  });

  it('adds a rule to the job functions map and refuses a title part that has one', async () => {
    const registry = await renderPanel(
      fakeRegistry({
        addRule: jest.fn().mockResolvedValue({ itemId: 8, titlePart: 'lector', jobFunction: 'Onderzoeker' })
      })
    );
    const rules = region('Job functions map');
    await within(rules).findByText('Titles with "docent" → Docent');
    const form = within(rules).getByRole('form', { name: 'Add rule' });
    fireEvent.change(within(form).getByRole('textbox', { name: /Part of a job title/ }), {
      target: { value: 'Docent' }
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Job function' }), { target: { value: 'Leraar' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Add rule' }));
    await within(form).findByText('There is already a rule for this title part.');
    expect(registry.addRule).not.toHaveBeenCalled();

    fireEvent.change(within(form).getByRole('textbox', { name: /Part of a job title/ }), {
      target: { value: 'lector' }
    });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Job function' }), { target: { value: 'Onderzoeker' } });
    await userEvent.click(within(form).getByRole('button', { name: 'Add rule' }));
    expect(registry.addRule).toHaveBeenCalledWith({ titlePart: 'lector', jobFunction: 'Onderzoeker' });
    await screen.findByText('Rule for "lector" added.');
    expect(within(rules).getByText('Titles with "lector" → Onderzoeker')).toBeTruthy();
  });
});
