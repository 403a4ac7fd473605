import * as commonStrings from 'KringCommonStrings';
import { presenceBadgeStatus } from '../../model/Presence';
import { initials } from '../Person/initials';
import { presenceText } from '../Person/presenceText';
import type { PersonHeaderProps, PersonHeaderState } from './PersonHeader.types';

export function usePersonHeader({
  person,
  photoUrl,
  presence,
  variant,
  presencePrefix
}: PersonHeaderProps): PersonHeaderState {
  return {
    variant,
    name: person.displayName,
    avatar: {
      // The name is right next to it: the picture adds nothing for a screen reader.
      'aria-hidden': true,
      size: variant === 'card' ? 96 : 56,
      initials: initials(person.displayName),
      image: photoUrl ? { src: photoUrl, alt: '' } : undefined
    },
    badge: presence ? { status: presenceBadgeStatus(presence.availability) } : undefined,
    jobTitle: person.jobTitle || undefined,
    location: [person.department, person.officeLocation].filter(Boolean).join(' · ') || undefined,
    presenceText: presence ? presenceText(presence, commonStrings) : undefined,
    presencePrefix
  };
}
