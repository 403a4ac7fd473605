import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import type { KringServices } from '../../services/KringServices';
import { KringWebPart } from '../shared/KringWebPart';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import { prefetchInterestGroupFeed } from './prefetchInterestGroupFeed';
import { interestGroupFeedPropertyPage, type IInterestGroupFeedWebPartProps } from './interestGroupFeedProperties';

// The root loads in a chunk of its own, so a page with one Kring web part fetches only that one's code, while
// Fluent UI, PnPjs and the services stay in the shared bundle of all Kring web parts.
const InterestGroupFeedRoot = React.lazy(() =>
  import(/* webpackChunkName: 'kring-interest-group-feed' */ './components/InterestGroupFeedRoot').then((module) => ({
    default: module.InterestGroupFeedRoot
  }))
);

export default class InterestGroupFeedWebPart extends KringWebPart<IInterestGroupFeedWebPartProps> {
  protected renderRoot(properties: IInterestGroupFeedWebPartProps): React.ReactElement {
    return React.createElement(InterestGroupFeedRoot, { ...properties });
  }

  protected prefetch(services: KringServices): void {
    prefetchInterestGroupFeed(services);
  }

  protected propertyPage(): PropertyPageDefinition {
    return interestGroupFeedPropertyPage();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
