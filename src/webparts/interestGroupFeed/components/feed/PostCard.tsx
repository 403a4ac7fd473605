import * as React from 'react';
import { mergeClasses, Subtitle2, Text } from '@fluentui/react-components';
import { TextLink } from '../../../../components/TextLink/TextLink';
import * as strings from 'InterestGroupFeedWebPartStrings';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { Post } from '../../../../model/feed/Post';
import { CopyLinkButton } from './CopyLinkButton';
import { GroupLink } from './GroupLink';
import { MessageAuthor } from './MessageAuthor';
import { MessageContent, systemEventText } from './MessageContent';
import { MessageTime } from './MessageTime';
import { ReactionBar } from './reactions/ReactionBar';
import { format } from './formatText';
import { ReplyLauncher } from '../composer/ReplyLauncher';
import { ReplyList } from './ReplyList';
import { usePostCardStyles } from './usePostCardStyles';

export interface PostCardProps {
  post: Post;
  group?: InterestGroup;
  /** The group's feed address, when the feed worked it out for all its threads at once. */
  groupHref?: string;
  /** The post a link pointed at: marked out. */
  linked?: boolean;
  /**
   * Authors by initials and name only (no photo, presence or hover card), times without the exact one: a row the
   * feed is scrolling past.
   */
  preview?: boolean;
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
  groupHref,
  linked = false,
  preview = false
}: PostCardProps): React.ReactElement {
  const styles = usePostCardStyles();
  if (post.systemEvent) {
    return <div className={styles.system}>{systemEventText(post.systemEvent)}</div>;
  }
  const titleId = `post-${post.id}-title`;
  return (
    <div className={mergeClasses(styles.card, linked && styles.linked)}>
      <div className={styles.header} id={titleId}>
        {post.author && <MessageAuthor author={post.author} preview={preview} />}
        {group && (
          <Text size={200} className={styles.meta}>
            {strings.PostIn.split('{0}')[0]}
            <GroupLink group={group} href={groupHref} />
          </Text>
        )}
        <Text size={200} className={styles.meta}>
          <MessageTime iso={post.created} preview={preview} />
        </Text>
      </div>
      {post.subject && (
        <Subtitle2 as="h3" className={styles.subject}>
          {post.subject}
        </Subtitle2>
      )}
      <MessageContent message={post} />
      <div className={styles.footer}>
        <ReactionBar message={post} thread={post} />
        {post.replyCount > 0 && (
          <Text size={200} className={styles.meta}>
            {replyCountText(post.replyCount)}
          </Text>
        )}
        <CopyLinkButton post={post} />
        {post.webUrl && (
          <TextLink href={post.webUrl} target="_blank" rel="noopener noreferrer">
            {strings.OpenInTeams}
          </TextLink>
        )}
      </div>
      <ReplyList post={post} preview={preview} />
      <ReplyLauncher post={post} />
    </div>
  );
});
