import * as strings from 'WhoKnowsWhatWebPartStrings';
import { kringSiteGroup, type KringSiteProperties } from '../shared/kringSiteProperties';
import type { PropertyPageDefinition } from '../shared/propertyFields';

export interface IWhoKnowsWhatWebPartProps extends KringSiteProperties {
  title?: string;
}

export function whoKnowsWhatPropertyPage(): PropertyPageDefinition {
  return {
    description: strings.PropertyPaneDescription,
    groups: [
      {
        name: strings.SettingsGroupName,
        fields: [{ kind: 'text', key: 'title', label: strings.TitleFieldLabel }]
      },
      kringSiteGroup()
    ]
  };
}
