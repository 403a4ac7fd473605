import * as strings from 'ColleagueCardWebPartStrings';
import type { PropertyPageDefinition } from '../shared/propertyFields';

export interface IColleagueCardWebPartProps {
  title?: string;
  person?: string;
}

export function colleagueCardPropertyPage(): PropertyPageDefinition {
  return {
    description: strings.PropertyPaneDescription,
    groups: [
      {
        name: strings.SettingsGroupName,
        fields: [
          { kind: 'text', key: 'title', label: strings.TitleFieldLabel },
        { kind: 'text', key: 'person', label: strings.PersonFieldLabel, description: strings.PersonFieldDescription },
        ]
      }
    ]
  };
}
