import { spawn, type ChildProcess } from 'child_process';
import { join } from 'path';

/** The repository root, from test/support. */
export const REPO_ROOT = join(__dirname, '..', '..');

/** Starts `emulator/main.ts` with tsx in a child process (never imported into jest). */
export function spawnEmulator(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'emulator', 'main.ts'), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, KRING_EMULATOR_PORT: undefined, KRING_EMULATOR_DB: undefined },
    stdio: ['ignore', 'pipe', 'pipe']
  });
}

/** Resolves with the port once the emulator prints its listening line; rejects if it exits first. */
export function waitForListening(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The emulator did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The emulator exited with code ${code}:\n${output}`));
    });
  });
}

/** Resolves when the child exits with code 0. */
export function waitForExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The emulator seed did not finish within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) {
        resolve();
      } else {
        reject(new Error(`The emulator seed exited with code ${code}:\n${output}`));
      }
    });
  });
}
