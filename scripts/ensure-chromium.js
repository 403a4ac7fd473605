// Runs before `npm test`: the browser tests drive Debian's Chromium at /usr/bin/chromium. Installs it with
// apt-get when it is missing and we are root; otherwise stops with a message saying how to install it.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');

const CHROMIUM = '/usr/bin/chromium';

function fail(message) {
  console.error(`\nBrowser tests need Chromium at ${CHROMIUM}, and it is not there.\n${message}\n`);
  process.exit(1);
}

function apt(args) {
  const result = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  return result.status === 0;
}

if (!fs.existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    fail('Install it with:  sudo apt-get update && sudo apt-get install -y chromium\nthen run npm test again.');
  }
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) {
    fail('apt-get is not available here: install the "chromium" package with your system\'s package manager.');
  }
  console.log('Chromium is missing: installing Debian\'s chromium package with apt-get…');
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', 'chromium']) || !fs.existsSync(CHROMIUM)) {
    fail('apt-get could not install it. Run:  apt-get update && apt-get install -y chromium');
  }
  console.log(`Chromium installed at ${CHROMIUM}.`);
}
