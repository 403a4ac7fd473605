import * as React from 'react';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { MessageBody } from '../../../../components/MessageBody/MessageBody';
import type { Mention, MessageBase, SystemEvent } from '../../../../model/feed/Post';
import { MentionText } from '../../../../components/MessageBody/MentionText';
import { Person } from '../../../../components/Person/Person';
import { useServices } from '../../../../services/ServicesContext';

const SYSTEM_TEXT: Record<SystemEvent['kind'], string> = {
  membersAdded: strings.SystemMembersAdded,
  membersRemoved: strings.SystemMembersRemoved,
  descriptionUpdated: strings.SystemDescriptionUpdated,
  renamed: strings.SystemRenamed,
  other: strings.SystemOther
};

export function systemEventText(event: SystemEvent): string {
  return SYSTEM_TEXT[event.kind];
}

/** A mention of a colleague as their name with the hover card; a tag, channel or app mentioned as its text. */
function renderMention(mention: Mention): React.ReactNode {
  if (!mention.person) return <MentionText mention={mention} />;
  const person = {
    id: mention.person.id,
    displayName: mention.text || mention.person.displayName,
    userPrincipalName: ''
  };
  return <Person person={person} inline />;
}

/** A message's body, sanitised, with hosted images read through Graph; a deleted message says so. */
export function MessageContent({ message }: { message: MessageBase }): React.ReactElement {
  const services = useServices();
  const loadHostedImage = React.useCallback((src: string) => services.feed.hostedImage(src), [services]);
  if (message.deleted) {
    return <em>{strings.DeletedMessage}</em>;
  }
  return (
    <MessageBody
      html={message.untrustedHtml}
      isHtml={message.bodyIsHtml}
      mentions={message.mentions}
      attachments={message.attachments}
      loadHostedImage={loadHostedImage}
      graphOrigin={services.feed.graphOrigin}
      renderMention={renderMention}
    />
  );
}
