import * as React from 'react';
import type { KringLocale } from '../../../src/host/HostInfo';
import { enUs } from './en-us';
import { nlNl } from './nl-nl';
import type { WorkbenchStrings } from './WorkbenchStrings';

export type { WorkbenchStrings } from './WorkbenchStrings';

const BY_LOCALE: Record<KringLocale, WorkbenchStrings> = { 'en-us': enUs, 'nl-nl': nlNl };

export function workbenchStrings(locale: KringLocale): WorkbenchStrings {
  return BY_LOCALE[locale];
}

/** Each language named in itself, as language pickers do, whatever the chrome's language. */
export const LOCALE_NAMES: Record<KringLocale, string> = { 'en-us': 'English', 'nl-nl': 'Nederlands' };

export const WorkbenchStringsContext = React.createContext<WorkbenchStrings>(enUs);

/** The chrome's strings in the language the page was opened in. */
export function useWorkbenchStrings(): WorkbenchStrings {
  return React.useContext(WorkbenchStringsContext);
}
