import {
  PropertyPaneChoiceGroup,
  PropertyPaneSlider,
  PropertyPaneTextField,
  PropertyPaneToggle,
  type IPropertyPaneConfiguration,
  type IPropertyPaneField
} from '@microsoft/sp-property-pane';
import { personPropertyPaneField } from './personPropertyPaneField';
import type { PropertyFieldDefinition, PropertyPageDefinition } from './propertyFields';
import type { PropertyPaneHost } from './PropertyPaneHost';

function toField(field: PropertyFieldDefinition, host: PropertyPaneHost): IPropertyPaneField<unknown> {
  switch (field.kind) {
    case 'text':
      return PropertyPaneTextField(field.key, {
        label: field.label,
        description: field.description,
        multiline: field.multiline
      });
    case 'choice':
      return PropertyPaneChoiceGroup(field.key, { label: field.label, options: field.options });
    case 'toggle':
      return PropertyPaneToggle(field.key, { label: field.label, onText: field.onText, offText: field.offText });
    case 'number':
      return PropertyPaneSlider(field.key, {
        label: field.label,
        min: field.min,
        max: field.max,
        step: field.step ?? 1
      });
    case 'person':
      return personPropertyPaneField(field, host);
  }
}

/** The SPFx property pane for a page of plain field definitions; `host` renders the custom (person) fields. */
export function toPropertyPane(page: PropertyPageDefinition, host: PropertyPaneHost): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: page.description },
        groups: page.groups.map((group) => ({
          groupName: group.name,
          groupFields: group.fields.map((field) => toField(field, host))
        }))
      }
    ]
  };
}
