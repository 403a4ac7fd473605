import * as React from 'react';
import { Avatar, Button, PresenceBadge, Text, Title3 } from '@fluentui/react-components';
import * as commonStrings from 'KringCommonStrings';
import * as strings from 'ColleagueCardWebPartStrings';
import { ContactActions } from '../../../../components/ContactActions/ContactActions';
import { initials } from '../../../../components/Person/initials';
import { presenceText } from '../../../../components/Person/presenceText';
import type { PersonProfile } from '../../../../model/PersonProfile';
import { presenceBadgeStatus } from '../../../../model/Presence';
import type { ProfileCard } from '../../../../services/people/ProfileCard';
import type { CardStyles, ColleagueCardState } from './ColleagueCard.types';

export interface CardHeaderProps {
  state: ColleagueCardState;
  card: ProfileCard;
  profile: PersonProfile;
  styles: CardStyles;
}

export function CardHeader({ state, card, profile, styles }: CardHeaderProps): React.ReactElement {
  const photo = card.photo.ok ? card.photo.value : undefined;
  const presence = card.presence.ok ? card.presence.value : undefined;
  const phone = profile.businessPhones[0] ?? profile.mobilePhone;
  return (
    <div className={styles.header}>
      <Avatar
        aria-hidden
        size={96}
        name={profile.displayName}
        initials={initials(profile.displayName)}
        image={photo ? { src: photo, alt: '' } : undefined}
      />
      <div className={styles.identity}>
        <Title3 as="h3" className={styles.name}>
          {profile.displayName}
        </Title3>
        {profile.jobTitle && <Text>{profile.jobTitle}</Text>}
        {profile.department && <Text className={styles.secondary}>{profile.department}</Text>}
        {profile.officeLocation && (
          <Text className={styles.secondary}>
            {strings.Office}: {profile.officeLocation}
          </Text>
        )}
        {presence && (
          <span className={styles.presence}>
            <PresenceBadge status={presenceBadgeStatus(presence.availability)} aria-hidden />
            <Text>
              <span className={styles.secondary}>{strings.PresenceLabel}: </span>
              {presenceText(presence, commonStrings)}
            </Text>
          </span>
        )}
        <div className={styles.actions}>
          <ContactActions person={profile} phone={phone} />
          {state.isMe && !state.editing && (
            <Button
              appearance="primary"
              size="small"
              onClick={state.startEditing}
              disabled={state.save.status === 'saving'}
            >
              {strings.EditProfile}
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
