import { buildServer } from './server';
import { parseCliArguments } from './cli';
import { seedDatabase, storedSeedOptions } from './graph/seed';
import { openDatabase } from './shared/store/database';
import { sharePointPlugin } from './sharepoint/plugin';

async function main(): Promise<void> {
  const started = Date.now();
  const options = parseCliArguments(process.argv.slice(2), process.env);
  const db = openDatabase(options.db);
  const stored = storedSeedOptions(db);
  if (!stored || options.seedOnly) {
    const summary = seedDatabase(db, { people: options.people, seed: options.seed }, sharePointPlugin.seed);
    console.log(
      `Seeded ${summary.people} people, ${summary.groups} groups and ${summary.messages} channel messages in ${summary.milliseconds} ms (${options.db})`
    );
  } else if (stored.people !== options.people || stored.seed !== options.seed) {
    console.log(
      `Using the existing database (${stored.people} people, seed ${stored.seed}); delete ${options.db} to seed another size.`
    );
  }
  if (options.seedOnly) {
    db.close();
    return;
  }
  const { app } = await buildServer({ db, sharePoint: sharePointPlugin, logger: true });
  await app.listen({ port: options.port, host: options.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  console.log(`Ready in ${Date.now() - started} ms.`);
  console.log(`Kring emulator listening on http://localhost:${port}`);
  const stop = (): void => {
    void app.close().finally(() => {
      db.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
