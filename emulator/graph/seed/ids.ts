import { createHash } from 'crypto';

/** A stable GUID-shaped id derived from a name, so the same seed always yields the same ids. */
export function stableGuid(...parts: Array<string | number>): string {
  const hex = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** An opaque ETag value for a new version of a row. */
export function newEtag(...parts: Array<string | number>): string {
  return `W/"${createHash('sha1').update(parts.join('\u0000')).digest('base64').slice(0, 16)}"`;
}

/** Lower-case ASCII for mail names: "Ömer van den Brink" -> "omervandenbrink". */
export function asciiFold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
