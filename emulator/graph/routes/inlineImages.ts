import { badRequest } from '../../shared/http/errors';
import type { HostedContentRow } from '../../shared/store/rows';
import { hostedContentId } from '../seed/hostedImages';

/** An image sent with a new message ("Send chatMessage", example 5): its bytes and the id the body uses for it. */
export interface InlineImage {
  temporaryId: string;
  contentType: string;
  bytes: Buffer;
}

const MAX_IMAGES = 10;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const IMAGE_TYPE = /^image\/[a-z0-9.+-]{1,50}$/i;

/** The `../hostedContents/{temporaryId}/$value` reference the body carries for one image. */
function placeholderOf(temporaryId: string): string {
  return `../hostedContents/${temporaryId}/$value`;
}

function parseImage(item: unknown, content: string): InlineImage {
  const image = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
  const temporaryId = image['@microsoft.graph.temporaryId'];
  const bytes = typeof image.contentBytes === 'string' ? image.contentBytes.replace(/\s+/g, '') : '';
  if (typeof temporaryId !== 'string' || !/^[A-Za-z0-9_-]{1,100}$/.test(temporaryId)) {
    throw badRequest("Each hosted content needs an '@microsoft.graph.temporaryId'.");
  }
  if (!BASE64.test(bytes) || typeof image.contentType !== 'string' || !IMAGE_TYPE.test(image.contentType)) {
    throw badRequest(
      `Hosted content ${temporaryId} needs base64 'contentBytes' and an image 'contentType' such as image/png.`
    );
  }
  if (!content.includes(placeholderOf(temporaryId))) {
    throw badRequest(`Hosted content ${temporaryId} is not referenced in the body as ${placeholderOf(temporaryId)}.`);
  }
  return { temporaryId, contentType: image.contentType.toLowerCase(), bytes: Buffer.from(bytes, 'base64') };
}

/** The `hostedContents` of a new message: each with a temporary id that the body refers to. */
export function parseHostedContents(value: unknown, content: string): InlineImage[] {
  if (value === undefined || value === null) {
    return [];
  }
  if (!Array.isArray(value) || value.length > MAX_IMAGES) {
    throw badRequest(`'hostedContents' must be an array of at most ${MAX_IMAGES} hosted contents.`);
  }
  const images = value.map((item) => parseImage(item, content));
  if (new Set(images.map((image) => image.temporaryId)).size !== images.length) {
    throw badRequest('Each hosted content needs a temporaryId of its own.');
  }
  return images;
}

/**
 * Gives each image its lasting id and points the body at `{messageUrl}/hostedContents/{id}/$value`, where Graph
 * serves it once the message is stored.
 */
export function placeInlineImages(
  content: string,
  images: readonly InlineImage[],
  target: { channelId: string; messageId: string; messageUrl: string }
): { content: string; rows: HostedContentRow[] } {
  let placed = content;
  const rows = images.map((image, index): HostedContentRow => {
    const id = hostedContentId(target.messageId, index + 1);
    placed = placed.split(placeholderOf(image.temporaryId)).join(`${target.messageUrl}/hostedContents/${id}/$value`);
    return {
      channelId: target.channelId,
      messageId: target.messageId,
      id,
      contentType: image.contentType,
      bytes: image.bytes
    };
  });
  return { content: placed, rows };
}
