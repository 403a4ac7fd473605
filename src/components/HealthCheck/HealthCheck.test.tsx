import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { HealthReport } from '../../services/health/HealthReport';
import { ServiceError } from '../../services/ServiceError';
import { fakeServices, renderWithKring, testHost } from '../testing/renderWithKring';
import { HealthCheck } from './HealthCheck';
import { healthMessages, SET_HOME_SITE_COMMAND } from './healthMessages';

const SITE = 'https://contoso.sharepoint.com/sites/intranet';
const dutch = jest.requireActual<IKringCommonStrings>('../../loc/nl-nl.js');
const english = jest.requireActual<IKringCommonStrings>('../../loc/en-us.js');

function renderReport(
  report: HealthReport | Promise<HealthReport>,
  check = jest.fn(() => Promise.resolve(report))
): jest.Mock {
  renderWithKring(<HealthCheck />, fakeServices({ health: { check } }));
  return check;
}

describe('HealthCheck', () => {
  it('says the lists are ready on the home site, in a labelled region', async () => {
    renderReport({ status: 'ready', siteUrl: SITE, siteTitle: 'Intranet' });
    const region = screen.getByRole('region', { name: 'Kring health check (shown while editing)' });
    expect(await within(region).findByText(`Kring's lists are ready on ${SITE}.`)).toBeInTheDocument();
    expect(within(region).getByText('Kring is ready')).toBeInTheDocument();
  });

  it('explains an unset home site with the command that sets it', async () => {
    renderReport({ status: 'homeSiteNotSet' });
    expect(await screen.findByText("Kring's home site is not set")).toBeInTheDocument();
    expect(screen.getByText(SET_HOME_SITE_COMMAND).tagName).toBe('CODE');
    expect(SET_HOME_SITE_COMMAND).toMatch(
      /^Set-PnPStorageEntity -Key KringHomeSite -Value https:\/\/.+\/sites\/intranet$/
    );
  });

  it('lists each list problem as its own message', async () => {
    renderReport({
      status: 'problems',
      siteUrl: SITE,
      problems: [
        { kind: 'listMissing', list: 'Kring Highlights' },
        { kind: 'columnsMissing', list: 'Kring Interest Groups', columns: ['Topics', 'Featured'] },
        { kind: 'noPermission', list: 'Kring Interest Groups' }
      ]
    });
    expect(
      await screen.findByText(
        `The list "Kring Highlights" is not on ${SITE}. Apply sharepoint/assets/kring-lists.xml to the home site with Invoke-PnPSiteTemplate.`
      )
    ).toBeInTheDocument();
    expect(screen.getByText(/lacks the columns Topics, Featured/)).toBeInTheDocument();
    expect(screen.getByText('No permission on a Kring list')).toBeInTheDocument();
  });

  it('checks again from the keyboard, asking the service for a fresh report', async () => {
    const check = renderReport({ status: 'homeSiteNotSet' });
    const button = await screen.findByRole('button', { name: 'Check again' });
    expect(check).toHaveBeenLastCalledWith({ refresh: false });
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(check).toHaveBeenLastCalledWith({ refresh: true });
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('shows a failed check as an error with a retry, not as "ready"', async () => {
    renderReport(Promise.reject(new ServiceError('network', 'Failed to fetch')));
    expect(await screen.findByText('Microsoft 365 could not be reached')).toBeInTheDocument();
    expect(screen.queryByText('Kring is ready')).not.toBeInTheDocument();
  });

  it('appears above a web part only while the page is edited', async () => {
    const check = jest.fn(() => Promise.resolve<HealthReport>({ status: 'ready', siteUrl: SITE }));
    const view = renderWithKring(<p>web part</p>, fakeServices({ health: { check } }), testHost());
    expect(screen.queryByRole('region', { name: /health check/ })).not.toBeInTheDocument();
    view.unmount();
    renderWithKring(<p>web part</p>, fakeServices({ health: { check } }), testHost({ isEditMode: true }));
    expect(await screen.findByText('Kring is ready')).toBeInTheDocument();
    expect(check).toHaveBeenCalledTimes(1);
  });
});

describe('healthMessages', () => {
  it('has a Dutch text for every finding, different from the English one', () => {
    const reports: HealthReport[] = [
      { status: 'homeSiteNotSet' },
      { status: 'homeSiteInvalid', value: 'intranet' },
      { status: 'homeSiteUnreachable', siteUrl: SITE, error: new ServiceError('forbidden', 'Access denied') },
      {
        status: 'problems',
        siteUrl: SITE,
        problems: [{ kind: 'listUnreadable', list: 'Kring Highlights', error: new ServiceError('throttled', 'Busy') }]
      },
      { status: 'ready', siteUrl: SITE }
    ];
    for (const report of reports) {
      const [nl] = healthMessages(report, dutch);
      const [en] = healthMessages(report, english);
      expect(nl.title).not.toBe(en.title);
      expect(nl.detail).not.toBe(en.detail);
      expect(nl.detail).not.toMatch(/\{\d\}/);
    }
    expect(healthMessages(reports[2], english)[0].detail).toBe(
      `You have no access to ${SITE}. Everyone who uses Kring needs at least Read on the home site.`
    );
  });
});
