import * as React from 'react';
import { Version } from '@microsoft/sp-core-library';
import { KringWebPart } from '../shared/KringWebPart';
import type { PropertyPageDefinition } from '../shared/propertyFields';
import { ColleagueCardRoot } from './components/ColleagueCardRoot';
import { colleagueCardPropertyPage, type IColleagueCardWebPartProps } from './colleagueCardProperties';

export default class ColleagueCardWebPart extends KringWebPart<IColleagueCardWebPartProps> {
  protected renderRoot(properties: IColleagueCardWebPartProps): React.ReactElement {
    return React.createElement(ColleagueCardRoot, { ...properties });
  }

  protected propertyPage(): PropertyPageDefinition {
    return colleagueCardPropertyPage();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
