import { SharePointError, SP_ERROR_CODES } from '../http/spError';
import { findField, type FieldSchema, type ListSchema } from './listSchema';
import type { FieldValue } from './listStore';

function invalid(message: string): SharePointError {
  return new SharePointError(400, SP_ERROR_CODES.invalidClientQuery, message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function multiValue(field: FieldSchema, value: unknown): string[] {
  // JSON light sends a plain array; verbose wraps it as { __metadata: { type: 'Collection(Edm.String)' }, results: [...] }.
  const list = isRecord(value) && Array.isArray(value.results) ? value.results : value;
  if (!Array.isArray(list) || list.some((entry) => typeof entry !== 'string')) {
    throw invalid(`A value of type 'Collection(Edm.String)' is expected for the property '${field.name}'.`);
  }
  const strings = list as string[];
  return strings.filter((entry, index) => strings.indexOf(entry) === index);
}

function fieldValue(field: FieldSchema, value: unknown): FieldValue {
  if (value === null) {
    return field.type === 'MultiChoice' ? [] : null;
  }
  switch (field.type) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof value !== 'string') {
        throw invalid(
          `Cannot convert a primitive value to the expected type 'Edm.String' of the property '${field.name}'.`
        );
      }
      if (field.maxLength !== undefined && value.length > field.maxLength) {
        throw new SharePointError(
          400,
          '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
          `The value of the field '${field.name}' is longer than ${field.maxLength} characters.`
        );
      }
      return value;
    }
    case 'Boolean':
      if (typeof value !== 'boolean') {
        throw invalid(
          `Cannot convert a primitive value to the expected type 'Edm.Boolean' of the property '${field.name}'.`
        );
      }
      return value;
    case 'Number':
    case 'Integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw invalid(
          `Cannot convert a primitive value to the expected type 'Edm.Double' of the property '${field.name}'.`
        );
      }
      return value;
    case 'DateTime': {
      if (typeof value !== 'string' || !Number.isFinite(Date.parse(value))) {
        throw invalid(
          `Cannot convert a primitive value to the expected type 'Edm.DateTime' of the property '${field.name}'.`
        );
      }
      return new Date(Date.parse(value)).toISOString().replace(/\.\d{3}Z$/, 'Z');
    }
    case 'MultiChoice':
      return multiValue(field, value);
    default:
      throw invalid(`The property '${field.name}' cannot be set.`);
  }
}

/**
 * The field values of a create or update body, checked against the list's columns as SharePoint checks them:
 * unknown properties and wrongly typed values are 400s; OData annotations are ignored.
 */
export function readItemPayload(body: unknown, schema: ListSchema): Record<string, FieldValue> {
  if (!isRecord(body)) {
    throw new SharePointError(
      400,
      '-1, Microsoft.OData.ODataException',
      'Invalid JSON. A token was not recognized in the JSON content.'
    );
  }
  const values: Record<string, FieldValue> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '__metadata' || name.startsWith('odata.') || name.includes('@odata.')) {
      continue;
    }
    const field = findField(schema, name);
    if (!field || field.name !== name) {
      throw invalid(
        `The property '${name}' does not exist on type '${schema.entityTypeName}'. Make sure to only use property names that are defined by the type.`
      );
    }
    if (field.readOnly) {
      throw invalid(`The property '${name}' is read-only and cannot be set.`);
    }
    values[field.name] = fieldValue(field, value);
  }
  return values;
}
