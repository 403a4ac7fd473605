/** A multiple-choice field as SharePoint REST returns it: an array (nometadata), `{results}` (verbose) or `;#` text. */
export type SpMultiValue = string[] | { results?: string[] } | string | null | undefined;

/** The values of a multiple-choice field, without empty ones. */
export function multiValue(value: SpMultiValue): string[] {
  if (Array.isArray(value)) {
    return value.filter((v) => typeof v === 'string' && v.trim() !== '');
  }
  if (value && typeof value === 'object' && Array.isArray(value.results)) {
    return value.results.filter((v) => typeof v === 'string' && v.trim() !== '');
  }
  if (typeof value === 'string') {
    return value
      .split(';#')
      .map((v) => v.trim())
      .filter((v) => v !== '');
  }
  return [];
}
