import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { LinkRegular } from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { useHost } from '../../../../host/HostContext';
import type { Post } from '../../../../model/feed/Post';
import { postHref, teamsPostLink } from './feedLinks';

/** Copies a link that opens this post where the reader is: this page, or Kring's tab inside Teams. */
export function CopyLinkButton({ post }: { post: Post }): React.ReactElement {
  const host = useHost();
  const [copied, setCopied] = React.useState(false);
  const copy = (): void => {
    const link = host.kind === 'teams' ? teamsPostLink(post.groupId, post.id) : postHref(post.groupId, post.id);
    navigator.clipboard
      ?.writeText(link)
      .then(() => setCopied(true))
      .catch(() => setCopied(false));
  };
  return (
    <>
      <Button appearance="transparent" size="small" icon={<LinkRegular />} onClick={copy}>
        {strings.CopyLink}
      </Button>
      <span role="status" aria-live="polite">
        {copied ? strings.LinkCopied : ''}
      </span>
    </>
  );
}
