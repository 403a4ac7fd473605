import type { AvatarProps, PresenceBadgeProps } from '@fluentui/react-components';
import type { Person } from '../../model/Person';
import type { Presence } from '../../model/Presence';

export interface PersonHeaderProps {
  person: Person;
  photoUrl?: string;
  presence?: Presence;
  /** `card`: the colleague card's large header, the name a level-3 heading; `compact`: the hover card's. */
  variant: 'card' | 'compact';
  /** Words before the presence, e.g. "Presence" for "Presence: In a meeting". */
  presencePrefix?: string;
}

export interface PersonHeaderState {
  variant: PersonHeaderProps['variant'];
  name: string;
  avatar: AvatarProps;
  badge: PresenceBadgeProps | undefined;
  jobTitle: string | undefined;
  /** Department and office on one line. */
  location: string | undefined;
  presenceText: string | undefined;
  presencePrefix: string | undefined;
}
