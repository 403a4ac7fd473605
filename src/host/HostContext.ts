import * as React from 'react';
import type { HostInfo } from './HostInfo';

export const HostContext = React.createContext<HostInfo | undefined>(undefined);

export function useHost(): HostInfo {
  const host = React.useContext(HostContext);
  if (!host) {
    throw new Error('useHost must be used inside KringRoot.');
  }
  return host;
}
