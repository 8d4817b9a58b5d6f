// The conformance corpus's exception printouts, from exceptions shaped the way
// erlts raises them (ErrorInfo for the failing BIF or operator, a stack that
// may be empty). These double as examples of the conventions.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatShellException } from '../../src/bifs/erl_error/format_exception.js';
import type { ErrorInfo, ExceptionClass } from '../../src/terms/exception.js';
import { A, Atom, ErlFloat, ExportFun, Fun, NIL, list, str, type FunCode, type Term } from '../../src/terms/types.js';
import { ErlMap } from '../../src/terms/map.js';

const corpus = (id: string) => {
  const dir = new URL('../../../test/conformance/cases/', import.meta.url);
  return readFileSync(new URL(`${id}/expected.out`, dir), 'latin1');
};
const a = Atom.of;
const loc = (file: string, line: number) =>
  list([
    [a('file'), str(file)],
    [a('line'), line],
  ]);

function shows(id: string, prompt: number, cls: ExceptionClass, reason: Term, stack: Term, info: ErrorInfo | null = null): void {
  const text = formatShellException(cls, reason, stack, { info });
  const out = corpus(id);
  assert.ok(out.includes(`${prompt}> ${text}`), `${id} prompt ${prompt}:\n${text}\nnot in:\n${out}`);
}

/** A fun made by the shell: its code belongs to erl_eval, as in #Fun<erl_eval.42.3316493>. */
function shellFun(arity: number): Fun {
  const code: FunCode = { module: a('erl_eval'), name: '-expr/6-fun-0-', arity, index: 42, uniq: 3316493, fn: () => A.ok };
  return new Fun(code, []);
}

describe('exceptions of the conformance corpus', () => {
  it('047: arithmetic operators', () => {
    const op = (f: string, args: Term[]): ErrorInfo => ({ module: 'erlang', function: f, args });
    shows('047-exc-badarith', 1, 'error', A.badarith, NIL, op('/', [1, 0]));
    shows('047-exc-badarith', 2, 'error', A.badarith, NIL, op('+', [a('atom'), 1]));
    shows('047-exc-badarith', 3, 'error', A.badarith, NIL, op('div', [1, 0]));
    shows('047-exc-badarith', 5, 'error', A.badarith, NIL, op('/', [new ErlFloat(1), new ErlFloat(0)]));
    shows('047-exc-badarith', 6, 'error', A.badarith, NIL, op('-', [a('a')]));
  });

  it('049: undefined functions and shell commands', () => {
    shows('049-exc-undef', 1, 'error', A.undef, NIL, { module: 'foo', function: 'bar', args: [] });
    shows('049-exc-undef', 3, 'error', A.undef, NIL, { module: 'lists', function: 'reverse', args: [1, 2, 3] });
    shows('049-exc-undef', 4, 'error', [a('shell_undef'), a('nosuchlocal'), 1, NIL], NIL);
  });

  it('050: function_clause, in a shell fun and in lists', () => {
    const inFun: ErrorInfo = { module: 'erl_eval', function: '-inside-an-interpreted-fun-', args: [2] };
    shows('050-exc-function-clause', 2, 'error', A.function_clause, NIL, inFun);
    shows('050-exc-function-clause', 6, 'error', A.function_clause, NIL, { ...inFun, args: [str('s')] });
    const seq = list([[a('lists'), a('seq'), list([1, a('a')]), loc('lists.erl', 271)]]);
    shows('050-exc-function-clause', 3, 'error', A.function_clause, seq);
  });

  it('051: case, if and try clauses', () => {
    shows('051-exc-case-if-clause', 2, 'error', [A.case_clause, [a('x'), a('y')]], NIL);
    shows('051-exc-case-if-clause', 3, 'error', A.if_clause, NIL);
    shows('051-exc-case-if-clause', 4, 'error', [A.try_clause, 1], NIL);
  });

  it('052: badfun and badarity', () => {
    shows('052-exc-badfun-badarity', 2, 'error', [A.badfun, 3], NIL);
    shows('052-exc-badfun-badarity', 4, 'error', [A.badarity, [shellFun(1), list([1, 2])]], NIL);
    shows('052-exc-badfun-badarity', 5, 'error', [A.badarity, [shellFun(1), NIL]], NIL);
    shows('052-exc-badfun-badarity', 6, 'error', [A.badarity, [shellFun(0), list([1])]], NIL);
    const text = formatShellException('error', [A.badarity, [new ExportFun(a('lists'), a('reverse'), 1), list([1, 2])]], NIL);
    assert.equal(text, '** exception error: lists:reverse/1 called with two arguments\n');
  });

  it('053: throw, error, exit', () => {
    shows('053-exc-throw-error-exit', 1, 'throw', a('my_ball'), NIL);
    shows('053-exc-throw-error-exit', 4, 'error', [a('custom'), 1], NIL);
    shows('053-exc-throw-error-exit', 5, 'throw', [a('complex'), list([1, 2]), str('str')], NIL);
    shows('053-exc-throw-error-exit', 9, 'exit', A.killed, NIL);
  });

  it('083: the stack below a fun called by lists', () => {
    const stack = list([
      [a('lists'), a('map_1'), 2, loc('lists.erl', 1320)],
      [a('lists'), a('map'), 2, loc('lists.erl', 1315)],
      [a('erl_eval'), a('do_apply'), 7, loc('erl_eval.erl', 744)],
    ]);
    shows('083-exception-nested-stack', 1, 'error', A.badarith, stack, { module: 'erlang', function: '/', args: [1, 0] });
    const upper = list([[a('string'), a('uppercase'), 1, loc('string.erl', 338)]]);
    shows('083-exception-nested-stack', 4, 'error', [A.badarg, 1], upper);
  });

  it('116: errors in a compiled module', () => {
    shows('116-runtime-errors-in-module', 2, 'error', A.function_clause, list([[a('rt'), a('f'), list([a('x')]), loc('rt.erl', 4)]]));
    const div0 = [a('rt'), a('div0'), 1, loc('rt.erl', 8)];
    shows('116-runtime-errors-in-module', 4, 'error', A.badarith, list([div0, [a('rt'), a('caller'), 0, loc('rt.erl', 11)]]));
    shows('116-runtime-errors-in-module', 5, 'error', [A.badmatch, [A.error, a('nope')]], list([[a('rt'), a('bad_match'), 0, loc('rt.erl', 15)]]));
  });

  it('030 and 034: BIF errors with argument explanations', () => {
    const fmt = (args: Term[], n: number, why: string): ErrorInfo => ({ module: 'io', function: 'format', args, argErrors: { [n]: why } });
    shows('030-io-format-errors', 1, 'error', A.badarg, NIL, fmt([str('~x~n'), list([1])], 1, 'wrong number of arguments'));
    shows('030-io-format-errors', 6, 'error', A.badarg, NIL, fmt([str('~p~n'), 1], 2, 'not a list'));
    shows('030-io-format-errors', 7, 'error', A.badarg, NIL, fmt([123], 1, 'not a valid format string'));
    const m = ErlMap.fromEntries([
      [a('a'), 1],
      [a('b'), 2],
    ]);
    const info: ErrorInfo = { module: 'maps', function: 'update', args: [a('z'), 1, m], argErrors: { 3: 'not a map' } };
    shows('034-maps-module', 15, 'error', [A.badkey, a('z')], NIL, info);
  });

  it('041: a linked process exits with {badarith, Stack}', () => {
    const stack = list([[a('erlang'), a('/'), list([1, 0]), list([[a('error_info'), ErlMap.fromEntries([[a('module'), a('erl_erts_errors')]])]])]]);
    shows('041-spawn-link-crash', 4, 'exit', A.badarith, stack);
    shows('041-spawn-link-crash', 1, 'exit', a('boom'), NIL);
  });
});

describe('options and conventions', () => {
  it('catch_exception(true) tags with "* " and indents one less', () => {
    const text = formatShellException('error', A.badarg, NIL, {
      catchException: true,
      info: { module: 'erlang', function: 'element', args: [1, a('foo')], argErrors: { 2: 'not a tuple' } },
    });
    assert.equal(text, '* exception error: bad argument\n    in function  element/2\n       called as element(1,foo)\n       *** argument 2: not a tuple\n');
  });

  it('argErrors alone apply to the top frame of the stack', () => {
    const stack = list([[a('erlang'), a('element'), list([1, a('foo')]), NIL]]);
    const text = formatShellException('error', A.badarg, stack, { info: { argErrors: { 2: 'not a tuple' } } });
    assert.equal(
      text,
      '** exception error: bad argument\n     in function  element/2\n        called as element(1,foo)\n        *** argument 2: not a tuple\n',
    );
  });

  it('several explanation lines, and the general remark', () => {
    const text = formatShellException('error', A.badarg, NIL, {
      info: { module: 'm', function: 'f', args: [1, 2], argErrors: { 1: 'first\nsecond', 3: 'ignored', general: 'overall' } },
    });
    assert.equal(
      text,
      '** exception error: bad argument\n     in function  m:f/2\n        called as m:f(1,2)\n' +
        '        *** argument 1: first\n                        second\n        *** overall\n',
    );
  });

  it('errorInfo answers for stacks that carry {error_info, ...}', () => {
    const stack = list([[a('erlang'), a('element'), list([1, a('foo')]), list([[a('error_info'), ErlMap.fromEntries([])]])]]);
    const text = formatShellException('exit', A.badarg, stack, { errorInfo: () => ({ 2: 'not a tuple' }) });
    assert.equal(text, '** exception exit: badarg\n     in function  element/2\n        called as element(1,foo)\n        *** argument 2: not a tuple\n');
  });

  it('a stack that is not a stack trace is printed with the reason', () => {
    assert.equal(formatShellException('exit', a('foo'), a('bar')), '** exception exit: {foo,bar}\n');
  });

  it('info naming a function the stack does not start with goes on top', () => {
    const stack = list([[a('m'), a('g'), 0, loc('m.erl', 7)]]);
    const text = formatShellException('error', A.badarg, stack, {
      info: { module: 'erlang', function: 'hd', args: [NIL], argErrors: { 1: 'not a nonempty list' } },
    });
    assert.equal(
      text,
      '** exception error: bad argument\n     in function  hd/1\n        called as hd([])\n        *** argument 1: not a nonempty list\n' +
        '     in call from m:g/0 (m.erl, line 7)\n',
    );
  });
});
