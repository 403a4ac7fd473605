import { SharePointError, SP_ERROR_CODES } from '../http/spError';

/** `$select` on an entity (web, list): only the named properties, or a 400 for one the type does not have. */
export function selectProperties(
  values: Readonly<Record<string, unknown>>,
  select: string | undefined,
  typeName: string
): Record<string, unknown> {
  if (select === undefined || select.trim() === '' || select.trim() === '*') {
    return { ...values };
  }
  const picked: Record<string, unknown> = {};
  for (const name of select.split(',').map((part) => part.trim())) {
    if (!Object.prototype.hasOwnProperty.call(values, name)) {
      throw new SharePointError(
        400,
        SP_ERROR_CODES.invalidClientQuery,
        `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
      );
    }
    picked[name] = values[name];
  }
  return picked;
}
