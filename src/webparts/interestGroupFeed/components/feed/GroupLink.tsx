import * as React from 'react';
import { TextLink } from '../../../../components/TextLink/TextLink';
import { groupFeedHref } from '../../../../components/links/suiteLinks';
import { useSuiteSettings } from '../../../../hooks/useSuiteSettings';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';

function SettingsGroupLink({ group }: { group: InterestGroup }): React.ReactElement {
  const settings = useSuiteSettings();
  return <TextLink href={groupFeedHref(settings, group.id)}>{group.displayName}</TextLink>;
}

/**
 * A link to a group's own feed. A feed passes the address it worked out once for all its threads; a thread on its
 * own reads the suite settings for it.
 */
export function GroupLink({ group, href }: { group: InterestGroup; href?: string }): React.ReactElement {
  return href === undefined ? (
    <SettingsGroupLink group={group} />
  ) : (
    <TextLink href={href}>{group.displayName}</TextLink>
  );
}
