import * as strings from 'ColleagueCardWebPartStrings';
import { kringSiteGroup, type KringSiteProperties } from '../shared/kringSiteProperties';
import type { PropertyPageDefinition } from '../shared/propertyFields';

/** Whose card the web part shows. */
export type ColleagueCardSource = 'me' | 'person' | 'url';

export interface IColleagueCardWebPartProps extends KringSiteProperties {
  title?: string;
  /** Unset: the chosen person when there is one, else the page's `?person=`, else the signed-in user. */
  source?: ColleagueCardSource;
  /** User principal name or Entra object id, for `source: 'person'`. */
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
          {
            kind: 'choice',
            key: 'source',
            label: strings.SourceFieldLabel,
            options: [
              { key: 'me', text: strings.SourceMe },
              { key: 'person', text: strings.SourcePerson },
              { key: 'url', text: strings.SourceUrl }
            ]
          },
          {
            kind: 'person',
            key: 'person',
            label: strings.PersonFieldLabel,
            description: strings.PersonFieldDescription
          }
        ]
      },
      kringSiteGroup()
    ]
  };
}

/** The person reference (`me`, a UPN or an id) the card shows for these properties and page URL. */
export function cardPersonRef(
  properties: IColleagueCardWebPartProps,
  urlPerson: string | undefined
): string | undefined {
  const chosen = properties.person?.trim() || undefined;
  switch (properties.source) {
    case 'me':
      return 'me';
    case 'person':
      return chosen;
    case 'url':
      return urlPerson ?? 'me';
    default:
      return chosen ?? urlPerson ?? 'me';
  }
}
