import * as React from 'react';

/**
 * Parts only some people ever open (their own profile editor, the people search) load on first use, which
 * keeps them out of the web part's initial bundle.
 */
export const LazyProfileEditor = React.lazy(() =>
  import(/* webpackChunkName: 'colleague-card-editor' */ './ProfileEditor').then((module) => ({
    default: module.ProfileEditor
  }))
);

export const LazyPersonPicker = React.lazy(() =>
  import(/* webpackChunkName: 'person-picker' */ '../../../components/PersonPicker/PersonPicker').then((module) => ({
    default: module.PersonPicker
  }))
);
