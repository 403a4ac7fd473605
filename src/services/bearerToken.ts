import type { Queryable } from '@pnp/queryable';

/** Supplies a bearer token for every request: how clients outside SPFx (workbench, tests) authenticate. */
export type TokenSource = () => string | Promise<string>;

export function BearerToken(getToken: TokenSource): (instance: Queryable) => Queryable {
  return (instance: Queryable) => {
    instance.on.auth.replace(async (url: URL, init: RequestInit): Promise<[URL, RequestInit]> => {
      const token = await getToken();
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}
