import * as React from 'react';
import { Button } from '@fluentui/react-components';
import * as strings from 'ColleagueCardWebPartStrings';
import { ContactActions } from '../../../../components/ContactActions/ContactActions';
import { PersonHeader } from '../../../../components/PersonHeader/PersonHeader';
import type { PersonProfile } from '../../../../model/PersonProfile';
import type { ProfileCard } from '../../../../services/people/ProfileCard';
import type { CardStyles, ColleagueCardState } from './ColleagueCard.types';

export interface CardHeaderProps {
  state: ColleagueCardState;
  card: ProfileCard;
  profile: PersonProfile;
  styles: CardStyles;
}

export function CardHeader({ state, card, profile, styles }: CardHeaderProps): React.ReactElement {
  const phone = profile.businessPhones[0] ?? profile.mobilePhone;
  return (
    <div className={styles.header}>
      <PersonHeader
        variant="card"
        person={profile}
        photoUrl={card.photo.ok ? card.photo.value : undefined}
        presence={card.presence.ok ? card.presence.value : undefined}
        presencePrefix={strings.PresenceLabel}
      />
      <div className={styles.actions}>
        <ContactActions person={profile} phone={phone} />
        {state.isMe && !state.editing && (
          <Button
            appearance="primary"
            className={styles.touchTarget}
            onClick={state.startEditing}
            disabled={state.save.status === 'saving'}
          >
            {strings.EditProfile}
          </Button>
        )}
      </div>
    </div>
  );
}
