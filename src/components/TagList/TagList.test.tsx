import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TagList } from './TagList';
import type { TagListProps } from './TagList.types';

function renderList(props: TagListProps): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <TagList {...props} />
      <button type="button">After the list</button>
    </FluentProvider>
  );
}

const search = (tag: string): string => `https://contoso.example/wie-weet-wat?q=${encodeURIComponent(tag)}`;

describe('TagList', () => {
  it('shows plain labels as a named list', () => {
    renderList({ label: 'Education', tags: ['Hogeschool Utrecht', 'Universiteit Leiden'] });
    const items = within(screen.getByRole('list', { name: 'Education' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Hogeschool Utrecht', 'Universiteit Leiden']);
  });

  it('makes linked labels real links in a toolbar that Tab reaches', async () => {
    renderList({ label: 'Skills', tags: ['Assessment', 'Python'], href: search });
    const links = within(screen.getByRole('toolbar', { name: 'Skills' })).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([search('Assessment'), search('Python')]);
    await userEvent.tab();
    expect(links[0]).toHaveFocus();
  });

  it('is one tab stop whose arrow keys go from link to link', async () => {
    renderList({ label: 'Skills', tags: ['Assessment', 'Python', 'Statistics'], href: search });
    const links = within(screen.getByRole('toolbar', { name: 'Skills' })).getAllByRole('link');
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    expect(links[1]).toHaveFocus();
    await userEvent.keyboard('{End}');
    expect(links[2]).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(links[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'After the list' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(links[2]).toHaveFocus();
  });

  it('shows vocabulary labels in the given language and keeps the typed text in the title', () => {
    renderList({ label: 'Skills', tags: ['Assessment', 'pandas', 'Beekeeping'], href: search, locale: 'nl-nl' });
    const links = within(screen.getByRole('toolbar', { name: 'Skills' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Toetsing', 'pandas', 'Beekeeping']);
    expect(links[0]).toHaveAttribute('title', 'Assessment');
    expect(links[0]).toHaveAttribute('href', search('Assessment'));
    expect(links[1]).not.toHaveAttribute('title');
  });

  it('keeps the typed text on hover for plain labels too', () => {
    renderList({ label: 'Ask me about', tags: ['Toetsing'], locale: 'en-us' });
    const item = within(screen.getByRole('list', { name: 'Ask me about' })).getByRole('listitem');
    expect(item).toHaveTextContent('Assessment');
    expect(item).toHaveAttribute('title', 'Toetsing');
  });
});
