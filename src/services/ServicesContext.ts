import * as React from 'react';
import type { KringServices } from './KringServices';

export const ServicesContext = React.createContext<KringServices | undefined>(undefined);

export function useServices(): KringServices {
  const services = React.useContext(ServicesContext);
  if (!services) {
    throw new Error('useServices must be used inside KringRoot.');
  }
  return services;
}
