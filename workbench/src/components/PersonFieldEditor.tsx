import * as React from 'react';
import type { KringServices } from '../../../src/services/KringServices';
import { ServicesContext } from '../../../src/services/ServicesContext';
import type { PersonFieldDefinition } from '../../../src/webparts/shared/propertyFields';
import { PersonPropertyField } from '../../../src/webparts/shared/PersonPropertyField';

export interface PersonFieldEditorProps {
  field: PersonFieldDefinition;
  value: string;
  services: KringServices;
  onChange: (value: string) => void;
}

/**
 * The property pane's person field as the SPFx pane shows it, searching with the signed-in demo user's services;
 * the panel's own theme applies, as SharePoint's light property pane applies to the SPFx field.
 */
export function PersonFieldEditor({ field, value, services, onChange }: PersonFieldEditorProps): React.ReactElement {
  return (
    <ServicesContext.Provider value={services}>
      <PersonPropertyField label={field.label} description={field.description} value={value} onChange={onChange} />
    </ServicesContext.Provider>
  );
}
