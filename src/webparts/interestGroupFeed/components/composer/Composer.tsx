import type * as React from 'react';
import type { ComposerProps } from './Composer.types';
import { renderComposer } from './renderComposer';
import { useComposer } from './useComposer';
import { useComposerStyles } from './useComposerStyles';

/** Writes a new post in one of my groups, or a reply: rich text, mentions, documents; never lost, never doubled. */
export function Composer(props: ComposerProps): React.ReactElement {
  const state = useComposer(props);
  return renderComposer(state, useComposerStyles());
}
