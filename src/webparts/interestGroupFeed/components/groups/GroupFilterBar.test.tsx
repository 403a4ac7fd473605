import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { NO_FILTERS, type GroupFilters } from './filterGroups';
import { GroupFilterBar } from './GroupFilterBar';
import { useGroupsPanelStyles } from './useGroupsPanelStyles';

// Fluent positions the dropdown's list with many getComputedStyle calls, slow in jsdom and pointless without layout.
jest.setTimeout(30_000);

function Bar({ filters, onChange }: { filters: GroupFilters; onChange: (filters: GroupFilters) => void }) {
  const styles = useGroupsPanelStyles();
  return (
    <GroupFilterBar
      filters={filters}
      onChange={onChange}
      jobFunctions={['Docent', 'Onderzoeker']}
      topics={[{ value: 'Toetsing', label: 'Assessment' }]}
      styles={styles}
    />
  );
}

function renderBar(filters: GroupFilters) {
  const onChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <Bar filters={filters} onChange={onChange} />
    </FluentProvider>
  );
  return onChange;
}

describe('GroupFilterBar', () => {
  it('shows the choices in the viewer’s language and chooses a job function from the dropdown', async () => {
    const onChange = renderBar({ ...NO_FILTERS, query: 'toets', topic: 'Toetsing' });
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveTextContent('Assessment');
    const dropdown = screen.getByRole('combobox', { name: 'Job function' });
    expect(dropdown).toHaveTextContent('All job functions');
    await userEvent.click(dropdown);
    await userEvent.click(screen.getByRole('option', { name: 'Onderzoeker' }));
    expect(onChange).toHaveBeenCalledWith({
      ...NO_FILTERS,
      query: 'toets',
      topic: 'Toetsing',
      jobFunction: 'Onderzoeker'
    });
  });
});
