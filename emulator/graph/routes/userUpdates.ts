import { badRequest, forbidden } from '../../shared/http/errors';
import type { EditableUserColumn } from '../store/userStore';
import { isProfileProperty, PROFILE_PROPERTIES, USER_PROPERTIES } from '../views/userView';

const BASIC_EDITABLE = new Set(['businessPhones', 'mobilePhone', 'officeLocation', 'preferredLanguage']);
const STRING_PROPERTIES = new Set(['aboutMe', 'mobilePhone', 'officeLocation', 'preferredLanguage']);

function isStringArray(value: unknown): value is string[] {
  return (
    Array.isArray(value) &&
    value.length <= 200 &&
    value.every((item) => typeof item === 'string' && item.length <= 1000)
  );
}

function columnValue(name: string, value: unknown): string | null {
  if (STRING_PROPERTIES.has(name)) {
    if (value !== null && (typeof value !== 'string' || value.length > 10_000)) {
      throw badRequest(`Invalid value for property '${name}': a string is expected.`, 'Request_BadRequest');
    }
    return value;
  }
  if (!isStringArray(value)) {
    throw badRequest(
      `Invalid value for property '${name}': a collection of strings is expected.`,
      'Request_BadRequest'
    );
  }
  return JSON.stringify(value);
}

/** Validates a `PATCH /me` body into column updates; profile properties must come in a request of their own. */
export function userUpdates(body: Record<string, unknown>): Partial<Record<EditableUserColumn, string | null>> {
  const names = Object.keys(body);
  if (names.length === 0) {
    throw badRequest('The request body must name at least one property to update.');
  }
  const profile = names.filter(isProfileProperty);
  if (profile.length > 0 && profile.length !== names.length) {
    throw badRequest(
      `The properties ${PROFILE_PROPERTIES.join(', ')} must be updated in a request of their own, without other user properties.`,
      'Request_BadRequest'
    );
  }
  const updates: Partial<Record<EditableUserColumn, string | null>> = {};
  for (const name of names) {
    if (!USER_PROPERTIES.has(name)) {
      throw badRequest(`Property '${name}' does not exist on type 'microsoft.graph.user'.`, 'Request_BadRequest');
    }
    if (!isProfileProperty(name) && !BASIC_EDITABLE.has(name)) {
      throw forbidden();
    }
    updates[name as EditableUserColumn] = columnValue(name, body[name]);
  }
  return updates;
}
