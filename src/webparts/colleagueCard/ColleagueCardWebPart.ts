import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { HostInfo } from '../../host/HostInfo';
import type { KringServices } from '../../services/KringServices';
import { KringWebPart } from '../shared/KringWebPart';
import { prefetchColleagueCard } from './prefetchColleagueCard';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import { colleagueCardPropertyPage, type IColleagueCardWebPartProps } from './colleagueCardProperties';

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
    prefetchColleagueCard(services, host, properties);
  }

  protected propertyPage(): PropertyPageDefinition {
    return colleagueCardPropertyPage();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
