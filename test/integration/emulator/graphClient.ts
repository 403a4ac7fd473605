import type { RunningEmulator } from '../../support/emulator';

export interface GraphCall {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** Raw Graph calls as a given demo user (default: the default demo user), for contract details. */
export function rawGraph(emulator: RunningEmulator) {
  return async (
    path: string,
    init: RequestInit & { user?: string; token?: string | null } = {}
  ): Promise<GraphCall> => {
    const { user, token, ...rest } = init;
    const bearer = token === undefined ? await emulator.token(user) : token;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
    if (bearer !== null) {
      headers.Authorization = `Bearer ${bearer}`;
    }
    if (rest.body !== undefined && headers['Content-Type'] === undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(path.startsWith('http') ? path : `${emulator.graphUrl}${path}`, { ...rest, headers });
    const text = await response.text();
    let body: Record<string, unknown> = {};
    if (text !== '') {
      body = JSON.parse(text) as Record<string, unknown>;
    }
    return { status: response.status, headers: response.headers, body };
  };
}

/** Asserts Graph's error JSON shape and returns the error code. */
export function errorCode(call: GraphCall): string {
  const error = call.body.error as
    { code?: unknown; message?: unknown; innerError?: Record<string, unknown> } | undefined;
  expect(error).toBeDefined();
  expect(typeof error?.code).toBe('string');
  expect(typeof error?.message).toBe('string');
  expect(typeof error?.innerError?.date).toBe('string');
  expect(error?.innerError?.['request-id']).toBe(call.headers.get('request-id'));
  expect(typeof error?.innerError?.['client-request-id']).toBe('string');
  return String(error?.code);
}

export const ANNE = 'anne.devries@hogeschool.example';
export const DAAN = 'daan.bakker@hogeschool.example';
