import * as React from 'react';
import { Link, mergeClasses, Subtitle2, Text } from '@fluentui/react-components';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { groupFeedHref } from '../../../../components/links/suiteLinks';
import { useSuiteSettings } from '../../../../hooks/useSuiteSettings';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Post } from '../../../../model/feed/Post';
import { CopyLinkButton } from './CopyLinkButton';
import { MessageAuthor } from './MessageAuthor';
import { MessageContent, systemEventText } from './MessageContent';
import { MessageTime } from './MessageTime';
import { format, ReactionSummary } from './ReactionSummary';
import { ReplyList } from './ReplyList';
import { usePostCardStyles } from './usePostCardStyles';

export interface PostCardProps {
  post: Post;
  group?: InterestGroup;
  /** The post a link pointed at: marked out. */
  linked?: boolean;
}

function replyCountText(count: number): string {
  return count === 1 ? strings.OneReply : format(strings.ReplyCount, count);
}

/**
 * One thread of the feed: who, where, when, what, the reactions and the latest replies. Memoised: a virtualised
 * feed re-renders on every scroll step, and a thread whose post did not change need not.
 */
export const PostCard = React.memo(function PostCard({
  post,
  group,
  linked = false
}: PostCardProps): React.ReactElement {
  const styles = usePostCardStyles();
  const settings = useSuiteSettings();
  if (post.systemEvent) {
    return <div className={styles.system}>{systemEventText(post.systemEvent)}</div>;
  }
  const titleId = `post-${post.id}-title`;
  return (
    <div className={mergeClasses(styles.card, linked && styles.linked)}>
      <div className={styles.header} id={titleId}>
        {post.author && <MessageAuthor author={post.author} />}
        {group && (
          <Text size={200} className={styles.meta}>
            {strings.PostIn.split('{0}')[0]}
            <Link href={groupFeedHref(settings, group.id)}>{group.displayName}</Link>
          </Text>
        )}
        <Text size={200} className={styles.meta}>
          <MessageTime iso={post.created} />
        </Text>
      </div>
      {post.subject && (
        <Subtitle2 as="h3" className={styles.subject}>
          {post.subject}
        </Subtitle2>
      )}
      <MessageContent message={post} />
      <div className={styles.footer}>
        <ReactionSummary reactions={post.reactions} />
        {post.replyCount > 0 && (
          <Text size={200} className={styles.meta}>
            {replyCountText(post.replyCount)}
          </Text>
        )}
        <CopyLinkButton post={post} />
        {post.webUrl && (
          <Link href={post.webUrl} target="_blank" rel="noopener noreferrer">
            {strings.OpenInTeams}
          </Link>
        )}
      </div>
      <ReplyList post={post} />
    </div>
  );
});
