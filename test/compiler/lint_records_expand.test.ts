// Record expansion: the shapes erl_expand_records produces, and no record
// node left for the code generator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandRecords, expandRecordsInExprs } from '../../src/compiler/records.js';
import { lintModule } from '../../src/compiler/lint/lint.js';
import type { Expr, Form } from '../../src/syntax/ast.js';
import { a, call, clause, field, i, recGet, recNew, recUpd, v } from './lint_ast_builders.js';

const forms: Form[] = [
  { kind: 'module', name: 'm', line: 1, col: 2 },
  { kind: 'export', functions: [['f', 1]], line: 2, col: 2 },
  {
    kind: 'record_def',
    name: 'p',
    line: 3,
    col: 2,
    fields: [
      { name: 'x', line: 3, col: 12, default: i(0, [3, 16]) },
      { name: 'y', line: 3, col: 19 },
    ],
  },
  {
    kind: 'function',
    name: 'f',
    arity: 1,
    line: 4,
    col: 1,
    clauses: [clause([4, 1], [v('P', [4, 3])], [recGet([4, 9], v('P', [4, 8]), 'p', 'y')], [[call([4, 15], 'is_record', v('P', [4, 25]), a('p', [4, 28]))]])],
  },
  { kind: 'eof', line: 5, col: 1 },
];

const records = lintModule(forms, { file: 'm.erl' }).records;

function hasRecordNodes(x: unknown): boolean {
  if (Array.isArray(x)) return x.some(hasRecordNodes);
  if (x === null || typeof x !== 'object') return false;
  const k = (x as { kind?: string }).kind;
  if (k === 'record' || k === 'record_update' || k === 'record_index' || k === 'record_field_access' || k === 'record_def') return true;
  return Object.values(x).some(hasRecordNodes);
}

test('lint collects record definitions with defaults', () => {
  const p = records.get('p')!;
  assert.deepEqual(
    p.fields.map((f) => f.name),
    ['x', 'y'],
  );
  assert.equal(p.fields[1]!.default!.kind, 'atom');
});

test('expanded module has no record nodes; is_record becomes erlang:is_record/3', () => {
  const out = expandRecords(forms, records);
  assert.equal(hasRecordNodes(out), false);
  const f = out.find((x) => x.kind === 'function');
  assert.ok(f && f.kind === 'function');
  const g = f.clauses[0]!.guards[0]![0]!;
  assert.equal(g.kind, 'call');
  assert.ok(g.kind === 'call' && g.args.length === 3 && g.args[2]!.kind === 'integer' && g.args[2]!.value === 3);
});

test('#p{x = 1} is {p, 1, undefined}', () => {
  const e = expandRecordsInExprs([recNew([1, 1], 'p', field([1, 4], 'x', i(1, [1, 8])))], records)[0]!;
  assert.equal(e.kind, 'tuple');
  const els = (e as Expr & { kind: 'tuple' }).elements;
  assert.deepEqual(
    els.map((x) => (x.kind === 'atom' ? x.value : x.kind === 'integer' ? x.value : x.kind)),
    ['p', 1, 'undefined'],
  );
});

test('field access in a body is a case raising {badrecord, Value}', () => {
  const e = expandRecordsInExprs([recGet([1, 2], v('X', [1, 1]), 'p', 'x')], records)[0]!;
  assert.equal(e.kind, 'case');
  const c = e as Expr & { kind: 'case' };
  const fail = c.clauses[1]!.body[0]!;
  assert.ok(fail.kind === 'call' && fail.fn.kind === 'remote' && fail.fn.name.kind === 'atom' && fail.fn.name.value === 'error');
  const reason = fail.args[0]!;
  assert.ok(reason.kind === 'tuple' && reason.elements[0]!.kind === 'atom' && reason.elements[0]!.value === 'badrecord');
  assert.equal(reason.elements[1]!.kind, 'var');
});

test('record update keeps unchanged fields and checks the record', () => {
  const e = expandRecordsInExprs([recUpd([1, 2], v('X', [1, 1]), 'p', field([1, 5], 'y', i(7, [1, 9])))], records)[0]!;
  assert.equal(e.kind, 'block');
  assert.equal(hasRecordNodes(e), false);
});

test('guard field access is guarded by is_record', () => {
  const fn: Form = {
    kind: 'function',
    name: 'g',
    arity: 1,
    line: 1,
    col: 1,
    clauses: [
      clause(
        [1, 1],
        [v('X', [1, 3])],
        [a('ok', [1, 20])],
        [[{ kind: 'op', op: '=:=', left: recGet([1, 11], v('X', [1, 10]), 'p', 'x'), right: i(1, [1, 18]), line: 1, col: 16 }]],
      ),
    ],
  };
  const out = expandRecords([fn], records)[0]!;
  assert.ok(out.kind === 'function');
  const g = out.clauses[0]!.guards[0]![0]!;
  assert.ok(g.kind === 'op' && g.op === 'andalso');
});
