import * as React from 'react';
import { Button, Text } from '@fluentui/react-components';
import { LoadingState } from '../../../../components/states/LoadingState';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { LazyErrorState } from '../../../../components/states/lazyStates';
import { useHost } from '../../../../host/HostContext';
import { asServiceError } from '../../../../hooks/AsyncData';
import type { Post, Reply } from '../../../../model/feed/Post';
import { useServices } from '../../../../services/ServicesContext';
import type { ServiceError } from '../../../../services/ServiceError';
import { MessageAuthor } from './MessageAuthor';
import { MessageContent } from './MessageContent';
import { MessageTime } from './MessageTime';
import { ReactionBar } from './reactions/ReactionBar';
import { format } from './formatText';
import { usePostCardStyles } from './usePostCardStyles';

type Thread =
  | { status: 'latest' }
  | { status: 'loading' }
  | { status: 'all'; replies: Reply[] }
  | { status: 'error'; error: ServiceError };

function ReplyItem({ reply, post, preview }: { reply: Reply; post: Post; preview: boolean }): React.ReactElement {
  const styles = usePostCardStyles();
  return (
    <li className={styles.reply}>
      <div className={styles.header}>
        {reply.author && <MessageAuthor author={reply.author} preview={preview} />}
        <Text size={200} className={styles.meta}>
          <MessageTime iso={reply.created} preview={preview} />
        </Text>
      </div>
      <MessageContent message={reply} />
      <ReactionBar message={reply} thread={post} />
    </li>
  );
}

/** The whole thread as read, with the replies that came since (one just sent) after it. */
function withLatest(all: readonly Reply[], latest: readonly Reply[]): Reply[] {
  const ids = new Set(all.map((reply) => reply.id));
  return [...all, ...latest.filter((reply) => !ids.has(reply.id))];
}

/**
 * The latest replies of a thread, and all of them on request (read when asked, not with the feed); `preview` shows
 * their authors by initials and name only.
 */
export function ReplyList({ post, preview = false }: { post: Post; preview?: boolean }): React.ReactElement | null {
  const styles = usePostCardStyles();
  const services = useServices();
  const viewerId = useHost().user.id;
  const [thread, setThread] = React.useState<Thread>({ status: 'latest' });
  const showAll = (): void => {
    setThread({ status: 'loading' });
    services.feed
      .getReplies(post, post.id, { viewerId })
      .then((replies) => setThread({ status: 'all', replies }))
      .catch(async (error: unknown) => setThread({ status: 'error', error: await asServiceError(error) }));
  };
  const replies = thread.status === 'all' ? withLatest(thread.replies, post.replies) : post.replies;
  const hidden = post.replyCount - post.replies.length;
  if (post.replyCount === 0) {
    return null;
  }
  return (
    <>
      {hidden > 0 && thread.status === 'latest' && (
        <Button appearance="transparent" size="small" className={styles.threadAction} onClick={showAll}>
          {format(strings.ShowAllReplies, post.replyCount)}
        </Button>
      )}
      {thread.status === 'all' && hidden > 0 && (
        <Button
          appearance="transparent"
          size="small"
          className={styles.threadAction}
          onClick={() => setThread({ status: 'latest' })}
        >
          {strings.HideReplies}
        </Button>
      )}
      {thread.status === 'loading' && <LoadingState label={strings.LoadingReplies} />}
      {thread.status === 'error' && <LazyErrorState error={thread.error} onRetry={showAll} compact />}
      <ul className={styles.replies}>
        {replies.map((reply) => (
          <ReplyItem key={reply.id} reply={reply} post={post} preview={preview} />
        ))}
      </ul>
    </>
  );
}
