import type { BrowserServers } from './browserGlobalSetup';

/** Stops the emulator and the workbench server that browserGlobalSetup started. */
export default async function browserGlobalTeardown(): Promise<void> {
  const servers: BrowserServers | undefined = globalThis.kringBrowserServers;
  globalThis.kringBrowserServers = undefined;
  if (servers) {
    await Promise.all([servers.workbench.close(), servers.emulator.stop()]);
    servers.removeDist();
  }
}
