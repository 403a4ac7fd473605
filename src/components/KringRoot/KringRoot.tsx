import * as React from 'react';
import { FluentProvider, IdPrefixProvider, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { HostContext } from '../../host/HostContext';
import type { HostInfo } from '../../host/HostInfo';
import { ServicesContext } from '../../services/ServicesContext';
import type { KringServices } from '../../services/KringServices';
import { LazyHealthCheck } from '../HealthCheck/lazyHealthCheck';

export interface KringRootProps {
  host: HostInfo;
  services: KringServices;
  /** Unique per web part instance: Fluent v9 ids must not clash between bundles on one page. */
  idPrefix: string;
  children?: React.ReactNode;
}

const useRootStyles = makeStyles({
  root: {
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase
  },
  // Fluent copies the provider's classes onto its portal nodes (popovers, listboxes), which sit over the whole
  // page: there a full-height background would hide the tab.
  teams: {
    ':not([data-portal-node])': {
      backgroundColor: tokens.colorNeutralBackground2,
      minHeight: '100%'
    }
  }
});

/**
 * The shared root of every Kring web part: Fluent theme, host information and services for the tree below, and
 * Kring's health check above the web part while the page is edited.
 */
export function KringRoot({ host, services, idPrefix, children }: KringRootProps): React.ReactElement {
  const styles = useRootStyles();
  const className = mergeClasses(styles.root, host.kind === 'teams' && styles.teams);
  return (
    <IdPrefixProvider value={idPrefix}>
      <FluentProvider theme={host.theme} className={className} lang={host.locale}>
        <HostContext.Provider value={host}>
          <ServicesContext.Provider value={services}>
            {host.isEditMode && (
              <React.Suspense fallback={null}>
                <LazyHealthCheck />
              </React.Suspense>
            )}
            {children}
          </ServicesContext.Provider>
        </HostContext.Provider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
