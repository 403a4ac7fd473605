import { buildWorkbench, watchWorkbench } from './build';
import { startWorkbenchServer } from './server';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

/** `tsx workbench/main.ts [--port N] [--emulator-url URL] [--watch] [--build-only]` */
async function main(): Promise<void> {
  const started = Date.now();
  if (process.argv.includes('--build-only')) {
    await buildWorkbench();
    console.log(`Kring workbench built into workbench/dist in ${Date.now() - started} ms`);
    return;
  }
  const port = Number(option('port', process.env.KRING_PORT ?? '4300'));
  const emulatorUrl = option('emulator-url', `http://localhost:${process.env.KRING_EMULATOR_PORT ?? '4301'}`);
  let stopWatching: (() => Promise<void>) | undefined;
  if (process.argv.includes('--watch')) {
    let builds = 0;
    const context = await watchWorkbench((result) => {
      builds++;
      if (result.errors.length > 0) {
        console.error(`Kring workbench: build failed: ${result.errors.map((error) => error.text).join('; ')}`);
      } else if (builds > 1) {
        console.log('Kring workbench rebuilt: reload the page.');
      }
    });
    stopWatching = () => context.dispose();
  } else {
    await buildWorkbench();
  }
  const server = await startWorkbenchServer({ port, emulatorUrl });
  console.log(`Kring workbench listening on ${server.url} (built in ${Date.now() - started} ms)`);
  const stop = (): void => {
    void Promise.all([server.close(), stopWatching?.()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
