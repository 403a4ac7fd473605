import { ensureTemplateDatabase, TEMPLATE_ENV } from './emulatorTemplate';

/** Seeds the emulator's template database once per run; each test's emulator starts from a copy of it. */
export default async function integrationGlobalSetup(): Promise<void> {
  process.env[TEMPLATE_ENV] = await ensureTemplateDatabase();
}
