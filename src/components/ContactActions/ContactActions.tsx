import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Call24Regular, Chat24Regular, Mail24Regular } from '@fluentui/react-icons';
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
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, maxWidth: '100%' },
  // 44 × 44 px at least: the touch target WCAG 2.5.5 and Teams' mobile guidance ask for.
  action: { minHeight: '44px', minWidth: '44px', maxWidth: '100%' }
});

/** What an action does: run something (teams-js inside Teams) or follow a link. */
type ActionTarget = { onClick: () => void } | { href: string; newWindow?: boolean };

/** Inside Teams through the host's teams-js capability (falling back to the deep link), elsewhere the deep link. */
function useChatTarget(person: Person): ActionTarget | undefined {
  const host = useHost();
  const upn = person.userPrincipalName;
  if (!upn) {
    return undefined;
  }
  const link = teamsChatLink(upn);
  const { openChat, openUrl } = host;
  if (openChat) {
    return { onClick: () => void openChat(upn).catch(() => openUrl?.(link)) };
  }
  if (openUrl) {
    return { onClick: () => openUrl(link) };
  }
  return { href: link, newWindow: true };
}

interface ActionProps {
  target: ActionTarget;
  icon: React.ReactElement;
  label: string;
  className: string;
}

function Action({ target, icon, label, className }: ActionProps): React.ReactElement {
  if ('onClick' in target) {
    return (
      <Button className={className} icon={icon} onClick={target.onClick}>
        {label}
      </Button>
    );
  }
  const newWindow = target.newWindow ? { target: '_blank', rel: 'noopener noreferrer' } : {};
  return (
    <Button as="a" href={target.href} {...newWindow} className={className} icon={icon}>
      {label}
    </Button>
  );
}

/** Chat, mail and call as labelled icon buttons at touch size, wrapping in a narrow column. */
export function ContactActions({ person, phone }: ContactActionsProps): React.ReactElement {
  const styles = useStyles();
  const chat = useChatTarget(person);
  return (
    <div className={styles.root}>
      {chat && (
        <Action target={chat} icon={<Chat24Regular />} label={commonStrings.PersonChat} className={styles.action} />
      )}
      {person.mail && (
        <Action
          target={{ href: `mailto:${person.mail}` }}
          icon={<Mail24Regular />}
          label={commonStrings.PersonMail}
          className={styles.action}
        />
      )}
      {phone && (
        <Action
          target={{ href: telLink(phone) }}
          icon={<Call24Regular />}
          label={commonStrings.PersonCall}
          className={styles.action}
        />
      )}
    </div>
  );
}
