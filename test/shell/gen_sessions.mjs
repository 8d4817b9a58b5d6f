// Regenerates test/shell/sessions/<name>/expected.out from the real erl (the
// oracle): each session's files/ are copied to a fresh temp dir, erl runs
// there with input.erl-shell on stdin (a pipe), and stdout+stderr are kept.
//   node test/shell/gen_sessions.mjs [name ...]      (default: every session)

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), 'sessions');
const names = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(here).sort();
const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' };
delete env.ERL_FLAGS;
delete env.ERL_AFLAGS;
delete env.ERL_ZFLAGS;

for (const name of names) {
  const dir = join(here, name);
  const work = mkdtempSync(join(tmpdir(), 'erltssession-'));
  try {
    if (existsSync(join(dir, 'files'))) cpSync(join(dir, 'files'), work, { recursive: true });
    const r = spawnSync('erl', [], { cwd: work, env: { ...env, HOME: work }, input: readFileSync(join(dir, 'input.erl-shell')), timeout: 60_000 });
    if (r.error) throw r.error;
    writeFileSync(join(dir, 'expected.out'), Buffer.concat([r.stdout, r.stderr]));
    console.log(`${name}: ${r.stdout.length} bytes, exit ${r.status}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
