import * as strings from 'InterestGroupFeedWebPartStrings';
import { kringSiteGroup, type KringSiteProperties } from '../shared/kringSiteProperties';
import type { PropertyPageDefinition } from '../shared/propertyFields';

export interface IInterestGroupFeedWebPartProps extends KringSiteProperties {
  title?: string;
  groupIds?: string;
}

export function interestGroupFeedPropertyPage(): PropertyPageDefinition {
  return {
    description: strings.PropertyPaneDescription,
    groups: [
      {
        name: strings.SettingsGroupName,
        fields: [
          { kind: 'text', key: 'title', label: strings.TitleFieldLabel },
          {
            kind: 'text',
            key: 'groupIds',
            label: strings.GroupIdsFieldLabel,
            description: strings.GroupIdsFieldDescription
          }
        ]
      },
      kringSiteGroup()
    ]
  };
}
