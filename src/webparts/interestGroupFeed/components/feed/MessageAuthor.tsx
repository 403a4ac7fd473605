import * as React from 'react';
import { Person } from '../../../../components/Person/Person';
import type { MessagePerson } from '../../../../model/feed/Post';

/** The author of a message as a `Person` (hover card, profile link); Graph gives only id and name here. */
export function MessageAuthor({ author }: { author: MessagePerson }): React.ReactElement {
  const person = React.useMemo(
    () => ({ id: author.id, displayName: author.displayName || author.id, userPrincipalName: '' }),
    [author]
  );
  return <Person person={person} size="small" showSecondaryText={false} />;
}
