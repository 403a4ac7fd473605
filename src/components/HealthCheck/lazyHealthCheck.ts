import * as React from 'react';

/** Only page editors see the health check, so its code loads when a page enters edit mode. */
export const LazyHealthCheck = React.lazy(() =>
  import(/* webpackChunkName: 'kring-health-check' */ './HealthCheck').then((module) => ({
    default: module.HealthCheck
  }))
);
