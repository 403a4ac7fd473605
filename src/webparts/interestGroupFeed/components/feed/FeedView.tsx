import * as React from 'react';
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState, LazyNotice } from '../../../../components/states/lazyStates';
import { LoadingState } from '../../../../components/states/LoadingState';
import type { ServiceError } from '../../../../services/ServiceError';
import type { FeedSource } from './feedChannels';
import { useFeedTiming } from './feedTiming';
import { format } from './formatText';
import { NewPostLauncher } from '../composer/NewPostLauncher';
import { FeedActionsContext } from './FeedActions';
import { LinkedPost } from './LinkedPost';
import { useLinkedPost } from './useLinkedPost';
import { useMergedFeed, type MergedFeedResult } from './useMergedFeed';
import { VirtualFeed } from './VirtualFeed';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0 }
});

export interface FeedViewProps {
  source: FeedSource;
  /** The post a link (`?group=&post=`) points at. */
  link?: { groupId: string; postId: string };
  /** Opens the group browser (offered when I follow no groups). */
  onFindGroups?: () => void;
}

/** The merged feed with its loading, empty and error states. */
export function FeedView({ source, link, onFindGroups }: FeedViewProps): React.ReactElement {
  const { state, loadMore, reload, addSent } = useMergedFeed(source);
  useFeedTiming(state.status === 'ready' && state.feed.posts.length > 0, state.status !== 'loading');
  const inFeed =
    state.status === 'ready' &&
    state.feed.posts.some((post) => post.id === link?.postId && post.groupId === link.groupId);
  const linked = useLinkedPost(link, state.status === 'loading' || inFeed);
  return (
    <>
      <LinkedPost state={linked} />
      <FeedBody
        state={state}
        loadMore={loadMore}
        reload={reload}
        addSent={addSent}
        link={link}
        onFindGroups={onFindGroups}
      />
    </>
  );
}

function FailedGroups(props: { count: number; error: ServiceError; onRetry: () => void }): React.ReactElement {
  return (
    <LazyNotice intent="warning" title={format(strings.GroupsFailed, props.count)}>
      {props.error.kind === 'forbidden' ? strings.PrivateGroupRefused : props.error.message}
      <Button size="small" onClick={props.onRetry}>
        {strings.Retry}
      </Button>
    </LazyNotice>
  );
}

function FeedBody({
  state,
  loadMore,
  reload,
  addSent,
  link,
  onFindGroups
}: MergedFeedResult & Pick<FeedViewProps, 'link' | 'onFindGroups'>): React.ReactElement {
  const styles = useStyles();
  const actions = React.useMemo(() => ({ addSent }), [addSent]);
  if (state.status === 'loading') {
    return <LoadingState label={strings.LoadingFeed} />;
  }
  if (state.status === 'error') {
    return <LazyErrorState error={state.error} onRetry={reload} />;
  }
  if (state.status === 'noGroups') {
    return (
      <LazyNotice intent="info" title={strings.NoGroupsTitle}>
        <Text>{strings.NoGroupsBody}</Text>
        {onFindGroups && <Button onClick={onFindGroups}>{strings.ShowGroups}</Button>}
      </LazyNotice>
    );
  }
  const { feed, groups, loadingMore, channelErrors, newThreads } = state;
  const firstError = [...channelErrors.values()][0];
  return (
    <FeedActionsContext.Provider value={actions}>
      <div className={styles.root}>
        <NewPostLauncher
          groups={[...groups.values()]}
          recentMessages={(channelId) => feed.posts.filter((post) => post.channelId === channelId)}
          onSent={addSent}
        />
        <Text role="status" aria-live="polite">
          {newThreads > 0 ? format(strings.NewPosts, newThreads) : ''}
        </Text>
        {feed.failed.length > 0 && firstError && (
          <FailedGroups count={feed.failed.length} error={firstError} onRetry={reload} />
        )}
        {feed.posts.length === 0 && !feed.hasMore ? (
          <Text>{strings.EmptyFeed}</Text>
        ) : (
          <VirtualFeed
            posts={feed.posts}
            groups={groups}
            hasMore={feed.hasMore}
            loadingMore={loadingMore}
            onLoadMore={loadMore}
            linkedPostId={link?.postId}
            label={strings.FeedLabel}
          />
        )}
      </div>
    </FeedActionsContext.Provider>
  );
}
