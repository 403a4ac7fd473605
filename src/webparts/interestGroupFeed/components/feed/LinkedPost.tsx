import * as React from 'react';
import { Subtitle2 } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState, LazyNotice } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import type { AsyncData } from '../../../../hooks/AsyncData';
import { PostCard } from './PostCard';
import type { LinkedThread } from './useLinkedPost';

/** The linked post above the feed, or why it cannot be shown (private, gone). */
export function LinkedPost({ state }: { state: AsyncData<LinkedThread> }): React.ReactElement | null {
  if (state.status === 'idle' || state.status === 'empty') {
    return null;
  }
  if (state.status === 'loading') {
    return <LoadingState label={strings.LoadingFeed} />;
  }
  if (state.status === 'error') {
    if (state.error.kind === 'forbidden') {
      return (
        <LazyNotice intent="warning" title={strings.LinkedPostTitle}>
          {strings.PrivateGroupRefused}
        </LazyNotice>
      );
    }
    if (state.error.kind === 'notFound') {
      return (
        <LazyNotice intent="info" title={strings.LinkedPostTitle}>
          {strings.LinkedPostMissing}
        </LazyNotice>
      );
    }
    return <LazyErrorState error={state.error} compact />;
  }
  return (
    <section aria-label={strings.LinkedPostTitle}>
      <Subtitle2 as="h3">{strings.LinkedPostTitle}</Subtitle2>
      <article aria-labelledby={`post-${state.data.post.id}-title`}>
        <PostCard post={state.data.post} group={state.data.group} linked />
      </article>
    </section>
  );
}
