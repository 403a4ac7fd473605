import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * Cold start of the emulator: from process start to "listening", once on a new database (seeding included) and once
 * more on the database that run left behind. Usage: tsx bench/emulator/coldStart.ts [--people 1500]
 */
function startOnce(db: string, people: number): Promise<{ milliseconds: number; output: string }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, '..', '..', 'emulator', 'main.ts'),
        '--port',
        '0',
        '--db',
        db,
        '--people',
        String(people)
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (/listening on/.test(output)) {
        const milliseconds = Date.now() - started;
        child.once('exit', () => resolve({ milliseconds, output }));
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => {
      if (!/listening on/.test(output)) {
        reject(new Error(`The emulator exited with ${code}: ${output}`));
      }
    });
  });
}

async function main(): Promise<void> {
  const index = process.argv.indexOf('--people');
  const people = index >= 0 ? Number(process.argv[index + 1]) : 1500;
  const dir = mkdtempSync(join(tmpdir(), 'kring-cold-start-'));
  try {
    const db = join(dir, 'emulator.sqlite');
    const fresh = await startOnce(db, people);
    const existing = await startOnce(db, people);
    const seeded = /Seeded .*/.exec(fresh.output)?.[0];
    console.log(
      JSON.stringify(
        { people, newDatabaseMs: fresh.milliseconds, seedLine: seeded, existingDatabaseMs: existing.milliseconds },
        null,
        2
      )
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
