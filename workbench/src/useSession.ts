import * as React from 'react';
import type { HostUser } from '../../src/host/HostInfo';
import type { KringServices } from '../../src/services/KringServices';
import type { SuiteSettings } from '../../src/services/settings/SuiteSettings';
import type { DemoAccount, EmulatorControl } from './emulatorControl';
import { pageServicesFactory, type PageServicesFactory } from './pageServices';
import { renewingToken } from './tokenSource';

/** The signed-in demo user and the product's services acting as them against the emulator. */
export interface Session {
  user: HostUser & { id: string };
  getToken: () => Promise<string>;
  /** The services of the page the web parts are on (the intranet until the host names another site). */
  services: KringServices;
  /** The same page's services with a web part's settings overrides (its property pane's home site). */
  servicesFor: (overrides: SuiteSettings) => KringServices;
  /** Services for a page on another site: a Teams tab's page is its team's site. */
  servicesOnSite: PageServicesFactory;
}

export type SessionState =
  { status: 'signingIn' } | { status: 'failed'; message: string } | { status: 'ready'; session: Session };

function matches(account: DemoAccount, user: string): boolean {
  const wanted = user.toLowerCase();
  return account.userPrincipalName.toLowerCase() === wanted || account.id.toLowerCase() === wanted;
}

function hostUser(person: { id: string; userPrincipalName: string; displayName: string }): Session['user'] {
  return {
    id: person.id,
    loginName: person.userPrincipalName,
    displayName: person.displayName,
    email: person.userPrincipalName
  };
}

const SIGNED_IN_KEY = 'kring:workbench:signedInAs';

/**
 * Signing in as someone else starts a new browser session, as a real sign-out and sign-in would: what the
 * product cached in session storage for the previous user (their "me", their cards) must not leak into it.
 */
function startSessionFor(user: string | undefined): void {
  const identity = user?.toLowerCase() ?? '';
  try {
    if (window.sessionStorage.getItem(SIGNED_IN_KEY) !== identity) {
      window.sessionStorage.clear();
      window.sessionStorage.setItem(SIGNED_IN_KEY, identity);
    }
  } catch {
    // Storage switched off: the product caches in memory, which the new services instance starts empty.
  }
}

/** Signs in as `user` (UPN or id; the default demo user when absent) whenever it changes. */
export function useSession(
  control: EmulatorControl,
  accounts: DemoAccount[] | undefined,
  user: string | undefined
): SessionState {
  const [state, setState] = React.useState<SessionState>({ status: 'signingIn' });
  React.useEffect(() => {
    if (!accounts) {
      return undefined;
    }
    let current = true;
    setState({ status: 'signingIn' });
    const signIn = async (): Promise<Session> => {
      startSessionFor(user);
      const getToken = renewingToken(() => control.token(user));
      await getToken();
      const servicesOnSite = pageServicesFactory({ graphUrl: control.graphUrl, getToken, viewer: user });
      const services = servicesOnSite(control.spUrl);
      const account = user ? accounts.find((candidate) => matches(candidate, user)) : undefined;
      const servicesFor = (overrides: SuiteSettings): KringServices => servicesOnSite(control.spUrl, overrides);
      return {
        user: hostUser(account ?? (await services.people.getMe())),
        getToken,
        services,
        servicesFor,
        servicesOnSite
      };
    };
    signIn().then(
      (session) => current && setState({ status: 'ready', session }),
      (error: unknown) =>
        current && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) })
    );
    return () => {
      current = false;
    };
  }, [control, accounts, user]);
  return state;
}
