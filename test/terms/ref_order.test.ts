// Ref words: Ref.ids holds them in wire order (least significant first);
// erl prints them the other way round. Data captured from real erl:
//   R = make_ref(), io:format("~p~n~w~n", [R, term_to_binary(R)])
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { decodeTerm, encodeTerm } from '../../src/terms/etf/index.js';
import { Ref } from '../../src/terms/types.js';
import { writeRef } from '../../src/terms/print/write.js';
import { VM } from '../../src/vm/vm.js';

const FROM_ERL = {
  printed: '#Ref<0.4224988050.2557476866.83166>',
  bytes: [
    131, 90, 0, 3, 100, 0, 13, 110, 111, 110, 111, 100, 101, 64, 110, 111, 104, 111, 115, 116, 0, 0, 0, 0, 0, 1, 68, 222, 152, 112, 0, 2, 251, 212, 51, 146,
  ],
};

it('a ref from real erl decodes, prints as erl printed it, and encodes back to the same bytes', () => {
  const r = decodeTerm(Uint8Array.from(FROM_ERL.bytes)) as Ref;
  assert.ok(r instanceof Ref);
  assert.deepEqual(r.ids, [83166, 2557476866, 4224988050]);
  assert.equal(writeRef(r), FROM_ERL.printed);
  // encodeTerm writes the node atom as erl's term_to_binary does (ATOM_EXT).
  assert.deepEqual([...encodeTerm(r)], FROM_ERL.bytes);
});

it('make_ref() keeps its counter in the least significant word, like erl', () => {
  const vm = new VM(null);
  const a = vm.makeRef();
  const b = vm.makeRef();
  assert.equal(b.ids[0], a.ids[0]! + 1);
  assert.equal(a.ids[2], b.ids[2]);
  assert.equal(writeRef(a), `#Ref<0.${a.ids[2]}.${a.ids[1]}.${a.ids[0]}>`);
});

const NO_ERL = spawnSync('erl', ['-noshell', '-eval', 'halt().'], { stdio: 'ignore' }).status === 0 ? false : 'real erl is not installed; skipped';

it('real erl prints our refs as we do', { skip: NO_ERL }, () => {
  const r = new VM(null).makeRef();
  const bytes = [...encodeTerm(r)].join(',');
  const out = spawnSync('erl', ['-noshell', '-eval', `io:format("~p", [binary_to_term(<<${bytes}>>)]), halt().`], { encoding: 'latin1' });
  assert.equal(out.stdout, writeRef(r));
});
