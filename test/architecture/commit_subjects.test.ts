// From this session on, a commit subject says what changed in at most 72
// characters; the detail goes in the body. Older commits are as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Commits made after this moment are held to the rule. */
const SINCE = '2026-12-07T19:30:00Z';

const log = spawnSync('git', ['log', `--since=${SINCE}`, '--format=%h %s'], { cwd: ROOT, encoding: 'utf8' });
const noHistory = log.status !== 0 || log.error !== undefined ? 'no git history here (not a clone)' : false;

test('commit subjects are at most 72 characters', { skip: noHistory }, () => {
  const long = log.stdout
    .split('\n')
    .filter((l) => l !== '')
    .filter((l) => l.length - l.indexOf(' ') - 1 > 72);
  assert.deepEqual(long, []);
});
