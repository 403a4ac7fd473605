import { createHash } from 'crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, relative } from 'path';
import { REPO_ROOT, spawnEmulator, waitForExit } from './emulatorProcess';

export const TEMPLATE_ENV = 'KRING_EMULATOR_TEMPLATE_DB';
export const TEMPLATE_PEOPLE = 1500;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|json|xml)$/.test(path) ? [path] : [];
  });
}

/** A key over everything that shapes the seeded data, so a template is reused only while the seed code is unchanged. */
function seedKey(): string {
  const hash = createHash('sha1');
  const roots = [
    join(REPO_ROOT, 'emulator'),
    join(REPO_ROOT, 'src', 'model'),
    join(REPO_ROOT, 'sharepoint', 'assets')
  ].filter(existsSync);
  for (const file of roots.flatMap(sourceFiles).sort()) {
    hash.update(relative(REPO_ROOT, file)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Seeds the template database once (cached across runs by seed-code hash) and returns its path. */
export async function ensureTemplateDatabase(): Promise<string> {
  const dir = join(tmpdir(), 'kring-emulator-templates');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${seedKey()}-${TEMPLATE_PEOPLE}.sqlite`);
  if (existsSync(path)) {
    return path;
  }
  const building = `${path}.${process.pid}.tmp`;
  await waitForExit(spawnEmulator(['--seed-only', '--db', building, '--people', String(TEMPLATE_PEOPLE)]), 180_000);
  renameSync(building, path);
  for (const name of readdirSync(dir)) {
    const other = join(dir, name);
    if (other !== path && !name.includes('.tmp')) {
      rmSync(other, { force: true });
    }
  }
  return path;
}
