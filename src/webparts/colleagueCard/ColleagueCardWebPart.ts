import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { PERSON_PARAMETER, pageParameter } from '../../components/links/suiteLinks';
import type { HostInfo } from '../../host/HostInfo';
import type { KringServices } from '../../services/KringServices';
import { KringWebPart } from '../shared/KringWebPart';
import { cardLoadRef } from './cardLoadRef';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import { cardPersonRef, colleagueCardPropertyPage, type IColleagueCardWebPartProps } from './colleagueCardProperties';

// The root loads in a chunk of its own, so a page with one Kring web part fetches only that one's code, while
// Fluent UI, PnPjs and the services stay in the shared bundle of all Kring web parts.
const ColleagueCardRoot = React.lazy(() =>
  import(/* webpackChunkName: 'kring-colleague-card' */ './components/ColleagueCardRoot').then((module) => ({
    default: module.ColleagueCardRoot
  }))
);

export default class ColleagueCardWebPart extends KringWebPart<IColleagueCardWebPartProps> {
  protected renderRoot(properties: IColleagueCardWebPartProps): React.ReactElement {
    return React.createElement(ColleagueCardRoot, { ...properties });
  }

  protected prefetch(services: KringServices, host: HostInfo, properties: IColleagueCardWebPartProps): void {
    const urlPerson = pageParameter(PERSON_PARAMETER);
    // As ColleagueCardRoot chooses: the configured person, else the one the page's address names.
    const personRef = cardPersonRef(properties, urlPerson) ?? urlPerson;
    if (personRef !== undefined) {
      // The card reports a failure when it asks for the same card itself.
      services.people.getProfileCard(cardLoadRef(personRef, host)).catch(() => undefined);
    }
  }

  protected propertyPage(): PropertyPageDefinition {
    return colleagueCardPropertyPage();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
