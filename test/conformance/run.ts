// Command-line conformance run:
//   node build/test/conformance/run.js [--erl CMD] [--real-erl CMD] [--erlc CMD]
//        [--retries N] [--jobs N] [--strict] [--fold-crlf] [--loose-otp-lines]
//        [--keep-hosts] [--skip-known] [--diff-dir DIR] [--keep-temp] [--quiet] [FILTER...]
// By default it runs bin/erlts. FILTERs keep the cases whose directory name
// contains one of them. Prints one line per case, then "N passed, N failed";
// exits 1 when anything failed.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { filterCases, knownFailureReason, listCases, type ConformanceCase } from './cases.js';
import { loadKnownFailures } from '../support/known_failures.js';
import { judgeCase, type JudgeOptions, type Verdict } from './judge.js';
import { CASES_DIR, ERLTS_LAUNCHER } from './paths.js';
import { runCase, type RunnerCommands } from './runner.js';
import { CaseScheduler } from './scheduler.js';

interface CliOptions {
  commands: RunnerCommands;
  retries: number;
  jobs: number;
  judge: JudgeOptions;
  skipKnown: boolean;
  diffDir: string | null;
  keepTemp: boolean;
  quiet: boolean;
  filters: string[];
}

const VALUE_OPTIONS = new Set(['--erl', '--real-erl', '--erlc', '--retries', '--jobs', '--diff-dir']);

function parseCli(argv: string[]): CliOptions {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const filters: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (VALUE_OPTIONS.has(word)) values.set(word, argv[++i] ?? '');
    else if (word.startsWith('--')) flags.add(word);
    else filters.push(word);
  }
  return {
    commands: {
      erl: values.get('--erl') ?? ERLTS_LAUNCHER,
      realErl: values.get('--real-erl') ?? process.env.REAL_ERL ?? 'erl',
      erlc: values.get('--erlc') ?? process.env.ERLC_CMD ?? 'erlc',
    },
    retries: Number(values.get('--retries') ?? '1'),
    jobs: Number(values.get('--jobs') ?? '2'),
    judge: {
      strict: flags.has('--strict'),
      foldCrlf: flags.has('--fold-crlf'),
      looseOtpLines: flags.has('--loose-otp-lines'),
      keepHosts: flags.has('--keep-hosts'),
    },
    skipKnown: flags.has('--skip-known'),
    diffDir: values.get('--diff-dir') ?? null,
    keepTemp: flags.has('--keep-temp'),
    quiet: flags.has('--quiet'),
    filters,
  };
}

/** Runs a case, re-running a timing-dependent failure up to `retries` times. */
async function runWithRetries(c: ConformanceCase, options: CliOptions): Promise<{ verdict: Verdict; tries: number }> {
  let tries = 0;
  for (;;) {
    tries++;
    const verdict = judgeCase(c, await runCase(c, options.commands, { keepTemp: options.keepTemp }), options.judge);
    if (verdict.pass || !c.timingDependent || tries > options.retries) return { verdict, tries };
  }
}

function report(c: ConformanceCase, verdict: Verdict, tries: number, known: string | undefined, options: CliOptions): void {
  const notes = [verdict.onKeyLines ? 'on key lines' : '', tries > 1 ? `after ${tries} tries` : '', known ? `known failure: ${known}` : '']
    .filter(Boolean)
    .map((note) => ` (${note})`)
    .join('');
  if (verdict.pass) {
    if (!options.quiet) console.log(`PASS ${c.name}${notes}`);
    return;
  }
  console.log(`FAIL ${c.name}${notes}`);
  for (const m of verdict.mismatches) {
    console.log(`  expected.${m.file} line ${m.line}:\n    expected: ${JSON.stringify(m.expectedLine)}\n    actual:   ${JSON.stringify(m.actualLine)}`);
    if (options.diffDir) {
      writeFileSync(
        join(options.diffDir, `${c.name}.${m.file}.diff`),
        `--- expected (normalised)\n${m.expected}\n--- actual (normalised)\n${m.actual}\n`,
        'latin1',
      );
    }
  }
}

async function main(): Promise<number> {
  const options = parseCli(process.argv.slice(2));
  if (options.diffDir) mkdirSync(options.diffDir, { recursive: true });
  const known = loadKnownFailures('conformance');
  let cases = filterCases(listCases(CASES_DIR), options.filters);
  if (options.skipKnown) cases = cases.filter((c) => knownFailureReason(known, c) === undefined);
  const scheduler = new CaseScheduler(options.jobs);
  let passed = 0;
  let failed = 0;
  await Promise.all(
    cases.map((c) =>
      scheduler.run(c.usesFixedNodeNames, async () => {
        const { verdict, tries } = await runWithRetries(c, options);
        if (verdict.pass) passed++;
        else failed++;
        report(c, verdict, tries, knownFailureReason(known, c), options);
      }),
    ),
  );
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

// `node --test DIR` would also execute this file as a test; it is a tool, so stay idle there.
if (process.env.NODE_TEST_CONTEXT === undefined) process.exitCode = await main();
