import type { SuiteSettings } from '../../services/settings/SuiteSettings';

export const PERSON_PARAMETER = 'person';
export const QUERY_PARAMETER = 'q';
export const GROUP_PARAMETER = 'group';

function here(): string {
  return typeof window !== 'undefined' ? window.location.href : 'http://localhost/';
}

function withParameter(page: string, name: string, value: string): string {
  const url = new URL(page, here());
  url.searchParams.set(name, value);
  url.hash = '';
  return url.toString();
}

/** A person's full card: the configured profile page, or this page when none is configured. */
export function profileHref(settings: SuiteSettings, personRef: string): string {
  return withParameter(settings.profilePageUrl ?? here(), PERSON_PARAMETER, personRef);
}

/** A who-knows-what search for a skill or topic. */
export function directoryHref(settings: SuiteSettings, query: string): string {
  return withParameter(settings.directoryPageUrl ?? here(), QUERY_PARAMETER, query);
}

/** An interest group's feed. */
export function groupFeedHref(settings: SuiteSettings, groupId: string): string {
  return withParameter(settings.feedPageUrl ?? here(), GROUP_PARAMETER, groupId);
}

/** This page's address with one of Kring's page parameters set, built as `profileHref` builds its links. */
export function hereWithParameter(name: string, value: string, currentUrl: string = here()): string {
  return withParameter(currentUrl, name, value);
}

/** The value of one of Kring's page parameters in this page's address, if any. */
export function pageParameter(name: string, currentUrl: string = here()): string | undefined {
  const value = new URL(currentUrl).searchParams.get(name)?.trim();
  return value ? value : undefined;
}
