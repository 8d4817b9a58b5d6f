// Prints the differential suite's mismatches grouped by setting and function:
//   node build/test/differential/report.js [SETTING[,SETTING]] [EXAMPLES]
// (known failures included, marked in the count line). For reading, not a test.
import { knownReason, listBatches, matches, readKnownFailures, report, runAll, selectedCase } from './batches.js';
import { join } from 'node:path';
import { repoRoot } from './batches.js';

const only = process.argv[2]?.split(',').filter((s) => s !== '' && s !== 'all');
const examples = Number(process.argv[3] ?? 3);
const command = process.env.ERLTS_DIFF_CMD ?? join(repoRoot, 'bin/erlts');
const batches = listBatches().filter((b) => !only || only.length === 0 || only.includes(b.setting));
const started = Date.now();
const results = await runAll(batches, command);
const known = readKnownFailures();
const cases = results.flatMap((r) => r.cases).filter((c) => selectedCase(c.id));
const failing = cases.filter((c) => !matches(c));
const listed = failing.filter((c) => knownReason(known, c.id) !== undefined).length;
for (const r of results) if (r.timedOut) console.log(`batch ${r.batch.setting}/${r.batch.name} timed out`);
console.log(
  `${cases.length} cases, ${cases.length - failing.length} pass, ${failing.length} differ (${listed} listed), ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(report(failing, examples));
if (process.env.ERLTS_DIFF_JSON) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.ERLTS_DIFF_JSON, JSON.stringify(failing));
}

/** A first guess at why a case differs, for the known_failures list (review before committing). */
export function guessReason(c: { id: string; expected: string; actual: string | undefined }): string {
  const a = c.actual;
  if (a === undefined) return 'erlts printed nothing for it (the batch stopped earlier)';
  const undef = /undefined function (\S+)/.exec(a);
  if (undef && !c.expected.includes('undefined function')) return `${undef[1]} is missing`;
  const noLines = (s: string) => s.replace(/line,\s*\d+/g, 'line,N').replace(/line \d+/g, 'line N');
  if (noLines(a) === noLines(c.expected)) return 'the line of a frame in the compiled module differs';
  const names = (s: string) =>
    noLines(s)
      .replace(/\{(\w+),'?[-\w/]+'?,(\d+|\[)/g, '{$1,F,$2')
      .replace(/(\w+):[\w-]+\/\d+/g, '$1:F');

  if (names(a) === names(c.expected)) return "frames name other internal functions than OTP's";
  if (/^\{dm_\d+,[ct]\d+,0,\[\{file,"dm_\d+.erl"\},\{line,\d+\}\]\}/m.test(c.expected) && noLines(a) === noLines(c.expected)) return 'BEAM line of a BIF call';
  const m = /:([a-z_]+)\.([^.]+)\./.exec(c.id);
  return m ? `result or error of ${m[1]}:${m[2]} differs` : 'differs';
}

if (process.env.ERLTS_DIFF_WRITE_KNOWN) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const header = [
    '# Differential cases erlts does not pass yet: ID reason (an ID ending in * covers a prefix).',
    '# Written by `ERLTS_DIFF_WRITE_KNOWN=1 node build/test/differential/report.js` from a guess at',
    '# each difference; docs/compatibility.md summarises them. The list may only shrink.',
  ];
  // With ERLTS_DIFF_MODULES, the other modules' lines stay as they are.
  const kept = readFileSync(join(repoRoot, 'test/differential/known_failures.txt'), 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#') && !selectedCase(l.slice(0, l.indexOf(' '))));
  const lines = [...kept, ...failing.map((c) => `${c.id} ${guessReason(c)}`)].sort();
  writeFileSync(join(repoRoot, 'test/differential/known_failures.txt'), [...header, ...lines, ''].join('\n'));
}
