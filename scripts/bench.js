// `npm run bench`: runs the benchmarks under bench/ (TypeScript, through tsx), the colleague card first, then the
// interest-group feed, then its composer. Not a test: they print figures and write them as JSON under bench/results/
// (git-ignored).
// The exit code is non-zero when any bench missed a budget (or failed), after every bench has run.
'use strict';

const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const benches = ['colleagueCard.ts', 'interestGroupFeed.ts', 'composer.ts'];
let failed = false;
for (const bench of benches) {
  const result = spawnSync(tsx, [path.join(root, 'bench', bench)], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
