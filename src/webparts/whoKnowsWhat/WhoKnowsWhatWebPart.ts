import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { KringWebPart } from '../shared/KringWebPart';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import { WhoKnowsWhatRoot } from './components/WhoKnowsWhatRoot';
import { whoKnowsWhatPropertyPage, type IWhoKnowsWhatWebPartProps } from './whoKnowsWhatProperties';

export default class WhoKnowsWhatWebPart extends KringWebPart<IWhoKnowsWhatWebPartProps> {
  protected renderRoot(properties: IWhoKnowsWhatWebPartProps): React.ReactElement {
    return React.createElement(WhoKnowsWhatRoot, { ...properties });
  }

  protected propertyPage(): PropertyPageDefinition {
    return whoKnowsWhatPropertyPage();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
