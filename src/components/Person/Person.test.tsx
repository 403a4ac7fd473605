import * as React from 'react';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring, testHost } from '../testing/renderWithKring';
import { Person } from './Person';

const BRAM = {
  id: '22222222-2222-2222-2222-222222222222',
  displayName: 'Bram Jansen',
  userPrincipalName: 'bram.jansen@hogeschool.example',
  mail: 'bram.jansen@hogeschool.example',
  jobTitle: 'Docent',
  department: 'Faculteit Techniek'
};

// The hover card is loaded lazily; its first import is compiled on demand, which takes seconds on a busy machine.
jest.setTimeout(30_000);

describe('Person', () => {
  it('shows the name as a link to the full profile, the job title and presence as text', async () => {
    const getPresence = jest.fn().mockResolvedValue({ availability: 'Busy', activity: 'InAMeeting' });
    renderWithKring(<Person person={BRAM} />, fakeServices({ people: { getPresence } }));

    const link = screen.getByRole('link', { name: 'Bram Jansen' });
    expect(link.getAttribute('href')).toContain('person=bram.jansen%40hogeschool.example');
    expect(screen.getByText('Docent')).toBeInTheDocument();
    expect(await screen.findByText('In a meeting')).toBeInTheDocument();
    expect(getPresence).toHaveBeenCalledWith(BRAM.id);
  });

  it('opens the hover card after a delay on hover, not at once', async () => {
    renderWithKring(<Person person={BRAM} hoverDelayMs={300} showPresence={false} />, fakeServices());
    const link = screen.getByRole('link', { name: 'Bram Jansen' });
    fireEvent.mouseEnter(link);

    expect(screen.queryByRole('link', { name: 'Open full profile' })).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Open full profile' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(link).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Chat in Teams' })).toHaveAttribute(
      'href',
      'https://teams.microsoft.com/l/chat/0/0?users=bram.jansen%40hogeschool.example'
    );
    expect(screen.getByRole('link', { name: 'Send email' })).toHaveAttribute(
      'href',
      'mailto:bram.jansen@hogeschool.example'
    );

    fireEvent.mouseLeave(link);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Open full profile' })).not.toBeInTheDocument());
  });

  it('opens on keyboard focus and closes with Escape', async () => {
    renderWithKring(<Person person={BRAM} hoverDelayMs={50} showPresence={false} />, fakeServices());
    const link = screen.getByRole('link', { name: 'Bram Jansen' });
    act(() => link.focus());
    expect(await screen.findByRole('link', { name: 'Open full profile' }, { timeout: 10_000 })).toBeInTheDocument();

    fireEvent.keyDown(link, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Open full profile' })).not.toBeInTheDocument());
  });

  it('opens on Tab without taking focus; Tab goes on through the page and Escape closes', async () => {
    renderWithKring(
      <>
        <Person person={BRAM} hoverDelayMs={10} showPresence={false} />
        <button type="button">Next on the page</button>
      </>,
      fakeServices()
    );
    const link = screen.getByRole('link', { name: 'Bram Jansen' });
    await userEvent.tab();
    expect(link).toHaveFocus();
    expect(await screen.findByRole('link', { name: 'Open full profile' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(document.activeElement).toBe(link);

    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Next on the page' })).toHaveFocus();

    await userEvent.tab({ shift: true });
    expect(link).toHaveFocus();
    expect(await screen.findByRole('link', { name: 'Open full profile' }, { timeout: 10_000 })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Open full profile' })).not.toBeInTheDocument());
    expect(link).toHaveFocus();
  });

  it('moves into the card only on ArrowDown, and Escape brings focus back to the name', async () => {
    renderWithKring(<Person person={BRAM} hoverDelayMs={10_000} showPresence={false} />, fakeServices());
    const link = screen.getByRole('link', { name: 'Bram Jansen' });
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    const chat = await screen.findByRole('link', { name: 'Chat in Teams' }, { timeout: 10_000 });
    await waitFor(() => expect(chat).toHaveFocus());

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Open full profile' })).not.toBeInTheDocument());
    expect(link).toHaveFocus();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('link', { name: 'Open full profile' })).not.toBeInTheDocument();
  });

  it('links to the profile page named in the suite settings', () => {
    renderWithKring(
      <Person person={BRAM} hoverCard={false} showPresence={false} />,
      fakeServices({
        settings: { profilePageUrl: 'https://contoso.sharepoint.com/sites/intranet/SitePages/Profiel.aspx' }
      })
    );
    expect(screen.getByRole('link', { name: 'Bram Jansen' })).toHaveAttribute(
      'href',
      'https://contoso.sharepoint.com/sites/intranet/SitePages/Profiel.aspx?person=bram.jansen%40hogeschool.example'
    );
  });

  it('starts a chat through the host inside Teams', async () => {
    const openChat = jest.fn().mockResolvedValue(undefined);
    renderWithKring(
      <Person person={BRAM} hoverDelayMs={10} showPresence={false} />,
      fakeServices(),
      testHost({ kind: 'teams', openChat })
    );
    act(() => screen.getByRole('link', { name: 'Bram Jansen' }).focus());

    fireEvent.click(await screen.findByRole('button', { name: 'Chat in Teams' }, { timeout: 10_000 }));
    expect(openChat).toHaveBeenCalledWith('bram.jansen@hogeschool.example');
  });

  it('renders untrusted names as text', () => {
    renderWithKring(
      <Person
        person={{ ...BRAM, displayName: '<img src=x onerror=alert(1)>' }}
        hoverCard={false}
        showPresence={false}
      />,
      fakeServices()
    );
    expect(screen.getByRole('link', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
  });
});
