// Writes the inputs of the deep-nesting test (issue 9: code nested
// thousands deep, not constants) and, with real erl (OTP 25), their golden
// outputs. Run from the repository root:
//   node test/runtime_limits/gen_deep_nesting.mjs
// Without erl on the path only the inputs are written.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const dir = 'test/runtime_limits';
const rep = (s, n) => s.repeat(n);

/** One shell command per kind of nesting, n deep, each on its own line; its value is plain to check. */
function shellCases(n) {
  return {
    list: `L = ${rep('[X,', n)}1${rep(']', n)}, length(L).`,
    tuple: `T = ${rep('{X,', n)}1${rep('}', n)}, tuple_size(T).`,
    map: `M = ${rep('#{a => ', n)}X${rep('}', n)}, map_size(M).`,
    arith: `${rep('X+(', n)}1${rep(')', n)}.`,
    block: `${rep('begin ', n)}X${rep(' end', n)}.`,
    case: `${rep('case X of 1 -> ', n)}X${rep(' end', n)}.`,
    call: `F = fun(Y) -> Y end, ${rep('F(', n)}1${rep(')', n)}.`,
    bif: `${rep('abs(', n)}-X${rep(')', n)}.`,
    binary: `B = ${rep('<<X,(', n)}<<X>>${rep(')/binary>>', n)}, byte_size(B).`,
    pattern: `${rep('[X,', n)}Y${rep(']', n)} = ${rep('[1,', n)}2${rep(']', n)}, Y.`,
    fun_head: `G = fun(${rep('{a,', n)}Z${rep('}', n)}) -> Z end, G(${rep('{a,', n)}3${rep('}', n)}).`,
    // Comprehensions in comprehensions: loops in loops for the liveness pass.
    comprehension: `C = ${rep('[', n)}X${Array.from({ length: n }, (_, i) => ` || _ <- [${i}]]`).join('')}, length(C).`,
  };
}

const lines = ['X = 1.'];
const add = (n, kinds) => {
  const cases = shellCases(n);
  for (const k of kinds) lines.push(cases[k], 'f(L), f(T), f(M), f(F), f(B), f(Y), f(G), f(Z), f(C).');
};
add(3000, Object.keys(shellCases(1)).filter((k) => k !== 'comprehension'));
add(1000, ['comprehension']);
add(10000, ['list', 'tuple', 'arith', 'call', 'pattern']);
// A module whose function bodies nest 10,000 deep, compiled with c/1.
lines.push('c(deep_nesting_mod).', '{deep_nesting_mod:list(1), deep_nesting_mod:tuple(1), deep_nesting_mod:arith(1), deep_nesting_mod:call(7)}.');
// The shell still answers after all that.
lines.push('X + 1.');
writeFileSync(`${dir}/deep_nesting.txt`, lines.join('\n') + '\n');

const n = 10000;
writeFileSync(
  `${dir}/deep_nesting_mod.erl`,
  [
    '-module(deep_nesting_mod).',
    '-export([list/1, tuple/1, arith/1, call/1]).',
    `list(X) -> length(${rep('[X,', n)}1${rep(']', n)}).`,
    `tuple(X) -> tuple_size(${rep('{X,', n)}1${rep('}', n)}).`,
    `arith(X) -> ${rep('X+(', n)}1${rep(')', n)}.`,
    `call(X) -> ${rep('id(', n)}X${rep(')', n)}.`,
    'id(Y) -> Y.',
    '',
  ].join('\n'),
);

// -eval: one expression list, 10,000 deep.
const evalText = `X = 1, L = ${rep('[X,', n)}1${rep(']', n)}, io:format("~p~n", [length(L)]), halt().`;
writeFileSync(`${dir}/deep_nesting_eval.txt`, evalText + '\n');

if (spawnSync('erl', ['-version']).error !== undefined) {
  console.warn('gen_deep_nesting: no erl on the path; golden outputs not written');
} else {
  const opts = { cwd: dir, encoding: 'latin1', maxBuffer: 64 << 20 };
  const shell = spawnSync('erl', [], { ...opts, input: lines.join('\n') + '\n' });
  writeFileSync(`${dir}/deep_nesting.expected`, shell.stdout);
  const ev = spawnSync('erl', ['-noshell', '-eval', evalText], opts);
  writeFileSync(`${dir}/deep_nesting_eval.expected`, ev.stdout);
  spawnSync('rm', ['-f', `${dir}/deep_nesting_mod.beam`]);
}
