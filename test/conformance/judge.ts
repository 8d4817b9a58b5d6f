// Deciding whether a run matches the recorded transcript: expected.out,
// expected.rc and expected.post are compared after normalising both sides.
// A case with a `keylines` file also passes when only the output differs and
// every key line appears in it, in order (early-boot failures are racy).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConformanceCase } from './cases.js';
import { normalize, type NormalizeOptions } from './normalize.js';
import type { CaseOutput } from './runner.js';

export interface Mismatch {
  file: 'out' | 'rc' | 'post';
  expected: string;
  actual: string;
  /** 1-based first differing line. */
  line: number;
  expectedLine: string | undefined;
  actualLine: string | undefined;
}

export interface Verdict {
  pass: boolean;
  onKeyLines: boolean;
  mismatches: Mismatch[];
}

export interface JudgeOptions extends NormalizeOptions {
  /** Do not accept a key-line match in place of an exact one. */
  strict?: boolean;
}

function firstDifference(expected: string, actual: string): Pick<Mismatch, 'line' | 'expectedLine' | 'actualLine'> {
  const want = expected.split('\n');
  const got = actual.split('\n');
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) return { line: i + 1, expectedLine: want[i], actualLine: got[i] };
  }
  return { line: 0, expectedLine: undefined, actualLine: undefined };
}

/** True when every key line occurs in `text`, each after the previous one. */
export function keyLinesInOrder(text: string, keyLines: string[]): boolean {
  let from = 0;
  for (const key of keyLines) {
    const at = text.indexOf(key, from);
    if (at < 0) return false;
    from = at + key.length;
  }
  return true;
}

export function judgeCase(c: ConformanceCase, output: CaseOutput, options: JudgeOptions = {}): Verdict {
  const normalizeOptions: NormalizeOptions = { ...options, tty: c.tty };
  const mismatches: Mismatch[] = [];
  for (const file of ['out', 'rc', 'post'] as const) {
    const expectedPath = join(c.dir, `expected.${file}`);
    if (!existsSync(expectedPath)) {
      // Every case records its output; without it there would be nothing to compare.
      if (file === 'out')
        mismatches.push({
          file,
          expected: '<<no expected.out recorded>>',
          actual: output.out ?? '<<missing>>',
          line: 1,
          expectedLine: undefined,
          actualLine: undefined,
        });
      continue;
    }
    const expected = normalize(readFileSync(expectedPath, 'latin1'), normalizeOptions);
    const produced = output[file];
    const actual = produced === null ? '<<missing>>' : normalize(produced, normalizeOptions);
    if (expected !== actual) mismatches.push({ file, expected, actual, ...firstDifference(expected, actual) });
  }
  const keyLinesPath = join(c.dir, 'keylines');
  if (mismatches.length > 0 && !options.strict && existsSync(keyLinesPath) && mismatches.every((m) => m.file === 'out')) {
    const keyLines = readFileSync(keyLinesPath, 'latin1').split('\n').filter(Boolean);
    if (keyLinesInOrder(mismatches[0]!.actual, keyLines)) return { pass: true, onKeyLines: true, mismatches: [] };
  }
  return { pass: mismatches.length === 0, onKeyLines: false, mismatches };
}
