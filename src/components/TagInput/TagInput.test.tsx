import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { TagInput } from './TagInput';

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
        suggest={(query, current) => ['Python', 'Pandas'].filter((s) => s.toLowerCase().startsWith(query.toLowerCase()) && !current.includes(s))}
        validate={(label, current) =>
          label.trim() === '' ? { error: 'Type something first.' } : current.includes(label.trim()) ? { error: 'Already there.' } : { value: label.trim() }
        }
        addLabel="Add"
        removeLabel={(tag) => `Remove ${tag}`}
        suggestionsLabel="Suggestions"
      />
    </FluentProvider>
  );
}

describe('TagInput', () => {
  it('adds a typed tag with Enter, trimmed', async () => {
    const onChange = jest.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Skills' }), '  Statistics  {Enter}');
    expect(onChange).toHaveBeenLastCalledWith(['Statistics']);
    expect(screen.getByRole('list', { name: 'Skills' })).toHaveTextContent('Statistics');
    expect(screen.getByRole('textbox', { name: 'Skills' })).toHaveValue('');
  });

  it('offers suggestions for what is typed and adds the one picked', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Skills' }), 'p');
    const suggestions = screen.getByRole('list', { name: 'Suggestions' });
    expect(suggestions).toHaveTextContent('Python');
    await userEvent.click(screen.getByRole('button', { name: 'Pandas' }));
    expect(screen.getByRole('list', { name: 'Skills' })).toHaveTextContent('Pandas');
  });

  it('shows the validation error inline and keeps the text', async () => {
    render(<Harness initial={['Python']} />);
    const input = screen.getByRole('textbox', { name: 'Skills' });
    await userEvent.type(input, 'Python{Enter}');
    expect(screen.getByText('Already there.')).toBeInTheDocument();
    expect(input).toHaveValue('Python');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('removes a tag with its remove button', async () => {
    const onChange = jest.fn();
    render(<Harness initial={['Python', 'Excel']} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Python' }));
    expect(onChange).toHaveBeenLastCalledWith(['Excel']);
  });
});
