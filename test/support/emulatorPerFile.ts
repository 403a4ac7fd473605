import { createBrowserClients, type KringClients } from '../../src/services/clients';
import { startEmulator, type RunningEmulator } from './emulator';

/** An object that stands for one made later: every property is read from `current()` when it is used. */
function deferred<T extends object>(current: () => T): T {
  return new Proxy({} as T, { get: (_target, key) => Reflect.get(current(), key) });
}

/**
 * One emulator for the calling test file: started before its first test, stopped after its last. The answer
 * stands for that emulator from then on, so a suite can hand it to helpers at the top of the file.
 */
export function emulatorPerFile(options: { people?: number } = {}): RunningEmulator {
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    running = await startEmulator(options);
  }, 120_000);
  afterAll(async () => {
    await running?.stop();
    running = undefined;
  });
  return deferred(() => {
    if (!running) {
      throw new Error('The emulator runs from beforeAll to afterAll: use it inside hooks and tests.');
    }
    return running;
  });
}

/** The PnPjs clients production uses, pointed at `emulator` and signed in as `user`; built at first use. */
export function clientsFor(emulator: RunningEmulator, user: string): KringClients {
  let clients: KringClients | undefined;
  return deferred(
    () =>
      (clients ??= createBrowserClients({
        graphBaseUrl: emulator.graphUrl,
        spBaseUrl: emulator.spUrl,
        getToken: () => emulator.token(user)
      }))
  );
}
