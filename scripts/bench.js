// `npm run bench`: runs the benchmarks under bench/ (TypeScript, through tsx). Not a test: it prints figures and
// writes them as JSON under bench/results/ (git-ignored).
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const result = spawnSync(tsx, [path.join(root, 'bench', 'colleagueCard.ts')], { stdio: 'inherit', cwd: root });
process.exitCode = result.status === null ? 1 : result.status;
