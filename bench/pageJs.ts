/**
 * The JavaScript a SharePoint page loads for Kring's web parts, from the ship build (`gulp bundle --ship`):
 * the shared bundle of all Kring web parts plus, per web part, the chunks its root needs before it renders.
 * React and ReactDOM are not counted: SharePoint supplies them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
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
  const loader = new RegExp(
    `(?:Promise\\.all\\(\\[([^\\]]*)\\]\\)|(\\w+\\.e\\(\\d+\\)))[^;]{0,80}default:\\w+\\.${root}\\b`
  ).exec(bundle);
  const ids = loader ? (loader[1] ?? loader[2]) : '';
  return [...ids.matchAll(/\.e\((\d+)\)/g)].map((match) => match[1]);
}

/** An object literal of the webpack runtime, `{111:"kring-who-knows-what",…}`, as id → value. */
function idMap(literal: string): Map<string, string> {
  return new Map([...literal.matchAll(/(\d+):"([\w-]+)"/g)].map((match) => [match[1], match[2]]));
}

/**
 * The file of a chunk, as the bundle's runtime names it: `"chunk."+({names}[e]||e)+"_"+{hashes}[e]+".js"`, so
 * files of earlier builds left in the folder are never counted.
 */
function chunkFiles(bundle: string): (id: string) => string | undefined {
  const runtime = /"chunk\."\+\(\{([^}]*)\}\[\w+\]\|\|\w+\)\+"_"\+\{([^}]*)\}\[\w+\]\+"\.js"/.exec(bundle);
  const names = idMap(runtime?.[1] ?? '');
  const hashes = idMap(runtime?.[2] ?? '');
  return (id) => {
    const hash = hashes.get(id);
    return hash ? `chunk.${names.get(id) ?? id}_${hash}.js` : undefined;
  };
}

/** The newest shared bundle in the folder (earlier builds leave theirs behind). */
function newestSharedBundle(dir: string, files: string[]): string | undefined {
  return files
    .filter((file) => /^kring-web-parts_[0-9a-f]+\.js$/.test(file))
    .map((file) => ({ file, modified: statSync(join(dir, file)).mtimeMs }))
    .sort((a, b) => b.modified - a.modified)[0]?.file;
}

export function measurePageJs(root: string): PageJs | undefined {
  const dir = join(root, 'release', 'assets');
  if (!existsSync(dir)) {
    return undefined;
  }
  const files = readdirSync(dir);
  const shared = newestSharedBundle(dir, files);
  if (!shared) {
    return undefined;
  }
  const bundle = readFileSync(join(dir, shared), 'utf8');
  const fileOf = chunkFiles(bundle);
  const sharedBytes = gz(join(dir, shared));
  const webParts: PageJs['webParts'] = {};
  const everyChunk = new Map<string, number>();
  for (const name of ROOTS) {
    const chunks: Record<string, number> = {};
    for (const id of chunkIdsOf(bundle, name)) {
      const file = fileOf(id);
      if (file && files.includes(file)) {
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
