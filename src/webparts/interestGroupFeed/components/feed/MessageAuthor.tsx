import * as React from 'react';
import { Person } from '../../../../components/Person/Person';
import type { MessagePerson } from '../../../../model/feed/Post';
import { AuthorPreview } from './AuthorPreview';

export interface MessageAuthorProps {
  author: MessagePerson;
  /** Initials and name only, for a row the feed is scrolling past. */
  preview?: boolean;
}

/** The author of a message as a `Person` (hover card, profile link); Graph gives only id and name here. */
export function MessageAuthor({ author, preview = false }: MessageAuthorProps): React.ReactElement {
  const person = React.useMemo(
    () => ({ id: author.id, displayName: author.displayName || author.id, userPrincipalName: '' }),
    [author]
  );
  if (preview) {
    return <AuthorPreview name={person.displayName} />;
  }
  return <Person person={person} size="small" showSecondaryText={false} />;
}
