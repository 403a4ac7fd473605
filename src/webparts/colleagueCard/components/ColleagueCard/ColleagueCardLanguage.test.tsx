import * as React from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring, testHost } from '../../../../components/testing/renderWithKring';
import type { PersonProfile } from '../../../../model/PersonProfile';
import { ANNE, cardFor } from './cardFixtures';
import { ColleagueCard } from './ColleagueCard';

const DAAN: PersonProfile = {
  ...ANNE,
  id: '99999999-9999-9999-9999-999999999999',
  userPrincipalName: 'daan.bakker@hogeschool.example',
  displayName: 'Daan Bakker',
  skills: ['Assessment', 'Data-analyse', 'pandas', 'Beekeeping']
};

// Each keystroke in a tag picker re-positions its popup, which jsdom makes slow on a shared machine.
jest.setTimeout(30_000);

async function suggestionsFor(field: string, text: string): Promise<HTMLElement> {
  const input = await screen.findByRole('combobox', { name: field });
  fireEvent.change(input, { target: { value: text.slice(0, -1) } });
  await userEvent.type(input, text.slice(-1));
  return screen.getByRole('listbox', { name: 'Suggestions' });
}

describe("the colleague card in the reader's language", () => {
  it("shows vocabulary labels on someone else's card in the viewer's language, the typed text on hover", async () => {
    const services = fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(DAAN)) } });
    renderWithKring(<ColleagueCard personRef={DAAN.userPrincipalName} />, services, testHost({ locale: 'nl-nl' }));

    const skills = await screen.findByRole('toolbar', { name: 'Skills' });
    const links = within(skills).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Toetsing', 'Data-analyse', 'pandas', 'Beekeeping']);
    expect(links.map((link) => link.getAttribute('title'))).toEqual(['Assessment', null, null, null]);
  });

  it("shows one's own card as typed", async () => {
    const services = fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(ANNE)) } });
    renderWithKring(<ColleagueCard personRef="me" />, services, testHost({ locale: 'nl-nl' }));
    const skills = await screen.findByRole('toolbar', { name: 'Skills' });
    expect(
      within(skills)
        .getAllByRole('link')
        .map((link) => link.textContent)
    ).toEqual(['Assessment', 'Data analysis']);
  });

  it("suggests labels in the language of most of one's entries, whatever the UI language", async () => {
    const dutch = { ...ANNE, skills: ['Toetsing', 'Data-analyse'], interests: [], responsibilities: ['Didactiek'] };
    const services = fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(dutch)) } });
    renderWithKring(<ColleagueCard personRef="me" />, services, testHost({ locale: 'en-us' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit my profile' }));

    const suggestions = await suggestionsFor('Skills', 'stat');
    const option = within(suggestions).getByRole('option', { name: /Statistiek/ });
    expect(option).toHaveTextContent('Statistics');
    await userEvent.click(option);
    expect(
      within(screen.getByRole('listbox', { name: 'Skills' }))
        .getAllByRole('option')
        .map((o) => o.textContent)
    ).toEqual(['Toetsing', 'Data-analyse', 'Statistiek']);
  });

  it('suggests labels in the UI language when one has no entries yet', async () => {
    const empty = { ...ANNE, skills: [], interests: [], responsibilities: [] };
    const services = fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(empty)) } });
    renderWithKring(<ColleagueCard personRef="me" />, services, testHost({ locale: 'nl-nl' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit my profile' }));

    const suggestions = await suggestionsFor('Interests', 'duur');
    await userEvent.click(within(suggestions).getByRole('option', { name: /Duurzaamheid/ }));
    act(() => undefined);
    expect(within(screen.getByRole('listbox', { name: 'Interests' })).getByRole('option')).toHaveTextContent(
      'Duurzaamheid'
    );
  });
});
