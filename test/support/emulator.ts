import type { ChildProcess } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { spawnEmulator, waitForListening } from './emulatorProcess';
import { TEMPLATE_ENV, TEMPLATE_PEOPLE } from './emulatorTemplate';

export interface EmulatorFaults {
  latencyMs?: number;
  failureRate?: number;
  statuses?: number[];
  retryAfterSeconds?: number;
  /** Only the next `count` Graph/SharePoint requests are affected. */
  count?: number;
}

export interface LoggedEmulatorRequest {
  method: string;
  url: string;
  status: number;
  batch?: true;
}

export interface RunningEmulator {
  baseUrl: string;
  graphUrl: string;
  spUrl: string;
  /** A bearer token for a userPrincipalName or id (default: the default demo user), cached per user. */
  token(user?: string): Promise<string>;
  setFaults(faults: EmulatorFaults): Promise<void>;
  clearFaults(): Promise<void>;
  requests(): Promise<LoggedEmulatorRequest[]>;
  clearRequests(): Promise<void>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

async function control(baseUrl: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} ${path} failed with ${response.status}: ${text}`);
  }
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve();
      return;
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Runs an emulator of its own on a free port, on a copy of the template database seeded by the integration
 * project's globalSetup (or a fresh seed when there is no template or another size is asked for).
 */
export async function startEmulator(options: { people?: number } = {}): Promise<RunningEmulator> {
  const dir = mkdtempSync(join(tmpdir(), 'kring-emulator-'));
  const db = join(dir, 'emulator.sqlite');
  const template = process.env[TEMPLATE_ENV];
  const people = options.people ?? TEMPLATE_PEOPLE;
  if (template && existsSync(template) && people === TEMPLATE_PEOPLE) {
    copyFileSync(template, db);
  }
  const child = spawnEmulator(['--port', '0', '--db', db, '--people', String(people)]);
  let port: number;
  try {
    port = await waitForListening(child, 120_000);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const baseUrl = `http://localhost:${port}`;
  const tokens = new Map<string, Promise<string>>();
  return {
    baseUrl,
    graphUrl: `${baseUrl}/v1.0`,
    spUrl: `${baseUrl}/sites/intranet`,
    token(user?: string): Promise<string> {
      const key = user ?? '';
      let token = tokens.get(key);
      if (!token) {
        token = control(baseUrl, 'POST', '/_emulator/token', user === undefined ? {} : { user }).then((answer) => (answer as { access_token: string }).access_token);
        token.catch(() => tokens.delete(key));
        tokens.set(key, token);
      }
      return token;
    },
    setFaults: async (faults) => {
      await control(baseUrl, 'PUT', '/_emulator/faults', faults);
    },
    clearFaults: async () => {
      await control(baseUrl, 'DELETE', '/_emulator/faults');
    },
    requests: async () => (await control(baseUrl, 'GET', '/_emulator/requests')) as LoggedEmulatorRequest[],
    clearRequests: async () => {
      await control(baseUrl, 'DELETE', '/_emulator/requests');
    },
    reset: async () => {
      await control(baseUrl, 'POST', '/_emulator/reset');
    },
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
