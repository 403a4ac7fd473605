import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../components/testing/renderWithKring';
import type { ProfileCard } from '../../../services/people/ProfileCard';
import { ColleagueCardRoot } from './ColleagueCardRoot';

jest.setTimeout(20_000);

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

  it('lets the viewer search and pick a colleague when none is chosen', async () => {
    const searchPeople = jest.fn().mockResolvedValue([{ id: 'id-s', displayName: 'Sanne Visser', userPrincipalName: 'sanne.visser@hogeschool.example', jobTitle: 'Docent' }]);
    const getProfileCard = jest.fn((ref: string) => Promise.resolve(cardOf(ref, 'Sanne Visser')));
    renderWithKring(<ColleagueCardRoot source="person" title="Wie is wie" />, fakeServices({ people: { getProfileCard, searchPeople } }));

    expect(screen.getByRole('heading', { name: 'Wie is wie', level: 2 })).toBeInTheDocument();
    await userEvent.type(await screen.findByRole('textbox', { name: 'Find a colleague' }), 'Sanne');
    await userEvent.click(await screen.findByRole('button', { name: /Sanne Visser/ }));

    expect(await screen.findByRole('heading', { name: 'Sanne Visser', level: 3 })).toBeInTheDocument();
    expect(searchPeople).toHaveBeenLastCalledWith('Sanne', 8);
    expect(getProfileCard).toHaveBeenCalledWith('sanne.visser@hogeschool.example');
  });
});
