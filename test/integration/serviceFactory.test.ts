import { createServer, type IncomingMessage, type Server } from 'http';
import type { AddressInfo } from 'net';
import { createBrowserClients } from '../../src/services/clients';
import { createServices } from '../../src/services/createServices';
import { ServiceError } from '../../src/services/ServiceError';

interface SeenRequest {
  method?: string;
  url?: string;
  authorization?: string;
}

/** A tiny stand-in Graph that records what the product's clients send. */
function startGraph(
  respond: (req: IncomingMessage) => { status: number; body: unknown }
): Promise<{ server: Server; base: string; seen: SeenRequest[] }> {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
    const { status, body } = respond(req);
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}`, seen });
    });
  });
}

describe('service factory wiring', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('sends Graph calls to the configured base URL with the bearer token and $select, and maps the answer', async () => {
    const graph = await startGraph(() => ({
      status: 200,
      body: {
        id: 'u1',
        displayName: 'Anne de Vries',
        userPrincipalName: 'anne@hva.example',
        jobTitle: 'Docent',
        mail: null
      }
    }));
    server = graph.server;
    const services = createServices(
      createBrowserClients({
        graphBaseUrl: `${graph.base}/v1.0`,
        spBaseUrl: `${graph.base}/sites/intranet`,
        getToken: async () => 'token-123'
      })
    );

    const me = await services.people.getMe();

    expect(me).toEqual({
      id: 'u1',
      displayName: 'Anne de Vries',
      userPrincipalName: 'anne@hva.example',
      jobTitle: 'Docent',
      mail: undefined,
      department: undefined,
      officeLocation: undefined
    });
    expect(graph.seen).toHaveLength(1);
    expect(graph.seen[0].method).toBe('GET');
    expect(decodeURIComponent(graph.seen[0].url ?? '')).toBe(
      '/v1.0/me?$select=id,displayName,userPrincipalName,mail,jobTitle,department,officeLocation'
    );
    expect(graph.seen[0].authorization).toBe('Bearer token-123');
  });

  it('turns a Graph error into a typed ServiceError', async () => {
    const graph = await startGraph(() => ({
      status: 403,
      body: {
        error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' }
      }
    }));
    server = graph.server;
    const services = createServices(
      createBrowserClients({
        graphBaseUrl: `${graph.base}/v1.0`,
        spBaseUrl: `${graph.base}/sites/intranet`,
        getToken: () => 't'
      })
    );

    const failure = await services.people.getMe().catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).kind).toBe('forbidden');
    expect((failure as ServiceError).code).toBe('Authorization_RequestDenied');
    expect((failure as ServiceError).message).toBe('Insufficient privileges to complete the operation.');
  });
});
