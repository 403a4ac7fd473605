import * as React from 'react';

/** The people picker loads when a property pane shows it, not with every page that has a Kring web part. */
export const LazyPersonPropertyField = React.lazy(() =>
  import(/* webpackChunkName: 'person-property-field' */ './PersonPropertyField').then((module) => ({
    default: module.PersonPropertyField
  }))
);
