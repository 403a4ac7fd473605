import { join } from 'path';
import { DEFAULT_SEED_OPTIONS } from './graph/seed';

export interface EmulatorCliOptions {
  port: number;
  host: string;
  db: string;
  people: number;
  seed: number;
  /** Seed (or re-seed) the database and exit without serving. */
  seedOnly: boolean;
}

function integer(name: string, value: string | undefined, min: number, max: number): number {
  const parsed = Number(value);
  if (value === undefined || !Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} needs a whole number between ${min} and ${max}`);
  }
  return parsed;
}

export function parseCliArguments(argv: readonly string[], env: NodeJS.ProcessEnv): EmulatorCliOptions {
  const options: EmulatorCliOptions = {
    port: env.KRING_EMULATOR_PORT ? integer('KRING_EMULATOR_PORT', env.KRING_EMULATOR_PORT, 0, 65535) : 4301,
    host: env.KRING_EMULATOR_HOST ?? 'localhost',
    db: env.KRING_EMULATOR_DB ?? join(process.cwd(), '.data', 'emulator.sqlite'),
    people: DEFAULT_SEED_OPTIONS.people,
    seed: DEFAULT_SEED_OPTIONS.seed,
    seedOnly: false
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--port':
        options.port = integer('--port', value(), 0, 65535);
        break;
      case '--host':
        options.host = value() ?? options.host;
        break;
      case '--db':
        options.db = value() ?? options.db;
        break;
      case '--people':
        options.people = integer('--people', value(), 100, 1_000_000);
        break;
      case '--seed':
        options.seed = integer('--seed', value(), 0, 2 ** 31 - 1);
        break;
      case '--seed-only':
        options.seedOnly = true;
        break;
      default:
        throw new Error(
          `Unknown option ${argv[i]}. Options: --port N, --db PATH, --people N, --seed N, --seed-only, --host H`
        );
    }
  }
  return options;
}
