// `npm start`: runs the emulator (seeding it on first run) and the workbench together, prints both URLs, and
// stops both on Ctrl-C. The workbench is rebuilt incrementally whenever a source file changes.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const workbenchPort = Number(process.env.KRING_PORT || 4300);
const emulatorPort = Number(process.env.KRING_EMULATOR_PORT || 4301);
const workbenchUrl = `http://localhost:${workbenchPort}`;
const emulatorUrl = `http://localhost:${emulatorPort}`;
const READY_TIMEOUT_MS = 10 * 60 * 1000;

const children = new Map();
let stopping = false;

// The emulator logs every request as a JSON line (pino); only its warnings and errors are worth a terminal line.
function isRoutineLogLine(line) {
  if (!line.startsWith('{')) {
    return false;
  }
  try {
    const entry = JSON.parse(line);
    return typeof entry.level === 'number' && entry.level < 40;
  } catch {
    return false;
  }
}

function prefixLines(stream, label, target) {
  let pending = '';
  stream.on('data', (chunk) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop();
    for (const line of lines) {
      if (!isRoutineLogLine(line)) {
        target.write(`[${label}] ${line}\n`);
      }
    }
  });
}

function run(label, args) {
  const child = spawn(tsx, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.set(label, child);
  prefixLines(child.stdout, label, process.stdout);
  prefixLines(child.stderr, label, process.stderr);
  child.on('exit', (code, signal) => {
    children.delete(label);
    if (!stopping) {
      console.error(`Kring: the ${label} stopped (${signal || `exit code ${code}`}); stopping the rest.`);
      stop(1);
    }
  });
  return child;
}

async function waitUntilUp(url, label, started) {
  while (Date.now() - started < READY_TIMEOUT_MS) {
    if (stopping) {
      return;
    }
    try {
      const response = await fetch(url);
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the ${label} did not come up at ${url}`);
}

function stop(code) {
  if (stopping) {
    return;
  }
  stopping = true;
  const exits = [...children.values()].map(
    (child) =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      })
  );
  Promise.all(exits).then(() => process.exit(code));
}

async function main() {
  if (!fs.existsSync(path.join(root, 'emulator', 'main.ts'))) {
    console.error('Kring: emulator/main.ts is missing, so there is nothing for the workbench to talk to.');
    process.exit(1);
  }
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  const started = Date.now();
  run('emulator', ['emulator/main.ts', '--port', String(emulatorPort)]);
  run('workbench', ['workbench/main.ts', '--watch', '--port', String(workbenchPort), '--emulator-url', emulatorUrl]);
  await Promise.all([
    waitUntilUp(`${emulatorUrl}/_emulator/health`, 'emulator', started),
    waitUntilUp(`${workbenchUrl}/_workbench/health`, 'workbench', started)
  ]);
  if (stopping) {
    return;
  }
  console.log(
    [
      '',
      `Kring is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`,
      `  Workbench  ${workbenchUrl}`,
      `  Emulator   ${emulatorUrl}  (Graph ${emulatorUrl}/v1.0, SharePoint ${emulatorUrl}/sites/intranet)`,
      'Press Ctrl-C to stop both.',
      ''
    ].join('\n')
  );
}

main().catch((error) => {
  console.error(`Kring: ${error.message}`);
  stop(1);
});
