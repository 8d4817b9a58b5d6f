// Prints the differential suite's mismatches grouped by setting and function:
//   node build/test/differential/report.js [SETTING[,SETTING]] [EXAMPLES]
// (known failures included, marked in the count line). For reading, not a test.
import { knownReason, listBatches, matches, readKnownFailures, report, runAll } from './batches.js';
import { join } from 'node:path';
import { repoRoot } from './batches.js';

const only = process.argv[2]?.split(',').filter((s) => s !== '' && s !== 'all');
const examples = Number(process.argv[3] ?? 3);
const command = process.env.ERLTS_DIFF_CMD ?? join(repoRoot, 'bin/erlts');
const batches = listBatches().filter((b) => !only || only.length === 0 || only.includes(b.setting));
const started = Date.now();
const results = await runAll(batches, command);
const known = readKnownFailures();
const cases = results.flatMap((r) => r.cases);
const failing = cases.filter((c) => !matches(c));
const listed = failing.filter((c) => knownReason(known, c.id) !== undefined).length;
for (const r of results) if (r.timedOut) console.log(`batch ${r.batch.setting}/${r.batch.name} timed out`);
console.log(`${cases.length} cases, ${cases.length - failing.length} pass, ${failing.length} differ (${listed} listed), ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(report(failing, examples));
if (process.env.ERLTS_DIFF_JSON) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.ERLTS_DIFF_JSON, JSON.stringify(failing));
}
