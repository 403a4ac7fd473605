import * as commonStrings from 'KringCommonStrings';
import { profileHref } from '../links/suiteLinks';
import { useSuiteSettings } from '../../hooks/useSuiteSettings';
import type { PersonProps, PersonState } from './Person.types';
import { presenceText } from './presenceText';
import { useHoverCard } from './useHoverCard';
import { usePersonDecorations } from './usePersonDecorations';

/** Props to state for `Person`: photo and presence, the profile link, and the hover card. */
export function usePerson(props: PersonProps): PersonState {
  const {
    person,
    size = 'medium',
    showSecondaryText = true,
    showPresence = true,
    showPhoto = true,
    hoverCard = true,
    hoverDelayMs = 500,
    inline = false
  } = props;
  const { photoUrl, presence } = usePersonDecorations(person.id, {
    photo: showPhoto && !inline,
    presence: showPresence && !inline
  });
  const settings = useSuiteSettings();
  const card = useHoverCard(hoverCard, hoverDelayMs);

  return {
    person,
    size,
    showSecondaryText,
    inline,
    hoverCard,
    photoUrl,
    presence,
    presenceLabel: presence ? presenceText(presence, commonStrings) : undefined,
    profileUrl: profileHref(settings, person.userPrincipalName || person.id),
    ...card
  };
}
