import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TabStrip } from './TabStrip';
import type { TabStripTab } from './TabStrip.types';

type View = 'feed' | 'groups' | 'registry';

const TABS: TabStripTab<View>[] = [
  { value: 'feed', label: 'Feed' },
  { value: 'groups', label: 'Groups' },
  { value: 'registry', label: 'Curate' }
];

/** Tabs as a page uses them: the selection in state, the selected tab's content in the panel. */
function Tabs({ initial = 'feed', onSelect }: { initial?: View; onSelect?: (value: View) => void }) {
  const [view, setView] = React.useState<View>(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <button type="button">Before the tabs</button>
      <TabStrip
        tabs={TABS}
        selectedValue={view}
        label="Interest groups"
        onSelect={(value) => {
          onSelect?.(value);
          setView(value);
        }}
      >
        <button type="button">{`Inside ${view}`}</button>
      </TabStrip>
    </FluentProvider>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });

describe('TabStrip', () => {
  it('names the tab list, marks the selected tab and labels the panel with it', () => {
    render(<Tabs initial="groups" />);
    expect(screen.getByRole('tablist', { name: 'Interest groups' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab')).toHaveLength(3);
    expect(tab('Groups')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Feed')).toHaveAttribute('aria-selected', 'false');
    const panel = screen.getByRole('tabpanel', { name: 'Groups' });
    expect(tab('Groups')).toHaveAttribute('aria-controls', panel.id);
    expect(tab('Feed')).not.toHaveAttribute('aria-controls');
    expect(panel).toHaveTextContent('Inside groups');
  });

  it('selects a tab on click and shows its content', async () => {
    const onSelect = jest.fn();
    render(<Tabs onSelect={onSelect} />);
    await userEvent.click(tab('Curate'));
    expect(onSelect).toHaveBeenCalledWith('registry');
    expect(tab('Curate')).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Curate' })).toHaveTextContent('Inside registry');
    await userEvent.click(tab('Curate'));
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('is one tab stop, the selected tab, and Tab goes on into the panel', async () => {
    render(<Tabs initial="groups" />);
    await userEvent.click(screen.getByRole('button', { name: 'Before the tabs' }));
    await userEvent.tab();
    expect(tab('Groups')).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Inside groups' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(tab('Groups')).toHaveFocus();
  });

  it('moves to and selects tabs with the arrow keys (wrapping), Home and End', async () => {
    render(<Tabs />);
    await userEvent.click(tab('Feed'));
    await userEvent.keyboard('{ArrowRight}');
    expect(tab('Groups')).toHaveFocus();
    expect(tab('Groups')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Groups')).toHaveAttribute('tabindex', '0');
    expect(tab('Feed')).toHaveAttribute('tabindex', '-1');
    await userEvent.keyboard('{End}');
    expect(tab('Curate')).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(tab('Feed')).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(tab('Curate')).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(tab('Feed')).toHaveFocus();
    expect(screen.getByRole('tabpanel', { name: 'Feed' })).toHaveTextContent('Inside feed');
  });

  it('leaves other keys alone', async () => {
    const onSelect = jest.fn();
    render(<Tabs onSelect={onSelect} />);
    await userEvent.click(tab('Feed'));
    await userEvent.keyboard('{ArrowDown}{ArrowUp}a');
    expect(onSelect).not.toHaveBeenCalled();
    expect(tab('Feed')).toHaveFocus();
  });

  it('keeps the first tab reachable when none of the tabs is the selected one', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <TabStrip tabs={TABS.slice(0, 2)} selectedValue="registry" onSelect={jest.fn()} />
      </FluentProvider>
    );
    await userEvent.tab();
    expect(tab('Feed')).toHaveFocus();
    expect(tab('Feed')).toHaveAttribute('aria-selected', 'false');
  });
});
