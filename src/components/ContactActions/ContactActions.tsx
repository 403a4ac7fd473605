import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import { useHost } from '../../host/HostContext';
import type { Person } from '../../model/Person';
import { teamsChatLink, telLink } from './teamsChatLink';

export interface ContactActionsProps {
  person: Person;
  /** The number the call action dials; the action is left out without one. */
  phone?: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS }
});

/**
 * Chat (through the host's teams-js capability inside Teams, the Teams deep link elsewhere), mail and call.
 */
export function ContactActions({ person, phone }: ContactActionsProps): React.ReactElement {
  const styles = useStyles();
  const host = useHost();
  const upn = person.userPrincipalName;
  const chatLink = upn ? teamsChatLink(upn) : undefined;
  const openChat = host.openChat;
  const openUrl = host.openUrl;

  let chat: React.ReactElement | undefined;
  if (upn && openChat) {
    chat = <Button size="small" onClick={() => void openChat(upn).catch(() => openUrl?.(teamsChatLink(upn)))}>{commonStrings.PersonChat}</Button>;
  } else if (chatLink && openUrl) {
    chat = <Button size="small" onClick={() => openUrl(chatLink)}>{commonStrings.PersonChat}</Button>;
  } else if (chatLink) {
    chat = (
      <Button size="small" as="a" href={chatLink} target="_blank" rel="noopener noreferrer">
        {commonStrings.PersonChat}
      </Button>
    );
  }

  return (
    <div className={styles.root}>
      {chat}
      {person.mail && (
        <Button size="small" as="a" href={`mailto:${person.mail}`}>
          {commonStrings.PersonMail}
        </Button>
      )}
      {phone && (
        <Button size="small" as="a" href={telLink(phone)}>
          {commonStrings.PersonCall}
        </Button>
      )}
    </div>
  );
}
