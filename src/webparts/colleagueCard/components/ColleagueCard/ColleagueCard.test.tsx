import * as React from 'react';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeServices, renderWithKring } from '../../../../components/testing/renderWithKring';
import { ServiceError } from '../../../../services/ServiceError';
import type { ProfileCard } from '../../../../services/people/ProfileCard';
import { ANNE, cardFor } from './cardFixtures';
import { ColleagueCard } from './ColleagueCard';
import { deferred } from '../../../../components/testing/deferred';

// Typing through user-event on a shared two-core machine can take several seconds, and while a tag picker has focus
// every render re-positions its popup (floating-ui over jsdom's slow getComputedStyle): longer texts arrive as one
// change event, the keys that matter are pressed, and an edit that fills three pickers gets a minute.
jest.setTimeout(60_000);

function typeText(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

async function enterTag(input: HTMLElement, text: string): Promise<void> {
  typeText(input, text);
  act(() => input.focus());
  await userEvent.keyboard('{Enter}');
}

describe('ColleagueCard', () => {
  it('shows a skeleton while loading, then the whole card', async () => {
    const load = deferred<ProfileCard>();
    const getContributions = jest.fn().mockResolvedValue([
      {
        id: '7',
        title: 'Rubrics for group work',
        kind: 'AcceptedAnswer',
        contributorId: ANNE.id,
        topics: ['Assessment'],
        webUrl: 'https://teams.example/m/7'
      }
    ]);
    const getProfileCard = jest.fn(() => load.promise);
    renderWithKring(
      <ColleagueCard personRef="me" />,
      fakeServices({ people: { getProfileCard }, highlights: { getContributions } })
    );

    expect(screen.getByRole('progressbar', { name: 'Loading…' })).toBeInTheDocument();
    // "me" is loaded by the signed-in user's id, which the host knows.
    expect(getProfileCard).toHaveBeenCalledWith(ANNE.id);
    // The signed-in user's id is known from the host, so highlights load in parallel with the card.
    expect(getContributions).toHaveBeenCalledWith(ANNE.id);
    await act(async () => load.resolve(cardFor(ANNE)));

    expect(screen.getByRole('heading', { name: 'Anne de Vries', level: 3 })).toBeInTheDocument();
    expect(screen.getByText('Teamleider Onderwijs')).toBeInTheDocument();
    expect(screen.getByText('In a meeting')).toBeInTheDocument();
    expect(
      within(screen.getByRole('toolbar', { name: 'Skills' }))
        .getAllByRole('link')
        .map((a) => a.textContent)
    ).toEqual(['Assessment', 'Data analysis']);
    expect(screen.getByRole('link', { name: 'Bram Jansen' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Direct reports' }))
        .getAllByRole('link')
        .map((a) => a.textContent)
    ).toEqual(['Daan Bakker', 'Sanne Visser']);
    expect(screen.getByText('Toetsing en examinering')).toBeInTheDocument();
    expect(screen.getByText('Private')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Rubrics for group work' })).toHaveAttribute(
      'href',
      'https://teams.example/m/7'
    );
    expect(screen.getByRole('link', { name: 'Call' })).toHaveAttribute('href', 'tel:+31205550101');
    // About me is text: the script tag shows as characters and is not in the DOM as an element.
    expect(screen.getByText(/Ik help teams met toetsing/)).toBeInTheDocument();
    expect(document.querySelector('article script')).toBeNull();
  });

  it('links skills and interests to the directory, groups to their feed and people to the profile page', async () => {
    const settings = {
      profilePageUrl: 'https://contoso.example/SitePages/Profiel.aspx',
      directoryPageUrl: 'https://contoso.example/SitePages/Wie-weet-wat.aspx',
      feedPageUrl: 'https://contoso.example/SitePages/Groepen.aspx'
    };
    renderWithKring(
      <ColleagueCard personRef={ANNE.id} />,
      fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(ANNE)) }, settings })
    );

    const skills = await screen.findByRole('toolbar', { name: 'Skills' });
    expect(within(skills).getByRole('link', { name: 'Data analysis' })).toHaveAttribute(
      'href',
      'https://contoso.example/SitePages/Wie-weet-wat.aspx?q=Data+analysis'
    );
    expect(
      within(screen.getByRole('toolbar', { name: 'Interests' })).getByRole('link', { name: 'Open science' })
    ).toHaveAttribute('href', 'https://contoso.example/SitePages/Wie-weet-wat.aspx?q=Open+science');
    expect(screen.getByRole('link', { name: 'Toetsing en examinering' })).toHaveAttribute(
      'href',
      'https://contoso.example/SitePages/Groepen.aspx?group=g1'
    );
    expect(screen.getByRole('link', { name: 'Bram Jansen' })).toHaveAttribute(
      'href',
      'https://contoso.example/SitePages/Profiel.aspx?person=bram%40hogeschool.example'
    );
  });

  it('shows how many direct reports there are, the first five, and the rest on request', async () => {
    const reports = Array.from({ length: 7 }, (_, i) => ({
      id: `r${i + 1}`,
      displayName: `Report ${i + 1}`,
      userPrincipalName: `report${i + 1}@hogeschool.example`
    }));
    const card = cardFor(ANNE, { directReports: { ok: true, value: reports } });
    renderWithKring(
      <ColleagueCard personRef={ANNE.id} />,
      fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(card) } })
    );

    const section = await screen.findByRole('region', { name: 'Direct reports' });
    expect(within(section).getByText('7 direct reports')).toBeInTheDocument();
    expect(within(within(section).getByRole('list')).getAllByRole('listitem')).toHaveLength(5);
    await userEvent.click(within(section).getByRole('button', { name: 'Show all (7)' }));
    expect(within(within(section).getByRole('list')).getAllByRole('listitem')).toHaveLength(7);
    expect(within(section).queryByRole('button', { name: /Show all/ })).not.toBeInTheDocument();
  });

  it('says "person not found" for an unknown person', async () => {
    const getProfileCard = jest
      .fn()
      .mockRejectedValue(new ServiceError('notFound', 'Resource not found', { status: 404 }));
    renderWithKring(
      <ColleagueCard personRef="nobody@hogeschool.example" />,
      fakeServices({ people: { getProfileCard } })
    );
    expect(await screen.findByText('Person not found')).toBeInTheDocument();
    expect(screen.getByText(/nobody@hogeschool.example/)).toBeInTheDocument();
  });

  it('offers a retry when the card fails, and loads again', async () => {
    const getProfileCard = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('unavailable', 'Down', { status: 503 }))
      .mockResolvedValueOnce(cardFor(ANNE));
    renderWithKring(<ColleagueCard personRef={ANNE.id} />, fakeServices({ people: { getProfileCard } }));
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Anne de Vries' })).toBeInTheDocument();
    expect(getProfileCard).toHaveBeenCalledTimes(2);
  });

  it('degrades only the failing section and names the permission on 403', async () => {
    const card = cardFor(ANNE, {
      groups: { ok: false, error: new ServiceError('forbidden', 'Insufficient privileges', { status: 403 }) },
      directReports: {
        ok: false,
        error: new ServiceError('throttled', 'Slow down', { status: 429, retryAfterSeconds: 30 })
      }
    });
    renderWithKring(
      <ColleagueCard personRef={ANNE.id} />,
      fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(card) } })
    );

    expect(await screen.findByText(/approve the permission GroupMember.Read.All/)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 30 seconds.');
    expect(screen.getByRole('link', { name: 'Bram Jansen' })).toBeInTheDocument();
    expect(screen.getByRole('toolbar', { name: 'Skills' })).toBeInTheDocument();
  });

  it("does not offer editing on someone else's card", async () => {
    const other = {
      ...ANNE,
      id: '99999999-9999-9999-9999-999999999999',
      userPrincipalName: 'daan.bakker@hogeschool.example',
      displayName: 'Daan Bakker'
    };
    renderWithKring(
      <ColleagueCard personRef="daan.bakker@hogeschool.example" />,
      fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(other)) } })
    );
    expect(await screen.findByRole('heading', { name: 'Daan Bakker' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit my profile' })).not.toBeInTheDocument();
  });

  it('adds a skill with a synonym check, saves optimistically and keeps it', async () => {
    const save = deferred<void>();
    const updateMyProfile = jest.fn().mockReturnValue(save.promise);
    renderWithKring(
      <ColleagueCard personRef="me" />,
      fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(ANNE)), updateMyProfile } })
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Edit my profile' }));

    const skills = await screen.findByRole('combobox', { name: 'Skills' });
    await enterTag(skills, 'data-analyse');
    expect(screen.getByText('Already in the list as "Data analysis".')).toBeInTheDocument();
    typeText(skills, 'pyt');
    await userEvent.type(skills, 'h');
    await userEvent.click(
      within(screen.getByRole('listbox', { name: 'Suggestions' })).getByRole('option', { name: 'Python' })
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(updateMyProfile).toHaveBeenCalledWith(
      {
        aboutMe: 'Ik help teams met toetsing. <script>alert(1)</script>',
        skills: ['Assessment', 'Data analysis', 'Python'],
        interests: ['Open science'],
        responsibilities: ['Curriculum design']
      },
      ANNE.id
    );
    // Optimistic: shown before Graph answered.
    expect(within(screen.getByRole('toolbar', { name: 'Skills' })).getByText('Python')).toBeInTheDocument();
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    await act(async () => save.resolve());
    expect(screen.getByText('Your profile was saved.')).toBeInTheDocument();
    expect(within(screen.getByRole('toolbar', { name: 'Skills' })).getByText('Python')).toBeInTheDocument();
  });

  it('rolls the card back and names the permission when Graph refuses', async () => {
    const updateMyProfile = jest
      .fn()
      .mockRejectedValue(new ServiceError('forbidden', 'Insufficient privileges', { status: 403 }));
    renderWithKring(
      <ColleagueCard personRef="me" />,
      fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(ANNE)), updateMyProfile } })
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Edit my profile' }));
    await enterTag(await screen.findByRole('combobox', { name: 'Interests' }), 'Sustainability');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const editor = await screen.findByRole('form', { name: 'Edit my profile' });
    expect(within(editor).getByText('Your changes were not saved')).toBeInTheDocument();
    expect(within(editor).getByRole('alert')).toHaveTextContent('User.ReadWrite');
    const saved = screen.getByRole('region', { name: 'Interests' });
    expect(within(saved).queryByText('Sustainability')).not.toBeInTheDocument();
    expect(within(saved).getByText('Open science')).toBeInTheDocument();
  });

  it('keeps the draft when saving fails, and saves it again without retyping', async () => {
    const updateMyProfile = jest
      .fn()
      .mockRejectedValueOnce(new ServiceError('unavailable', 'Service unavailable', { status: 503 }))
      .mockResolvedValueOnce(undefined);
    renderWithKring(
      <ColleagueCard personRef="me" />,
      fakeServices({ people: { getProfileCard: jest.fn().mockResolvedValue(cardFor(ANNE)), updateMyProfile } })
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Edit my profile' }));
    await enterTag(await screen.findByRole('combobox', { name: 'Skills' }), 'Statistics');
    await enterTag(screen.getByRole('combobox', { name: 'Interests' }), 'Sustainability');
    await enterTag(screen.getByRole('combobox', { name: 'Ask me about' }), 'Rubrics');
    typeText(screen.getByRole('textbox', { name: 'About me' }), 'Toetsdeskundige.');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const editor = await screen.findByRole('form', { name: 'Edit my profile' });
    expect(within(editor).getByRole('alert')).toHaveTextContent('Microsoft 365 is busy');
    expect(within(within(editor).getByRole('listbox', { name: 'Skills' })).getByText('Statistics')).toBeInTheDocument();
    expect(
      within(within(editor).getByRole('listbox', { name: 'Interests' })).getByText('Sustainability')
    ).toBeInTheDocument();
    expect(
      within(within(editor).getByRole('listbox', { name: 'Ask me about' })).getByText('Rubrics')
    ).toBeInTheDocument();
    expect(within(editor).getByRole('textbox', { name: 'About me' })).toHaveValue('Toetsdeskundige.');
    // The card itself shows what is saved.
    expect(within(screen.getByRole('region', { name: 'Skills' })).queryByText('Statistics')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'About me' })).getByText(/Ik help teams met toetsing/)
    ).toBeInTheDocument();

    await userEvent.click(within(editor).getByRole('button', { name: 'Save again' }));
    expect(updateMyProfile).toHaveBeenCalledTimes(2);
    expect(updateMyProfile).toHaveBeenLastCalledWith(
      {
        aboutMe: 'Toetsdeskundige.',
        skills: ['Assessment', 'Data analysis', 'Statistics'],
        interests: ['Open science', 'Sustainability'],
        responsibilities: ['Curriculum design', 'Rubrics']
      },
      ANNE.id
    );
    expect(await screen.findByText('Your profile was saved.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Edit my profile' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('toolbar', { name: 'Skills' })).getByText('Statistics')).toBeInTheDocument();
  });

  it('blocks saving an about me over the limit with an inline error', async () => {
    renderWithKring(
      <ColleagueCard personRef="me" />,
      fakeServices({
        people: { getProfileCard: jest.fn().mockResolvedValue(cardFor({ ...ANNE, aboutMe: 'x'.repeat(1999) })) }
      })
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Edit my profile' }));
    await userEvent.type(await screen.findByRole('textbox', { name: 'About me' }), 'yz');
    expect(screen.getByText('At most 2000 characters (2001 now).')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
