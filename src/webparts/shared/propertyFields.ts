/**
 * Property pane fields as plain data, so the SPFx property pane and the local workbench's edit panel are
 * rendered from the same definitions.
 */
export type PropertyFieldDefinition =
  | { kind: 'text'; key: string; label: string; description?: string; multiline?: boolean }
  | { kind: 'choice'; key: string; label: string; options: { key: string; text: string }[] }
  | { kind: 'toggle'; key: string; label: string; onText?: string; offText?: string }
  | { kind: 'number'; key: string; label: string; min: number; max: number; step?: number }
  | PersonFieldDefinition;

/** A colleague chosen with the people picker; the stored value is their user principal name (or id). */
export interface PersonFieldDefinition {
  kind: 'person';
  key: string;
  label: string;
  description?: string;
}

export interface PropertyPageDefinition {
  description: string;
  groups: { name: string; fields: PropertyFieldDefinition[] }[];
}
