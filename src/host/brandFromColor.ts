import type { BrandVariants } from '@fluentui/react-components';

interface Rgb {
  r: number;
  g: number;
  b: number;
}

function parseHex(hex: string): Rgb | undefined {
  const match = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!match) {
    return undefined;
  }
  const digits =
    match[1].length === 3
      ? match[1]
          .split('')
          .map((d) => d + d)
          .join('')
      : match[1];
  return {
    r: parseInt(digits.slice(0, 2), 16),
    g: parseInt(digits.slice(2, 4), 16),
    b: parseInt(digits.slice(4, 6), 16)
  };
}

function toHex({ r, g, b }: Rgb): string {
  const part = (n: number): string =>
    Math.round(Math.max(0, Math.min(255, n)))
      .toString(16)
      .padStart(2, '0');
  return `#${part(r)}${part(g)}${part(b)}`;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return {
    r: from.r + (to.r - from.r) * amount,
    g: from.g + (to.g - from.g) * amount,
    b: from.b + (to.b - from.b) * amount
  };
}

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/**
 * Builds the 16-step Fluent v9 brand ramp around a SharePoint theme's primary colour: step 80 is the colour
 * itself, lower steps shade towards black, higher steps tint towards white.
 */
export function brandFromColor(primary: string): BrandVariants | undefined {
  const base = parseHex(primary);
  if (!base) {
    return undefined;
  }
  const steps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;
  const ramp: Record<number, string> = {};
  for (const step of steps) {
    ramp[step] =
      step <= 80
        ? toHex(mix(BLACK, base, 0.12 + (0.88 * (step - 10)) / 70))
        : toHex(mix(base, WHITE, ((step - 80) / 80) * 0.9));
  }
  return ramp as BrandVariants;
}
