import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { KringWebPart } from '../shared/KringWebPart';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import { InterestGroupFeedRoot } from './components/InterestGroupFeedRoot';
import { interestGroupFeedPropertyPage, type IInterestGroupFeedWebPartProps } from './interestGroupFeedProperties';

export default class InterestGroupFeedWebPart extends KringWebPart<IInterestGroupFeedWebPartProps> {
  protected renderRoot(properties: IInterestGroupFeedWebPartProps): React.ReactElement {
    return React.createElement(InterestGroupFeedRoot, { ...properties });
  }

  protected propertyPage(): PropertyPageDefinition {
    return interestGroupFeedPropertyPage();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
