// Regenerates test/shell/step_cases/<name>/expected.* from the real erl (the
// oracle): each case's `steps` are played by the conformance runner (writes
// to stdin at given moments, waits for prompts), with `erl` itself as the
// command. Needs a build (npm run build) for the runner.
//   node test/shell/gen_step_cases.mjs [name ...]      (default: every case)

import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCase } from '../../build/test/conformance/cases.js';
import { runCase } from '../../build/test/conformance/runner.js';

const here = join(dirname(fileURLToPath(import.meta.url)), 'step_cases');
const names = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(here).sort();
const commands = { erl: 'erl', realErl: 'erl', erlc: 'erlc' };

for (const name of names) {
  const dir = join(here, name);
  const out = await runCase(loadCase(dir, name), commands);
  for (const f of readdirSync(dir)) if (f.startsWith('expected.')) rmSync(join(dir, f));
  writeFileSync(join(dir, 'expected.out'), out.out, 'latin1');
  writeFileSync(join(dir, 'expected.rc'), out.rc, 'latin1');
  for (const [node, text] of out.nodes) writeFileSync(join(dir, `expected.${node}.out`), text, 'latin1');
  console.log(`${name}: ${out.out.length} bytes, rc ${out.rc.trim()}`);
}
