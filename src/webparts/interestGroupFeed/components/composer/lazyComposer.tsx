import * as React from 'react';
import { Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { preloadable } from '../../../../components/lazy/preloadable';
import type { ComposerProps } from './Composer.types';

function ComposerUnavailable(): React.ReactElement {
  return <Text role="alert">{strings.ComposerLoadFailed}</Text>;
}

const composer = preloadable<ComposerProps>(
  () => import(/* webpackChunkName: 'kring-composer' */ './Composer').then((module) => module.Composer),
  ComposerUnavailable
);

/** The composer, its code (with the text field and the mention picker) loaded when someone starts writing. */
export const LazyComposer = composer.Component;

/** Starts loading the composer's code: a pointer over "Start a post" or "Reply", or a draft to show. */
export const preloadComposer = composer.preload;
