import * as React from 'react';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { MessageBody } from '../../../../components/MessageBody/MessageBody';
import type { MessageBase, SystemEvent } from '../../../../model/feed/Post';
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
    />
  );
}
