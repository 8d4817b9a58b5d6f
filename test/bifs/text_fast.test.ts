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
import { Atom, type Cons, NIL, type Term, list as listOf, str } from '../../src/terms/types.js';
import { formatPlainW } from '../../src/bifs/io_lib/fast_write.js';
import { deepFormat } from '../../src/bifs/io_lib/deep.js';
import { ioLibFormatParts } from '../../src/terms/format.js';
import { exactEq } from '../../src/terms/equality.js';
import { writeTerm } from '../../src/terms/print/write.js';
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

test("~w of plain data in one pass gives the general writer's deep list", () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 16807) % 2147483647;
    return seed % n;
  };
  const atoms = ['ok', 'Tag', 'a b', 'if', '_x', 'caf\u00e9', '\u03b1', "it's", ''].map((a) => Atom.of(a));
  const gen = (depth: number): Term => {
    const k = depth > 3 ? rnd(3) : rnd(6);
    if (k === 0) return rnd(2) === 0 ? rnd(1000) - 500 : 12345678901234567890n;
    if (k === 1) return atoms[rnd(atoms.length)]!;
    if (k === 2) return NIL;
    const items = Array.from({ length: rnd(4) }, () => gen(depth + 1));
    if (k === 3) return items;
    return listOf(items, k === 4 && rnd(3) === 0 ? gen(depth + 1) : NIL);
  };
  for (let i = 0; i < 500; i++) {
    const args = listOf([gen(0), gen(0)]);
    const fmt = str('x~w~n~w.');
    const fast = formatPlainW(fmt, args);
    assert.ok(fast !== null);
    const general = deepFormat(ioLibFormatParts(fmt, [(args as Cons).head, ((args as Cons).tail as Cons).head]));
    assert.ok(exactEq(fast, general), `${writeTerm(args)}`);
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
    // (Only the calls' lines: the compiler's warnings about the bad formats go to the output too.)
    const actual = [...r.stdout.split('\n').filter((l) => /^\d+ /.test(l)), ''];
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
