import * as React from 'react';
import { useServices } from '../services/ServicesContext';
import type { SuiteSettings } from '../services/settings/SuiteSettings';

/** Kring's tenant-wide settings: what is known at once, then what the tenant properties say. */
export function useSuiteSettings(): SuiteSettings {
  const { settings } = useServices();
  const [value, setValue] = React.useState<SuiteSettings>(() => settings.current());
  React.useEffect(() => {
    let current = true;
    setValue(settings.current());
    settings.load().then(
      (loaded) => current && setValue(loaded),
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [settings]);
  return value;
}
