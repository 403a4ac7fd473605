import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { KringWebPart } from '../shared/KringWebPart';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import { whoKnowsWhatPropertyPage, type IWhoKnowsWhatWebPartProps } from './whoKnowsWhatProperties';

// The root loads in a chunk of its own, so a page with one Kring web part fetches only that one's code, while
// Fluent UI, PnPjs and the services stay in the shared bundle of all Kring web parts.
const WhoKnowsWhatRoot = React.lazy(() =>
  import(/* webpackChunkName: 'kring-who-knows-what' */ './components/WhoKnowsWhatRoot').then((module) => ({
    default: module.WhoKnowsWhatRoot
  }))
);

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
