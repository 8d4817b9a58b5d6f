// The native fast paths of string (src/bifs/string/fast.ts) and lists:sort's
// string sort against real erl: data/text_fast_cases.erl makes each call of
// cases/text_fast.calls and prints its result, or its error with the stack
// frames under the call; data/text_fast.out is what real erl printed
// (gen_text_fast.sh). Tricky input (grapheme clusters, CR LF, deep and
// improper lists, non-lists, errors) must get erl's answer, whether the
// native answers or declines to the Erlang code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringFastPaths } from '../../src/bifs/string/fast.js';
import { Atom, type Term, list as listOf, str } from '../../src/terms/types.js';
import { DECLINE } from '../../src/vm/native.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const data = join(repoRoot, 'test/bifs/data');

/** Calls whose Erlang path (the natives decline them) differs from erl, and why. */
const KNOWN: Record<string, string> = {
  'string:trim([32, 97, 2.0])': "erl names the frame of string's inlined append/2 '-inlined-append/2-' (compiler)",
};

const calls = readFileSync(join(repoRoot, 'test/bifs/cases/text_fast.calls'), 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('%'));

test('the fast paths answer the common case themselves', () => {
  const cps = (s: string) => str(s);
  const answers: [string, Term[]][] = [
    ['trim/1', [cps('  a b  ')]],
    ['trim/3', [cps('xax'), Atom.of('both'), cps('x')]],
    ['lexemes/2', [cps(' a b '), cps(' ')]],
    ['split/3', [cps('aABb'), cps('AB'), Atom.of('all')]],
    ['replace/4', [cps('aABb'), cps('AB'), cps('-'), Atom.of('all')]],
    ['length/1', [listOf([cps('ab'), cps('c')])]],
    ['to_integer/1', [cps('-12x')]],
    ['uppercase/1', [cps('ab')]],
    ['lowercase/1', [cps('AB')]],
  ];
  for (const [name, args] of answers) {
    const fn = stringFastPaths[name]!;
    assert.notEqual(fn({ vm: null }, ...args), DECLINE, name);
  }
});

test('string fast paths and string sort answer as real erl does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'text-fast-'));
  try {
    copyFileSync(join(data, 'text_fast_cases.erl'), join(dir, 'text_fast_cases.erl'));
    const r = spawnSync(join(repoRoot, 'bin/erlts'), ['-noshell', '-eval', 'c:c(text_fast_cases), text_fast_cases:main(), halt().'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const expected = readFileSync(join(data, 'text_fast.out'), 'utf8').split('\n');
    const actual = r.stdout.split('\n');
    assert.ok(expected.length > 150);
    assert.equal(expected.length, calls.length + 1);
    const diffs = expected.flatMap((line, i) =>
      actual[i] === line || KNOWN[calls[i]!] !== undefined ? [] : [`${calls[i]}\nerl:    ${line}\nerlts:  ${actual[i]}`],
    );
    assert.deepEqual(diffs, [], r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
