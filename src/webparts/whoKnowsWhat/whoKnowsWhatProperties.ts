import * as strings from 'WhoKnowsWhatWebPartStrings';
import type { PropertyPageDefinition } from '../shared/propertyFields';

export interface IWhoKnowsWhatWebPartProps {
  title?: string;
}

export function whoKnowsWhatPropertyPage(): PropertyPageDefinition {
  return {
    description: strings.PropertyPaneDescription,
    groups: [
      {
        name: strings.SettingsGroupName,
        fields: [
          { kind: 'text', key: 'title', label: strings.TitleFieldLabel },
        ]
      }
    ]
  };
}
