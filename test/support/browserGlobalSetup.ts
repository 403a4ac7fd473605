import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWorkbench } from '../../workbench/build';
import { startWorkbenchServer, type RunningWorkbench } from '../../workbench/server';
import { CHROMIUM_PATH } from './browser';
import { startEmulator, type RunningEmulator } from './emulator';
import { ensureTemplateDatabase, TEMPLATE_ENV } from './emulatorTemplate';

/** What globalTeardown stops; jest runs both in the same process. */
export interface BrowserServers {
  emulator: RunningEmulator;
  workbench: RunningWorkbench;
  /** The run's own workbench build (never `workbench/dist`, which `npm start` and other runs rebuild). */
  distDir: string;
  removeDist: () => void;
}

declare global {
  // eslint-disable-next-line no-var
  var kringBrowserServers: BrowserServers | undefined;
}

/**
 * Builds the workbench (into a folder of the run's own, so runs side by side never share one) and starts an emulator (a fresh copy of the seeded template database) and the workbench
 * server on free ports, for every browser test file of this run.
 */
export default async function browserGlobalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM_PATH}: run "node scripts/ensure-chromium.js" (npm test does it first).`
    );
  }
  const distDir = mkdtempSync(join(tmpdir(), 'kring-browser-tests-'));
  const removeDist = (): void => rmSync(distDir, { recursive: true, force: true });
  const [, template] = await Promise.all([buildWorkbench('development', distDir), ensureTemplateDatabase()]);
  process.env[TEMPLATE_ENV] = template;
  const emulator = await startEmulator();
  const workbench = await startWorkbenchServer({ port: 0, emulatorUrl: emulator.baseUrl, distDir }).catch(
    async (error: unknown) => {
      await emulator.stop();
      removeDist();
      throw error;
    }
  );
  globalThis.kringBrowserServers = { emulator, workbench, distDir, removeDist };
  process.env.KRING_TEST_WORKBENCH_URL = workbench.url;
  process.env.KRING_TEST_EMULATOR_URL = emulator.baseUrl;
}
