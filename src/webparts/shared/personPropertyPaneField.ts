import * as React from 'react';
import {
  PropertyPaneFieldType,
  type IPropertyPaneCustomFieldProps,
  type IPropertyPaneField
} from '@microsoft/sp-property-pane';
import { LazyPersonPropertyField } from './lazyPropertyFields';
import type { PersonFieldDefinition } from './propertyFields';
import type { PropertyPaneHost } from './PropertyPaneHost';

/** A `person` field as an SPFx custom property pane field that renders the shared people picker. */
export function personPropertyPaneField(
  field: PersonFieldDefinition,
  host: PropertyPaneHost
): IPropertyPaneField<IPropertyPaneCustomFieldProps> {
  return {
    type: PropertyPaneFieldType.Custom,
    targetProperty: field.key,
    properties: {
      key: `kring-person-${field.key}`,
      onRender: (element, _context, changeCallback) => {
        const value = host.value(field.key);
        host.mount(
          element,
          React.createElement(LazyPersonPropertyField, {
            label: field.label,
            description: field.description,
            value: typeof value === 'string' ? value : '',
            onChange: (next: string) => changeCallback?.(field.key, next)
          })
        );
      },
      onDispose: (element) => host.unmount(element)
    }
  };
}
