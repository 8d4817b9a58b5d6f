// Each receive clause's head, as written, in the compiled module's constant
// table (src/compiler/pattern_text.ts): the live view says which clause took
// a message stepped through by the lesson tools. The text is data, never
// part of the generated JavaScript.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileSource } from '../../src/compiler/compile_source.js';
import { Cons, listToArray, type Term } from '../../src/terms/types.js';

const SRC = `-module(rc).
-export([loop/0]).
-record(req, {from, what = none}).
-define(PING, ping).
loop() ->
    receive
        #req{from = F, what = W} when is_pid(F), W =/= none -> F ! W, loop();
        {?PING, From} -> From ! pong, loop();
        {zebra_crossing, <<Size:8, Rest/binary>>, #{key := V}} when Size > 0; V =:= [] -> {Rest, V};
        [H | T] = L -> {H, T, L};
        {"text", $a, -1, 2.5} -> ok
    after 100 ->
        receive Any -> Any end
    end.
`;

function text(t: Term | undefined): string {
  return String.fromCodePoint(...(listToArray(t!) as number[]));
}

test('receive clause heads are kept as written (records unexpanded, macros expanded), in the constant table only', () => {
  const r = compileSource(SRC, { file: 'rc.erl' });
  assert.deepEqual(r.errors, []);
  const unit = r.unit!;
  // {N, Text} for each clause that can take a message.
  const heads = unit.consts
    .filter((k): k is Term[] => Array.isArray(k) && k.length === 2 && typeof k[0] === 'number' && k[1] instanceof Cons)
    .map((k) => `${k[0]}: ${text(k[1])}`);
  assert.deepEqual(heads, [
    '1: #req{from = F, what = W} when is_pid(F), W =/= none',
    '2: {ping, From}',
    '3: {zebra_crossing, <<Size:8, Rest/binary>>, #{key := V}} when Size > 0; V =:= []',
    '4: [H | T] = L',
    '5: {"text", $a, -1, 2.5}',
    '1: Any',
  ]);
  // The list of all heads, for a message no clause matches.
  const lists = unit.consts.filter((k) => k instanceof Cons && listToArray(k)!.every((e) => e instanceof Cons)).map((k) => listToArray(k)!.map(text));
  assert.ok(
    lists.some((l) => l.length === 5 && l[1] === '{ping, From}'),
    JSON.stringify(lists),
  );
  // The source's words reach the code only as constants.
  assert.doesNotMatch(unit.text, /zebra_crossing|is_pid\(F\)|From\}/);
});
