/**
 * The JavaScript a SharePoint page loads for Kring's web parts, from the ship build (`gulp bundle --ship`):
 * the shared bundle of all Kring web parts plus, per web part, the chunks its root needs before it renders.
 * React and ReactDOM are not counted: SharePoint supplies them.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';

export interface PageJs {
  sharedBundle: { file: string; gzipBytes: number };
  /** Per web part root: its chunks (file → gz bytes) and the total for a page with only that web part. */
  webParts: Record<string, { chunks: Record<string, number>; pageGzipBytes: number }>;
  /** A page with every Kring web part. */
  allWebPartsGzipBytes: number;
}

const ROOTS = ['InterestGroupFeedRoot', 'ColleagueCardRoot', 'WhoKnowsWhatRoot'];

function gz(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Chunk ids the shared bundle loads before mounting `root` (`Promise.all([b.e(1),b.e(2)]).then(…Root)`). */
function chunkIdsOf(bundle: string, root: string): string[] {
  const loader = new RegExp(`Promise\\.all\\(\\[([^\\]]*)\\]\\)[^;]{0,80}default:\\w+\\.${root}\\b`).exec(bundle);
  return loader ? [...loader[1].matchAll(/\.e\((\d+)\)/g)].map((match) => match[1]) : [];
}

function chunkFile(files: string[], bundle: string, id: string): string | undefined {
  // Named chunks are listed in the runtime's name map; the others are called by their id.
  const names = [...bundle.matchAll(new RegExp(`[{,]${id}:"([\\w-]+)"`, 'g'))].map((match) => match[1]);
  return [...names, id]
    .map((name) => files.find((file) => file.startsWith(`chunk.${name}_`) && file.endsWith('.js')))
    .find((file) => file !== undefined);
}

export function measurePageJs(root: string): PageJs | undefined {
  const dir = join(root, 'release', 'assets');
  if (!existsSync(dir)) {
    return undefined;
  }
  const files = readdirSync(dir);
  const shared = files.find((file) => /^kring-web-parts_[0-9a-f]+\.js$/.test(file));
  if (!shared) {
    return undefined;
  }
  const bundle = readFileSync(join(dir, shared), 'utf8');
  const sharedBytes = gz(join(dir, shared));
  const webParts: PageJs['webParts'] = {};
  const everyChunk = new Map<string, number>();
  for (const name of ROOTS) {
    const chunks: Record<string, number> = {};
    for (const id of chunkIdsOf(bundle, name)) {
      const file = chunkFile(files, bundle, id);
      if (file) {
        chunks[file] = gz(join(dir, file));
        everyChunk.set(file, chunks[file]);
      }
    }
    const own = Object.values(chunks).reduce((sum, bytes) => sum + bytes, 0);
    webParts[name] = { chunks, pageGzipBytes: sharedBytes + own };
  }
  const all = sharedBytes + [...everyChunk.values()].reduce((sum, bytes) => sum + bytes, 0);
  return { sharedBundle: { file: shared, gzipBytes: sharedBytes }, webParts, allWebPartsGzipBytes: all };
}
