import { parseBinderWithErrorCheck } from '@pnp/queryable';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...Array.from(bytes.subarray(i, i + 0x8000)));
  }
  return btoa(binary);
}

/**
 * Turns a photo answer into a `data:` URL. Inside a `$batch` Graph sends image bytes base64-encoded in the
 * JSON body and PnPjs hands that text on as the body; outside a batch the body is the image itself.
 */
export async function photoDataUrl(response: Response): Promise<string> {
  const contentType = response.headers.get('Content-Type')?.split(';')[0].trim() || 'image/jpeg';
  const bytes = new Uint8Array(await response.arrayBuffer());
  let text = '';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).trim();
  } catch {
    text = '';
  }
  if (text.startsWith('"') && text.endsWith('"')) {
    text = text.slice(1, -1);
  }
  const base64 = BASE64.test(text.replace(/\s/g, '')) ? text.replace(/\s/g, '') : bytesToBase64(bytes);
  const mime = contentType.startsWith('image/') ? contentType : 'image/jpeg';
  return `data:${mime};base64,${base64}`;
}

/** PnPjs parse behaviour for photo `$value` requests. */
export function PhotoDataUrlParse(): ReturnType<typeof parseBinderWithErrorCheck> {
  return parseBinderWithErrorCheck((response) => photoDataUrl(response));
}
