import * as React from 'react';
import { Badge, mergeClasses, Text, useId } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  Globe16Regular,
  LockClosed16Regular,
  People16Regular,
  Star16Filled
} from '@fluentui/react-icons';
import * as strings from 'InterestGroupFeedWebPartStrings';
import { TagList } from '../../../../components/TagList/TagList';
import type { InterestGroup } from '../../../../model/feed/InterestGroup';
import type { GroupCardContext } from './GroupsPanel.types';
import { jobFunctionLabel, memberCountText } from './groupTexts';
import { GroupOwners } from './GroupOwners';
import { MembershipActions } from './MembershipActions';
import { useGroupCardStyles, type GroupCardStyles } from './useGroupCardStyles';

export interface GroupCardProps {
  group: InterestGroup;
  context: GroupCardContext;
  /** Why the group is suggested, for the "Groups for you" cards. */
  reasons?: readonly string[];
}

interface PartProps {
  group: InterestGroup;
  member: boolean;
  styles: GroupCardStyles;
}

/** Public or private as an icon and a word; a private group I am not in says how to get in. */
function Visibility({ group, member, styles }: PartProps): React.ReactElement | null {
  if (group.visibility === 'Public') {
    return (
      <span className={styles.metaItem}>
        <Globe16Regular aria-hidden />
        {strings.VisibilityPublic}
      </span>
    );
  }
  if (group.visibility === 'Private') {
    return (
      <span className={styles.metaItem}>
        <LockClosed16Regular aria-hidden />
        {member ? strings.VisibilityPrivate : strings.PrivateRequestToJoin}
      </span>
    );
  }
  return null;
}

function Badges({ group, member }: PartProps): React.ReactElement {
  return (
    <>
      {group.featured && (
        <Badge appearance="tint" color="brand" shape="rounded" icon={<Star16Filled />}>
          {strings.FeaturedBadge}
        </Badge>
      )}
      {member && (
        <Badge appearance="tint" color="success" shape="rounded" icon={<CheckmarkCircle16Filled />}>
          {strings.MemberBadge}
        </Badge>
      )}
    </>
  );
}

/** One interest group: what it is about, who it is for, how big, and the way in and out. */
export function GroupCard({ group, context, reasons }: GroupCardProps): React.ReactElement {
  const styles = useGroupCardStyles();
  const headingId = useId('group-name-');
  const membership = context.membershipOf(group.id);
  const member = membership.member;
  const parts: PartProps = { group, member, styles };
  return (
    <article aria-labelledby={headingId} className={mergeClasses(styles.card, group.featured && styles.featured)}>
      <div className={styles.header}>
        <Text as="h4" id={headingId} weight="semibold" size={400} className={styles.name}>
          {group.displayName}
        </Text>
        <Badges {...parts} />
      </div>
      {reasons && reasons.length > 0 && (
        <ul className={styles.reasons}>
          {reasons.map((reason) => (
            <li key={reason}>
              <Text size={200} weight="semibold">
                {reason}
              </Text>
            </li>
          ))}
        </ul>
      )}
      {group.description && (
        <Text as="p" className={styles.description} title={group.description}>
          {group.description}
        </Text>
      )}
      <div className={styles.meta}>
        {group.memberCount !== undefined && (
          <span className={styles.metaItem}>
            <People16Regular aria-hidden />
            {memberCountText(group.memberCount)}
          </span>
        )}
        <Visibility {...parts} />
      </div>
      {group.visibility === 'Private' && !member && <GroupOwners groupId={group.id} styles={styles} />}
      {group.jobFunctions.length > 0 && (
        <TagList label={strings.GroupJobFunctionsLabel} tags={group.jobFunctions.map(jobFunctionLabel)} />
      )}
      {group.topics.length > 0 && (
        <TagList
          label={strings.GroupTopicsLabel}
          tags={group.topics}
          href={context.topicHref}
          locale={context.locale}
        />
      )}
      <MembershipActions group={group} membership={membership} context={context} styles={styles} />
    </article>
  );
}
