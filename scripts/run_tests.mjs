// Runs the compiled tests of every test/**/*.test.ts that exists now, so a
// stale build/test/*.test.js left by a renamed or deleted test never runs.
// Arguments are passed to node --test (e.g. a name pattern).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

const tests = fs
  .readdirSync('test', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `build/test/${f.replace(/\.ts$/, '.js')}`)
  .sort();
const run = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...process.argv.slice(2), ...tests], { stdio: 'inherit' });
process.exit(run.status ?? 1);
