import * as React from 'react';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../components/testing/renderWithKring';
import type { ProfileCard } from '../../../services/people/ProfileCard';
import { ColleagueCardRoot } from './ColleagueCardRoot';

jest.setTimeout(60_000);

function cardOf(upn: string, displayName: string): ProfileCard {
  return {
    profile: {
      id: `id-${upn}`,
      displayName,
      userPrincipalName: upn,
      businessPhones: [],
      aboutMe: '',
      skills: [],
      interests: [],
      responsibilities: [],
      pastProjects: [],
      schools: []
    },
    photo: { ok: true, value: undefined },
    presence: { ok: true, value: { availability: 'Offline' } },
    manager: { ok: true, value: undefined },
    directReports: { ok: true, value: [] },
    groups: { ok: true, value: [] }
  };
}

describe('ColleagueCardRoot', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('shows the person named in the page URL', async () => {
    window.history.replaceState(null, '', '/?person=daan.bakker%40hogeschool.example');
    const getProfileCard = jest.fn((ref: string) => Promise.resolve(cardOf(ref, 'Daan Bakker')));
    renderWithKring(<ColleagueCardRoot source="url" />, fakeServices({ people: { getProfileCard } }));
    expect(await screen.findByRole('heading', { name: 'Daan Bakker' })).toBeInTheDocument();
    expect(getProfileCard).toHaveBeenCalledWith('daan.bakker@hogeschool.example');
  });

  it('shows no title heading unless "Show web part title" is on, and keeps the title as the region name', async () => {
    const getProfileCard = jest.fn((ref: string) => Promise.resolve(cardOf(ref, 'Anne de Vries')));
    const services = fakeServices({ people: { getProfileCard } });
    const hidden = renderWithKring(<ColleagueCardRoot source="me" title="Wie is wie" />, services);
    await screen.findByRole('heading', { name: 'Anne de Vries', level: 3 });
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Wie is wie' })).toBeInTheDocument();

    hidden.unmount();
    renderWithKring(<ColleagueCardRoot source="me" title="Wie is wie" showTitle />, services);
    expect(screen.getByRole('heading', { name: 'Wie is wie', level: 2 })).toBeInTheDocument();
  });

  it('lets the viewer search and pick a colleague when none is chosen, and puts the choice in the page address', async () => {
    const searchPeople = jest.fn().mockResolvedValue([
      {
        id: 'id-s',
        displayName: 'Sanne Visser',
        userPrincipalName: 'sanne.visser@hogeschool.example',
        jobTitle: 'Docent'
      }
    ]);
    const getProfileCard = jest.fn((ref: string) => Promise.resolve(cardOf(ref, 'Sanne Visser')));
    renderWithKring(<ColleagueCardRoot source="person" />, fakeServices({ people: { getProfileCard, searchPeople } }));

    await userEvent.click(await screen.findByRole('combobox', { name: 'Find a colleague' }));
    await userEvent.paste('Sanne');
    await userEvent.click(await screen.findByRole('option', { name: /Sanne Visser/ }));

    expect(await screen.findByRole('heading', { name: 'Sanne Visser', level: 3 })).toBeInTheDocument();
    expect(searchPeople).toHaveBeenLastCalledWith('Sanne', 8);
    expect(getProfileCard).toHaveBeenCalledWith('sanne.visser@hogeschool.example');
    expect(window.location.search).toBe('?person=sanne.visser%40hogeschool.example');
  });

  it('with nobody chosen shows the person in the page address under the search, and follows Back', async () => {
    window.history.replaceState(null, '', '/?person=daan.bakker%40hogeschool.example');
    const getProfileCard = jest.fn((ref: string) =>
      Promise.resolve(cardOf(ref, ref.startsWith('daan') ? 'Daan Bakker' : 'Sanne Visser'))
    );
    renderWithKring(<ColleagueCardRoot source="person" />, fakeServices({ people: { getProfileCard } }));

    expect(await screen.findByRole('combobox', { name: 'Find a colleague' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Daan Bakker', level: 3 })).toBeInTheDocument();

    act(() => {
      window.history.replaceState(null, '', '/?person=sanne.visser%40hogeschool.example');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(await screen.findByRole('heading', { name: 'Sanne Visser', level: 3 })).toBeInTheDocument();
  });
});
