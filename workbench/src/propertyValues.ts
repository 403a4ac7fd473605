import type { PropertyFieldDefinition, PropertyPageDefinition } from '../../src/webparts/shared/propertyFields';

/** Web part property values as the SPFx property pane stores them. */
export type PropertyValue = string | boolean | number;
export type PropertyValues = Record<string, PropertyValue | undefined>;

export function pageFields(page: PropertyPageDefinition): PropertyFieldDefinition[] {
  return page.groups.flatMap((group) => group.fields);
}

/** A `prop.<name>=value` string turned into the type its field stores; undefined when it does not fit. */
export function parsePropertyValue(field: PropertyFieldDefinition, raw: string): PropertyValue | undefined {
  switch (field.kind) {
    case 'text':
    case 'person':
      return raw;
    case 'choice':
      return field.options.some((option) => option.key === raw) ? raw : undefined;
    case 'toggle':
      return raw === 'true' ? true : raw === 'false' ? false : undefined;
    case 'number': {
      const value = Number(raw);
      return raw.trim() !== '' && Number.isFinite(value) ? Math.min(field.max, Math.max(field.min, value)) : undefined;
    }
  }
}

/** The query's `prop.*` values that this property page defines, typed. */
export function propertiesFromQuery(page: PropertyPageDefinition, raw: Record<string, string>): PropertyValues {
  const values: PropertyValues = {};
  for (const field of pageFields(page)) {
    const value = raw[field.key] === undefined ? undefined : parsePropertyValue(field, raw[field.key]);
    if (value !== undefined) {
      values[field.key] = value;
    }
  }
  return values;
}

/** Property values as `prop.*` strings, for the URL. */
export function propertiesToQuery(values: PropertyValues): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') {
      raw[key] = String(value);
    }
  }
  return raw;
}
