import * as React from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { AsyncData } from '../../hooks/AsyncData';
import { ServiceError } from '../../services/ServiceError';
import { AsyncListState } from './AsyncListState';

function show(list: AsyncData<readonly string[]>, onRetry = jest.fn()): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <AsyncListState list={list} loadingLabel="Loading rules" onRetry={onRetry}>
        {(items) =>
          items.length === 0 ? (
            <p>No rules yet</p>
          ) : (
            <ul>
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )
        }
      </AsyncListState>
    </FluentProvider>
  );
}

describe('AsyncListState', () => {
  it('says what is loading while nothing has settled', () => {
    show({ status: 'loading' });
    expect(screen.getByRole('progressbar', { name: 'Loading rules' })).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows a failure with a retry that calls back', async () => {
    const onRetry = jest.fn();
    show({ status: 'error', error: new ServiceError('unavailable', 'Down', { status: 503 }) }, onRetry);
    await userEvent.click(await screen.findByRole('button', { name: /try again/i }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('hands an empty list and a filled one to the section alike', () => {
    show({ status: 'empty' });
    expect(screen.getByText('No rules yet')).toBeInTheDocument();
  });

  it('renders the settled items', () => {
    show({ status: 'ready', data: ['Docent', 'Onderzoeker'] });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Docent', 'Onderzoeker']);
  });
});
