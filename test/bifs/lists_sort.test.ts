// lists:sort/1, usort/1, keysort/2, ukeysort/2, merge/1,2 and keymerge/3 on
// random lists full of terms that compare equal without being identical
// (1, 1.0; 0, 0.0, -0.0; {1}, {1.0}): the order, and the representative usort
// keeps, must be the ones real erl produced (data/lists_sort.jsonl, written
// once by gen_sort_data.escript with a fixed seed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cons, type Term } from '../../src/terms/types.js';
import { compare } from '../../src/terms/compare.js';
import { listsNatives } from '../../src/bifs/lists/lists.js';
import { fromJson, toJson } from './oracle.js';

interface SortCall {
  f: string;
  args: unknown;
  ok: unknown;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const calls: SortCall[] = readFileSync(resolve(repoRoot, 'test/bifs/data/lists_sort.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as SortCall);

function argArray(json: unknown): Term[] {
  const out: Term[] = [];
  for (let l = fromJson(json as never); l instanceof Cons; l = l.tail) out.push(l.head);
  return out;
}

function listItems(l: Term): Term[] {
  const out: Term[] = [];
  for (let x = l; x instanceof Cons; x = x.tail) out.push(x.head);
  return out;
}

const text = (t: Term) => JSON.stringify(toJson(t));
const expected = (c: SortCall) => JSON.stringify(toJson(fromJson(c.ok as never)));

test('the sorts and merges order equal terms as erl does', () => {
  const mismatches: string[] = [];
  const perFunction = new Map<string, number>();
  for (const c of calls) {
    const args = argArray(c.args);
    const fn = listsNatives.functions[`${c.f}/${args.length}`]!;
    const got = text(fn({ vm: null }, ...args));
    perFunction.set(c.f, (perFunction.get(c.f) ?? 0) + 1);
    if (got !== expected(c)) mismatches.push(`lists:${c.f}${text(args as unknown as Term)}\n  got  ${got}\n  want ${expected(c)}`);
  }
  assert.deepEqual(mismatches.slice(0, 5), []);
  for (const f of ['sort', 'usort', 'keysort', 'ukeysort', 'merge', 'keymerge']) assert.ok((perFunction.get(f) ?? 0) > 100, f);
});

test('the data tells OTP order from a stable sort', () => {
  // Were erl's sort/1 and keysort/2 stable, the test above could not catch
  // a stable implementation; count the recorded calls where they are not.
  let sortDiffers = 0;
  let keysortDiffers = 0;
  for (const c of calls) {
    const args = argArray(c.args);
    if (c.f === 'sort') {
      const stable = listItems(args[0]!).sort(compare);
      if (JSON.stringify(stable.map(toJson)) !== JSON.stringify((toJson(fromJson(c.ok as never)) as { l: unknown[] }).l)) sortDiffers++;
    } else if (c.f === 'keysort') {
      const i = args[0] as number;
      const stable = listItems(args[1]!).sort((a, b) => compare((a as Term[])[i - 1]!, (b as Term[])[i - 1]!));
      if (JSON.stringify(stable.map(toJson)) !== JSON.stringify((toJson(fromJson(c.ok as never)) as { l: unknown[] }).l)) keysortDiffers++;
    }
  }
  assert.ok(sortDiffers > 50, `sort/1 differs from a stable sort in ${sortDiffers} calls`);
  assert.ok(keysortDiffers > 10, `keysort/2 differs from a stable sort in ${keysortDiffers} calls`);
});
