import * as React from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Person } from '../../model/Person';
import { ServiceError } from '../../services/ServiceError';
import { fakeServices, renderWithKring } from '../testing/renderWithKring';
import { PersonPicker } from './PersonPicker';

// Fluent's combobox renders slowly in jsdom on a busy machine.
jest.setTimeout(60_000);

// Browsers reflect `role` as a property (ARIA reflection) and Fluent's active-descendant matching reads it; jsdom
// does not, so without this no option could become active in these tests.
beforeAll(() => {
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

const SANNE_RESEARCHER: Person = {
  id: 'id-sanne-1',
  displayName: 'Sanne Schipper',
  userPrincipalName: 'sanne.schipper@hogeschool.example',
  mail: 'sanne.schipper@hogeschool.example',
  jobTitle: 'Onderzoeker',
  department: 'Faculteit Onderwijs en Opvoeding'
};
const SANNE_TEACHER: Person = {
  ...SANNE_RESEARCHER,
  id: 'id-sanne-2',
  userPrincipalName: 'sanne.schipper2@hogeschool.example',
  mail: 'sanne.schipper2@hogeschool.example',
  jobTitle: 'Docent'
};

function renderPicker(
  searchPeople: jest.Mock,
  onPick = jest.fn(),
  getPhoto = jest.fn().mockResolvedValue(undefined)
): jest.Mock {
  renderWithKring(
    <PersonPicker onPick={onPick} debounceMs={10} />,
    fakeServices({ people: { searchPeople, getPhoto } })
  );
  return onPick;
}

const input = (): HTMLElement => screen.getByRole('combobox', { name: 'Find a colleague' });

async function enter(text: string): Promise<void> {
  await userEvent.click(input());
  await userEvent.paste(text);
}

describe('PersonPicker', () => {
  it('searches once the typing settles and shows name, job title and department per result', async () => {
    const searchPeople = jest.fn().mockResolvedValue([SANNE_RESEARCHER, SANNE_TEACHER]);
    const getPhoto = jest.fn((id: string) =>
      Promise.resolve(id === SANNE_TEACHER.id ? 'data:image/png;base64,AA==' : undefined)
    );
    renderPicker(searchPeople, jest.fn(), getPhoto);

    await enter('Sanne Sch');
    const options = await screen.findAllByRole('option');

    expect(searchPeople).toHaveBeenCalledTimes(1);
    expect(searchPeople).toHaveBeenCalledWith('Sanne Sch', 8);
    expect(input()).toHaveAttribute('aria-expanded', 'true');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Onderzoeker · Faculteit Onderwijs en Opvoeding'),
      expect.stringContaining('Docent · Faculteit Onderwijs en Opvoeding')
    ]);
    await waitFor(() => expect(options[1].querySelector('img')).toHaveAttribute('src', 'data:image/png;base64,AA=='));
    expect(within(options[0]).getByText('SS')).toBeInTheDocument();
  });

  it('moves into the results with the arrow keys and picks with Enter', async () => {
    const onPick = renderPicker(jest.fn().mockResolvedValue([SANNE_RESEARCHER, SANNE_TEACHER]));
    await userEvent.tab();
    expect(input()).toHaveFocus();
    await userEvent.paste('Sanne');
    const options = await screen.findAllByRole('option');
    expect(input()).not.toHaveAttribute('aria-activedescendant');

    await userEvent.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[0].id);
    await userEvent.keyboard('{ArrowDown}');
    expect(input()).toHaveAttribute('aria-activedescendant', options[1].id);
    await userEvent.keyboard('{Enter}');

    expect(onPick).toHaveBeenCalledWith(SANNE_TEACHER);
    expect(input()).toHaveValue('Sanne Schipper');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
  });

  it('closes with Escape without picking, and opens again on typing', async () => {
    const onPick = renderPicker(jest.fn().mockResolvedValue([SANNE_RESEARCHER]));
    await enter('Sann');
    await screen.findByRole('option');

    await userEvent.keyboard('{Escape}');
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(onPick).not.toHaveBeenCalled();

    await userEvent.keyboard('e');
    await waitFor(() => expect(input()).toHaveAttribute('aria-expanded', 'true'));
  });

  it('adds the e-mail address only to results that would look the same', async () => {
    const twin = { ...SANNE_TEACHER, id: 'id-sanne-3', mail: 'sanne.schipper3@hogeschool.example' };
    renderPicker(jest.fn().mockResolvedValue([SANNE_RESEARCHER, SANNE_TEACHER, twin]));
    await enter('Sanne');
    const options = await screen.findAllByRole('option');

    expect(options[0]).not.toHaveTextContent('@');
    expect(options[1]).toHaveTextContent('sanne.schipper2@hogeschool.example');
    expect(options[2]).toHaveTextContent('sanne.schipper3@hogeschool.example');
  });

  it('says so when nobody matches, naming the query', async () => {
    renderPicker(jest.fn().mockResolvedValue([]));
    await enter('Xyzzy');

    expect(await screen.findByText('No colleague found for “Xyzzy”, try a first or last name.')).toBeInTheDocument();
    expect(input()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('No colleague found');
  });

  it('shows a failed search with a retry that searches again', async () => {
    const searchPeople = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('network', 'offline'))
      .mockResolvedValueOnce([SANNE_RESEARCHER]);
    renderPicker(searchPeople);
    await enter('Sanne');

    expect(await screen.findByRole('alert')).toHaveTextContent('Microsoft 365 could not be reached');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    await screen.findByRole('option');
    expect(searchPeople).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not search for a single letter', async () => {
    const searchPeople = jest.fn().mockResolvedValue([SANNE_RESEARCHER]);
    renderPicker(searchPeople);
    await userEvent.type(input(), 'S');
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(searchPeople).not.toHaveBeenCalled();
  });
});
