// erl_erts_errors:format_bs_fail/2 ported: the texts below are what OTP 25's
// returns for the same causes (erl_erts_errors:format_bs_fail(Reason,
// [{m,f,1,[{error_info,#{cause => Cause}}]}]), run by hand), covering the
// truncation of long integers and bitstrings and the depth-limited ~P.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { A, Atom, BitStr, list, type Term } from '../../src/terms/types.js';
import { ErlMap } from '../../src/terms/map.js';
import { formatBsFail } from '../../src/bifs/erl_error/bs_fail.js';

function loc(cause: Term, extra: [string, Term][] = []): Term {
  let info = ErlMap.EMPTY.set(Atom.of('cause'), cause).set(Atom.of('module'), Atom.of('erl_erts_errors')).set(Atom.of('function'), Atom.of('format_bs_fail'));
  for (const [k, v] of extra) info = info.set(Atom.of(k), v);
  return list([[Atom.of('error_info'), info]]);
}

function bytes(from: number, to: number, extraBits?: [number, number]): BitStr {
  const bs: number[] = [];
  for (let i = from; i <= to; i++) bs.push(i);
  if (extraBits === undefined) return new BitStr(Uint8Array.from(bs), bs.length * 8);
  const [v, n] = extraBits;
  bs.push((v << (8 - n)) & 0xff);
  return new BitStr(Uint8Array.from(bs), (bs.length - 1) * 8 + n);
}

const seq = (n: number): Term => list(Array.from({ length: n }, (_, i) => i + 1));
const cause = (seg: number, type: string, err: string, value: Term): Term => [seg, Atom.of(type), Atom.of(err), value];

const cases: [Atom, Term, string][] = [
  [
    A.badarg,
    cause(1, 'utf8', 'type', -(2n ** 200n)),
    "segment 1 of type 'utf8': expected a non-negative integer encodable as utf8 but got: -16069380442...792835301376",
  ],
  [
    A.badarg,
    cause(2, 'binary', 'unit', bytes(1, 15, [1, 1])),
    "segment 2 of type 'binary': the size of the value <<1,2,3,4,5,6,7,8...,15,1:1>> is not a multiple of the unit for the segment",
  ],
  [
    A.badarg,
    cause(2, 'binary', 'short', bytes(1, 20)),
    "segment 2 of type 'binary': the value <<1,2,3,4,5,6,7,8...,19,20>> is shorter than the size of the segment",
  ],
  [
    A.badarg,
    cause(3, 'integer', 'size', -(2n ** 100n)),
    "segment 3 of type 'integer': expected a non-negative integer as size but got: -1267650600228229401496703205376",
  ],
  [
    A.badarg,
    cause(3, 'integer', 'size', [Atom.of('a'), seq(30)]),
    "segment 3 of type 'integer': expected a non-negative integer as size but got: {a,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17|...]}",
  ],
  [A.system_limit, cause(4, 'float', 'size', 2n ** 70n), "segment 4 of type 'float': the size 1180591620717411303424 is too large"],
  [A.badarg, cause(5, 'float', 'invalid', 24), "segment 5 of type 'float': expected one of the supported sizes 16, 32, or 64 but got: 24"],
];

test('format_bs_fail explains each cause as erl does', () => {
  for (const [reason, c, general] of cases) {
    assert.deepEqual(formatBsFail(reason, loc(c)), { general, reason: 'construction of binary failed' });
  }
});

test('override_segment_position renumbers the segment', () => {
  const r = formatBsFail(A.badarg, loc(cause(1, 'utf8', 'type', Atom.of('foo')), [['override_segment_position', 3]]));
  assert.equal(r?.general, "segment 3 of type 'utf8': expected a non-negative integer encodable as utf8 but got: foo");
});

test('causes erl_erts_errors has no clause for, and other error_info, explain nothing', () => {
  assert.equal(formatBsFail(A.badarg, loc(cause(5, 'integer', 'unit', new BitStr(Uint8Array.of(1), 8)))), null);
  assert.equal(formatBsFail(A.badarith, loc(cause(1, 'integer', 'type', Atom.of('foo')))), null);
  const other = list([[Atom.of('error_info'), ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_erts_errors'))]]);
  assert.equal(formatBsFail(A.badarg, other), null);
});
