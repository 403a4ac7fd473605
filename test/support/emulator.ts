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
  /** A drop (status 0) after the request was handled: a write is stored, its answer lost. */
  afterStore?: boolean;
}

export interface LoggedEmulatorRequest {
  /** Position in the emulator's log, counting up from 1 since it started. */
  seq?: number;
  /** When the emulator received the request (ISO time). */
  at?: string;
  method: string;
  url: string;
  status: number;
  batch?: true;
}

/** `GET /_emulator/requests` options: only entries after `since` (a `seq`), newest first with `order: 'desc'`. */
export interface RequestLogQuery {
  since?: number;
  order?: 'asc' | 'desc';
}

/** A tenant property (storage entity) as the control API shows it. */
export interface EmulatorStorageEntity {
  key: string;
  value: string;
  description: string | null;
  comment: string | null;
}

/** `PUT /_emulator/throttling`: Graph's throttling of channel-message requests (on by default, as in Graph). */
export interface EmulatorThrottling {
  channelMessages: boolean;
}

/** `PUT /_emulator/membership`: `documented` (owners only, the default) or `permissive` (self-join of public groups). */
export interface EmulatorMembership {
  selfService: 'documented' | 'permissive';
}

/** A thread made through `POST /_emulator/threads`, in its team's General channel. */
export interface CreatedThread {
  teamId: string;
  channelId: string;
  id: string;
}

export interface SharePointCallInit extends Omit<RequestInit, 'headers'> {
  /** The site: `intranet` (the default) or a team site's name (its group's mailNickname). */
  site?: string;
  /** Whose bearer token to send (default: the default demo user); `null` sends none. */
  user?: string | null;
  /** The Accept header; default `application/json;odata=nometadata`. */
  accept?: string;
  headers?: Record<string, string>;
}

export interface SharePointAnswer {
  status: number;
  headers: Headers;
  /** The parsed body, undefined when empty. */
  json: unknown;
  text: string;
}

export interface RunningEmulator {
  baseUrl: string;
  graphUrl: string;
  spUrl: string;
  /** The absolute URL of a site: `intranet` or a team site's name. */
  spUrlFor(site: string): string;
  /** A bearer token for a userPrincipalName or id (default: the default demo user), cached per user. */
  token(user?: string): Promise<string>;
  /** A raw SharePoint REST call, e.g. `spFetch('/_api/web', { site: 'ig-toetsing' })`, with a bearer token. */
  spFetch(path: string, init?: SharePointCallInit): Promise<SharePointAnswer>;
  setFaults(faults: EmulatorFaults): Promise<void>;
  clearFaults(): Promise<void>;
  requests(query?: RequestLogQuery): Promise<LoggedEmulatorRequest[]>;
  clearRequests(): Promise<void>;
  storageEntities(): Promise<EmulatorStorageEntity[]>;
  /** Like `Set-PnPStorageEntity`: sets a tenant property. */
  setStorageEntity(key: string, value: string, details?: { description?: string; comment?: string }): Promise<void>;
  /** Like `Remove-PnPStorageEntity`. */
  removeStorageEntity(key: string): Promise<void>;
  reset(): Promise<void>;
  stop(): Promise<void>;
  throttling(): Promise<EmulatorThrottling>;
  setThrottling(settings: EmulatorThrottling): Promise<void>;
  membership(): Promise<EmulatorMembership>;
  setMembership(settings: EmulatorMembership): Promise<void>;
  /** Stores a thread with `replies` replies (one a minute up to now) in a group's General channel at once. */
  createThread(group: string, replies: number, user?: string): Promise<CreatedThread>;
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

function logQuery(query: RequestLogQuery): string {
  const params = new URLSearchParams();
  if (query.since !== undefined) {
    params.set('since', String(query.since));
  }
  if (query.order) {
    params.set('order', query.order);
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

async function sharePointCall(
  siteUrl: string,
  path: string,
  token: string | undefined,
  init: SharePointCallInit
): Promise<SharePointAnswer> {
  const { site: _site, user: _user, accept, headers, ...rest } = init;
  const response = await fetch(`${siteUrl}${path}`, {
    ...rest,
    headers: {
      Accept: accept ?? 'application/json;odata=nometadata',
      ...(token === undefined ? {} : { Authorization: `Bearer ${token}` }),
      ...(rest.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...headers
    }
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    json: text === '' ? undefined : (JSON.parse(text) as unknown),
    text
  };
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
  const token = (user?: string): Promise<string> => {
    const key = user ?? '';
    let cached = tokens.get(key);
    if (!cached) {
      cached = control(baseUrl, 'POST', '/_emulator/token', user === undefined ? {} : { user }).then(
        (answer) => (answer as { access_token: string }).access_token
      );
      cached.catch(() => tokens.delete(key));
      tokens.set(key, cached);
    }
    return cached;
  };
  const spUrlFor = (site: string): string => `${baseUrl}/sites/${site}`;
  return {
    baseUrl,
    graphUrl: `${baseUrl}/v1.0`,
    spUrl: spUrlFor('intranet'),
    spUrlFor,
    token,
    spFetch: async (path, init = {}) =>
      sharePointCall(
        spUrlFor(init.site ?? 'intranet'),
        path,
        init.user === null ? undefined : await token(init.user),
        init
      ),
    setFaults: async (faults) => {
      await control(baseUrl, 'PUT', '/_emulator/faults', faults);
    },
    clearFaults: async () => {
      await control(baseUrl, 'DELETE', '/_emulator/faults');
    },
    requests: async (query = {}) =>
      (await control(baseUrl, 'GET', `/_emulator/requests${logQuery(query)}`)) as LoggedEmulatorRequest[],
    clearRequests: async () => {
      await control(baseUrl, 'DELETE', '/_emulator/requests');
    },
    storageEntities: async () =>
      (await control(baseUrl, 'GET', '/_emulator/storage-entities')) as EmulatorStorageEntity[],
    setStorageEntity: async (key, value, details = {}) => {
      await control(baseUrl, 'PUT', `/_emulator/storage-entities/${encodeURIComponent(key)}`, { value, ...details });
    },
    removeStorageEntity: async (key) => {
      await control(baseUrl, 'DELETE', `/_emulator/storage-entities/${encodeURIComponent(key)}`);
    },
    reset: async () => {
      await control(baseUrl, 'POST', '/_emulator/reset');
    },
    throttling: async () => (await control(baseUrl, 'GET', '/_emulator/throttling')) as EmulatorThrottling,
    setThrottling: async (settings) => {
      await control(baseUrl, 'PUT', '/_emulator/throttling', settings);
    },
    membership: async () => (await control(baseUrl, 'GET', '/_emulator/membership')) as EmulatorMembership,
    setMembership: async (settings) => {
      await control(baseUrl, 'PUT', '/_emulator/membership', settings);
    },
    createThread: async (group, replies, user) =>
      (await control(baseUrl, 'POST', '/_emulator/threads', { group, replies, user })) as CreatedThread,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
