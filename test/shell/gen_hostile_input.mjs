// Records real erl's answers to the sessions of hostile_input_cases.ts in
// hostile_input_data.json (run `npx tsc -p tsconfig.json` first; the cases
// are read from build/test/shell):
//   node test/shell/gen_hostile_input.mjs

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const { sessions } = await import(join(here, '../../build/test/shell/hostile_input_cases.js'));
const env = { ...process.env, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'dumb' };
delete env.ERL_FLAGS;
delete env.ERL_AFLAGS;
delete env.ERL_ZFLAGS;

const out = {};
for (const s of sessions()) {
  const work = mkdtempSync(join(tmpdir(), 'erltshostile-'));
  try {
    for (const [name, text] of Object.entries(s.files)) writeFileSync(join(work, name), text);
    const r = spawnSync('erl', [], { cwd: work, env: { ...env, HOME: work }, input: s.input, timeout: 300_000, maxBuffer: 1 << 28 });
    if (r.error) throw r.error;
    out[s.name] = Buffer.concat([r.stdout, r.stderr]).toString('latin1');
    console.log(`${s.name}: ${out[s.name].length} bytes, exit ${r.status}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
writeFileSync(join(here, 'hostile_input_data.json'), `${JSON.stringify(out, null, 1)}\n`);
