import type { FastifyInstance } from 'fastify';
import { parseFaultSettings, type FaultInjector } from '../shared/http/faults';

/** `GET`/`PUT`/`DELETE /_emulator/faults`: switchable latency and failures for Graph and SharePoint calls. */
export function registerFaultRoutes(app: FastifyInstance, faults: FaultInjector): void {
  app.get('/_emulator/faults', async () => faults.current);
  app.put('/_emulator/faults', async (request) => {
    faults.set(parseFaultSettings(request.body));
    return faults.current;
  });
  app.delete('/_emulator/faults', async (_request, reply) => {
    faults.clear();
    return reply.code(204).send();
  });
}
