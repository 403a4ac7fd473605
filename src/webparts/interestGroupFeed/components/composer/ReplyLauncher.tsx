import * as React from 'react';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { Post } from '../../../../model/feed/Post';
import { useFeedActions } from '../feed/FeedActions';
import { ComposerLauncher } from './ComposerLauncher';

/** "Reply" on a thread, opening the reply composer under it; Escape or Cancel closes it (the draft is kept). */
export function ReplyLauncher({ post }: { post: Post }): React.ReactElement {
  const { addSent } = useFeedActions();
  const recentMessages = React.useCallback(() => post.replies, [post]);
  return (
    <ComposerLauncher
      label={strings.ComposerReplyAction}
      mode={{ kind: 'reply', post }}
      recentMessages={recentMessages}
      onSent={addSent}
      closable
    />
  );
}
