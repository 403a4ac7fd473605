import type { Faker } from '@faker-js/faker';
import { encodePng, type Rgb } from '../photos/png';

const PALETTE: readonly Rgb[] = [
  [0, 120, 212],
  [16, 124, 16],
  [216, 59, 1],
  [135, 100, 184],
  [0, 153, 188],
  [255, 185, 0]
];

export interface HostedImage {
  width: number;
  height: number;
  bytes: Buffer;
}

/** A small bar chart as a PNG, like a screenshot someone pastes into a post; the same faker state gives the same image. */
export function barChartImage(faker: Faker): HostedImage {
  const width = 200;
  const height = 120;
  const bars = faker.helpers.multiple(() => faker.number.int({ min: 15, max: height - 20 }), { count: 6 });
  const colour = faker.helpers.arrayElement(PALETTE);
  const barWidth = Math.floor(width / bars.length);
  const barPixels = Buffer.alloc((barWidth - 5) * 3);
  for (let x = 0; x < barWidth - 5; x++) {
    barPixels.set(colour, x * 3);
  }
  const bytes = encodePng(width, height, (y, row) => {
    row.fill(250);
    bars.forEach((barHeight, bar) => {
      if (height - y <= barHeight) {
        barPixels.copy(row, (bar * barWidth + 5) * 3);
      }
    });
  });
  return { width, height, bytes };
}

/** An opaque id shaped like Teams' (base64 of the image's internal reference). */
export function hostedContentId(messageId: string, index: number): string {
  return Buffer.from(
    `id=x_0-weu-d${index}-${messageId},type=1,url=https://eu-api.asm.skype.com/v1/objects/0-weu-d${index}-${messageId}/views/imgo`
  ).toString('base64url');
}
