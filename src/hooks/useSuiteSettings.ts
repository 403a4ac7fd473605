import * as React from 'react';
import { useServices } from '../services/ServicesContext';
import type { SuiteSettings } from '../services/settings/SuiteSettings';

function sameSettings(a: SuiteSettings, b: SuiteSettings): boolean {
  const keys = Object.keys({ ...a, ...b }) as (keyof SuiteSettings)[];
  return keys.every((key) => a[key] === b[key]);
}

/** The new settings, or the current object when nothing changed: every person shown reads them. */
function update(next: SuiteSettings): (current: SuiteSettings) => SuiteSettings {
  return (current) => (sameSettings(current, next) ? current : next);
}

/** Kring's tenant-wide settings: what is known at once, then what the tenant properties say. */
export function useSuiteSettings(): SuiteSettings {
  const { settings } = useServices();
  const [value, setValue] = React.useState<SuiteSettings>(() => settings.current());
  React.useEffect(() => {
    let current = true;
    setValue(update(settings.current()));
    settings.load().then(
      (loaded) => current && setValue(update(loaded)),
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [settings]);
  return value;
}
