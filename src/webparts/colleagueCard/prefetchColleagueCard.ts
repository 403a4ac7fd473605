import { PERSON_PARAMETER, pageParameter } from '../../components/links/suiteLinks';
import type { HostInfo } from '../../host/HostInfo';
import type { KringServices } from '../../services/KringServices';
import { cardLoadRef } from './cardLoadRef';
import { cardPersonRef, type IColleagueCardWebPartProps } from './colleagueCardProperties';

/**
 * Starts the card's one `$batch` before the card's code has loaded and rendered: the root then finds the request
 * under way (the people service shares requests in flight).
 */
export function prefetchColleagueCard(
  services: KringServices,
  host: HostInfo,
  properties: IColleagueCardWebPartProps
): void {
  const urlPerson = pageParameter(PERSON_PARAMETER);
  // As ColleagueCardRoot chooses: the configured person, else the one the page's address names.
  const personRef = cardPersonRef(properties, urlPerson) ?? urlPerson;
  if (personRef !== undefined) {
    // The card reports a failure when it asks for the same card itself.
    services.people.getProfileCard(cardLoadRef(personRef, host)).catch(() => undefined);
  }
  // The card's contributions come from a list on the home site the tenant properties name.
  services.settings.load().catch(() => undefined);
}
