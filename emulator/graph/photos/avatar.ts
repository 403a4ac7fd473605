import { createHash } from 'crypto';
import { encodePng, type Rgb } from './png';

/** Square sizes Graph serves under `/photos/{size}`. */
export const PHOTO_SIZES = [48, 64, 96, 120, 240, 360, 432, 504, 648] as const;
export const DEFAULT_PHOTO_SIZE = 240;

function hsl(h: number, s: number, l: number): Rgb {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number): number => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

/** A head-and-shoulders portrait in colours derived from the user id: the same user always gets the same picture. */
export function renderAvatar(userId: string, size: number): Buffer {
  const digest = createHash('sha1').update(userId).digest();
  const hue = (digest[0] * 360) / 256;
  const background = hsl(hue, 0.45, 0.55);
  const figure = hsl((hue + 180 + digest[1]) % 360, 0.3, 0.88);
  const headY = 0.36 + digest[2] / 2560;
  const headRadius = 0.17 + digest[3] / 5120;
  const backgroundPixel = Buffer.from(background);
  const figurePixel = Buffer.from(figure);
  // Head (a circle) and shoulders (an ellipse) are both centred: each row is background with one centred run of
  // figure, whose half-width follows from the two shapes' equations.
  const halfWidth = (y: number): number => {
    const head = headRadius * headRadius - (y - headY) * (y - headY);
    const shoulders = y > 0.66 ? 0.1 * (1 - ((y - 1.02) * (y - 1.02)) / 0.14) : 0;
    return Math.sqrt(Math.max(head, shoulders, 0));
  };
  return encodePng(size, size, (py, row) => {
    row.fill(backgroundPixel);
    const half = halfWidth((py + 0.5) / size);
    const first = Math.max(0, Math.floor(size * (0.5 - half) - 0.5) + 1);
    const end = Math.min(size, Math.ceil(size * (0.5 + half) - 0.5));
    if (half > 0 && end > first) {
      row.fill(figurePixel, first * 3, end * 3);
    }
  });
}

/** Bounded cache of rendered photos; rendering a 240 px PNG takes a few milliseconds. */
export class PhotoCache {
  private readonly entries = new Map<string, Buffer>();

  public constructor(private readonly capacity = 2000) {}

  public get(userId: string, size: number): Buffer {
    const key = `${userId}:${size}`;
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const image = renderAvatar(userId, size);
    this.entries.set(key, image);
    if (this.entries.size > this.capacity) {
      this.entries.delete(this.entries.keys().next().value as string);
    }
    return image;
  }
}
