import type { IssuedToken } from './tokenSource';

/** A featured demo persona the emulator offers for signing in. */
export interface DemoAccount {
  id: string;
  userPrincipalName: string;
  displayName: string;
  jobTitle?: string;
  department?: string;
}

export interface RequestLogEntry {
  /** Position in the emulator's log, counting up from its start; absent from emulators before `?since=`. */
  seq?: number;
  /** When the emulator received the request (ISO time or epoch milliseconds). */
  at?: string | number;
  method: string;
  url: string;
  status: number;
  batch?: boolean;
}

/** `GET /_emulator/requests` options; an emulator that does not know them answers the whole log, oldest first. */
export interface RequestLogQuery {
  /** Only entries with a larger `seq`. */
  since?: number;
  order?: 'asc' | 'desc';
}

export interface FaultSettings {
  latencyMs?: number;
  failureRate?: number;
  statuses?: number[];
  retryAfterSeconds?: number;
  /** Faults switch themselves off after this many requests. */
  count?: number;
}

/** The emulator's control API (`/_emulator/*`): demo accounts, tokens, faults and the request log. */
export class EmulatorControl {
  public constructor(public readonly baseUrl: string) {}

  public get graphUrl(): string {
    return `${this.baseUrl}/v1.0`;
  }

  public get spUrl(): string {
    return `${this.baseUrl}/sites/intranet`;
  }

  /** The team site a Teams tab's page belongs to: the tab's group's, or the user's first team's. */
  public async teamSiteUrl(user: string, groupId: string | undefined): Promise<string> {
    const search = new URLSearchParams({ user, ...(groupId ? { group: groupId } : {}) });
    const { siteUrl } = await this.json<{ siteUrl: string }>('GET', `/_emulator/team-site?${search.toString()}`);
    return `${this.baseUrl}${siteUrl}`;
  }

  public async accounts(): Promise<DemoAccount[]> {
    return this.json<DemoAccount[]>('GET', '/_emulator/accounts');
  }

  /** A bearer token for a demo user (UPN or id), or for the default demo user. */
  public async token(user?: string): Promise<IssuedToken> {
    const body = await this.json<{ access_token: string; expires_in?: number }>(
      'POST',
      '/_emulator/token',
      user ? { user } : {}
    );
    return { accessToken: body.access_token, expiresInSeconds: body.expires_in };
  }

  public async setFaults(faults: FaultSettings): Promise<void> {
    await this.send('PUT', '/_emulator/faults', faults);
  }

  public async clearFaults(): Promise<void> {
    await this.send('DELETE', '/_emulator/faults');
  }

  public async faults(): Promise<FaultSettings> {
    return this.json<FaultSettings>('GET', '/_emulator/faults');
  }

  public async requests(query: RequestLogQuery = {}): Promise<RequestLogEntry[]> {
    const params = new URLSearchParams();
    if (query.since !== undefined) {
      params.set('since', String(query.since));
    }
    if (query.order) {
      params.set('order', query.order);
    }
    const search = params.toString();
    return this.json<RequestLogEntry[]>('GET', `/_emulator/requests${search ? `?${search}` : ''}`);
  }

  private async send(method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    if (!response.ok) {
      throw new Error(`${method} ${path} answered ${response.status}`);
    }
    return response;
  }

  private async json<T>(method: string, path: string, body?: unknown): Promise<T> {
    return (await (await this.send(method, path, body)).json()) as T;
  }
}
