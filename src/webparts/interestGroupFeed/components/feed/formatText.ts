/** Fills `{0}`, `{1}`, … of a localised string: the one formatter the feed's modules share. */
export function format(template: string, ...values: (string | number)[]): string {
  return values.reduce<string>((text, value, index) => text.replace(`{${index}}`, String(value)), template);
}
