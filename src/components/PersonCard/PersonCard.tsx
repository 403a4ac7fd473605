import * as React from 'react';
import { Avatar, Link, makeStyles, PresenceBadge, Text, tokens } from '@fluentui/react-components';
import { initials } from '../Person/initials';
import * as commonStrings from 'KringCommonStrings';
import type { Person } from '../../model/Person';
import { presenceBadgeStatus, type Presence } from '../../model/Presence';
import { ContactActions } from '../ContactActions/ContactActions';

export interface PersonCardProps {
  person: Person;
  photoUrl?: string;
  presence?: Presence;
  presenceLabel?: string;
  profileUrl: string;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: '240px', maxWidth: '320px' },
  header: { display: 'flex', columnGap: tokens.spacingHorizontalM, alignItems: 'center' },
  details: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  name: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  secondary: { color: tokens.colorNeutralForeground2 },
  presence: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS }
});

/** The compact card in a hover card: who, where, presence in words and colour, contact, link to the profile. */
export function PersonCard({ person, photoUrl, presence, presenceLabel, profileUrl }: PersonCardProps): React.ReactElement {
  const styles = useStyles();
  const organisation = [person.department, person.officeLocation].filter(Boolean).join(' · ');
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <Avatar
          aria-hidden
          size={56}
          name={person.displayName}
        initials={initials(person.displayName)}
          image={photoUrl ? { src: photoUrl, alt: '' } : undefined}
        />
        <div className={styles.details}>
          <Text className={styles.name}>{person.displayName}</Text>
          {person.jobTitle && <Text className={styles.secondary}>{person.jobTitle}</Text>}
          {organisation && <Text className={styles.secondary}>{organisation}</Text>}
          {presence && presenceLabel && (
            <span className={styles.presence}>
              <PresenceBadge size="small" status={presenceBadgeStatus(presence.availability)} aria-hidden />
              <Text size={200}>{presenceLabel}</Text>
            </span>
          )}
        </div>
      </div>
      <ContactActions person={person} />
      <Link href={profileUrl}>{commonStrings.PersonOpenProfile}</Link>
    </div>
  );
}
