import * as React from 'react';
import type { Mention } from '../../model/feed/Post';
import { useMessageBodyStyles } from './useMessageBodyStyles';

/** A mention as text that stands out; the shared `Person` needs a full profile, which a mention does not carry. */
export function MentionText({ mention }: { mention: Mention }): React.ReactElement {
  const styles = useMessageBodyStyles();
  return <span className={styles.mention}>{mention.text}</span>;
}
