import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TagInput } from './TagInput';
import type { TagSuggestion } from './TagInput.types';

const VOCABULARY: TagSuggestion[] = [{ value: 'Python' }, { value: 'Pandas', secondaryText: 'Python' }];

function Harness({ initial = [] as string[], onChange = jest.fn() }): React.ReactElement {
  const [values, setValues] = React.useState<string[]>(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <TagInput
        label="Skills"
        values={values}
        onChange={(next) => {
          setValues(next);
          onChange(next);
        }}
        suggest={(query, current) =>
          VOCABULARY.filter(
            (s) => s.value.toLowerCase().startsWith(query.trim().toLowerCase()) && !current.includes(s.value)
          )
        }
        validate={(label, current) =>
          label.trim() === ''
            ? { error: 'Type something first.' }
            : current.includes(label.trim())
              ? { error: 'Already there.' }
              : { value: label.trim() }
        }
        addLabel={(text) => `Add "${text}"`}
        removeLabel={(tag) => `Remove ${tag}`}
        suggestionsLabel="Suggestions"
      />
    </FluentProvider>
  );
}

// Each keystroke re-positions the picker's popup, which in jsdom costs a second or more on a shared machine: longer
// texts arrive as one change event, the keys that matter (Enter, arrows, Backspace) are pressed.
jest.setTimeout(30_000);

function typeText(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

describe('TagInput', () => {
  it('is a combobox named by its label, with the chosen tags as a named list', () => {
    render(<Harness initial={['Excel']} />);
    expect(screen.getByRole('combobox', { name: 'Skills' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('listbox', { name: 'Skills' })).getByRole('option', { name: 'Remove Excel' })
    ).toHaveTextContent('Excel');
  });

  it('adds a typed tag with Enter, trimmed', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Skills' });
    typeText(input, '  Statistics  ');
    await userEvent.type(input, '{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['Statistics']);
    expect(screen.getByRole('listbox', { name: 'Skills' })).toHaveTextContent('Statistics');
    expect(input).toHaveValue('');
  });

  it('adds the typed text as it is even when a suggestion starts with it', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Skills' }), 'Py');
    await userEvent.click(screen.getByRole('option', { name: 'Add "Py"' }));
    expect(onChange).toHaveBeenLastCalledWith(['Py']);
  });

  it('offers suggestions for what is typed and adds the one picked', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Skills' }), 'p');
    const suggestions = screen.getByRole('listbox', { name: 'Suggestions' });
    expect(within(suggestions).getByRole('option', { name: 'Python' })).toBeInTheDocument();
    expect(within(suggestions).getByRole('option', { name: /Pandas/ })).toHaveTextContent('Python');
    await userEvent.click(within(suggestions).getByRole('option', { name: /Pandas/ }));
    expect(screen.getByRole('listbox', { name: 'Skills' })).toHaveTextContent('Pandas');
  });

  it('picks the suggestion that typing highlighted with Enter', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Skills' }), 'py{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(['Python']);
  });

  it('picks a suggestion with the arrow keys and Enter', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByRole('combobox', { name: 'Skills' }), 'p');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith(['Pandas']);
  });

  it('shows the validation error inline and keeps the text', async () => {
    render(<Harness initial={['Python']} />);
    const input = screen.getByRole('combobox', { name: 'Skills' });
    typeText(input, 'Python');
    await userEvent.type(input, '{Enter}');
    expect(screen.getByText('Already there.')).toBeInTheDocument();
    expect(input).toHaveValue('Python');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('removes a tag by clicking it', async () => {
    const onChange = jest.fn();
    render(<Harness initial={['Python', 'Excel']} onChange={onChange} />);
    await userEvent.click(screen.getByRole('option', { name: 'Remove Python' }));
    expect(onChange).toHaveBeenLastCalledWith(['Excel']);
  });

  // Backspace from the empty input to the last tag needs layout (tabster finds only visible tags): see the browser test.
  it.each(['{Backspace}', '{Delete}'])('removes a focused tag with %s', async (key) => {
    const onChange = jest.fn();
    render(<Harness initial={['Python', 'Excel']} onChange={onChange} />);
    act(() => screen.getByRole('option', { name: 'Remove Excel' }).focus());
    await userEvent.keyboard(key);
    expect(onChange).toHaveBeenLastCalledWith(['Python']);
  });
});
