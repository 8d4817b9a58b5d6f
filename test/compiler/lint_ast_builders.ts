// Test helper: terse constructors for hand-written ASTs at given positions.

import type { Clause, Expr, RecordFieldInit } from '../../src/syntax/ast.js';

type P = [line: number, col: number];
const at = ([line, col]: P) => ({ line, col });

export const v = (name: string, p: P): Expr => ({ kind: 'var', name, ...at(p) });
export const a = (value: string, p: P): Expr => ({ kind: 'atom', value, ...at(p) });
export const i = (value: number, p: P): Expr => ({ kind: 'integer', value, ...at(p) });
export const tuple = (p: P, ...elements: Expr[]): Expr => ({ kind: 'tuple', elements, ...at(p) });
export const match = (p: P, pattern: Expr, expr: Expr): Expr => ({ kind: 'match', pattern, expr, ...at(p) });
export const op = (p: P, o: string, left: Expr, right: Expr): Expr => ({ kind: 'op', op: o, left, right, ...at(p) });
export const call = (p: P, name: string, ...args: Expr[]): Expr => ({ kind: 'call', fn: a(name, p), args, ...at(p) });
export const field = (p: P, name: string, value: Expr): RecordFieldInit => ({ kind: 'record_field', field: name, value, ...at(p) });
export const recNew = (p: P, name: string, ...fields: RecordFieldInit[]): Expr => ({ kind: 'record', name, fields, ...at(p) });
export const recGet = (p: P, rec: Expr, name: string, f: string): Expr => ({ kind: 'record_field_access', record: rec, name, field: f, ...at(p) });
export const recUpd = (p: P, rec: Expr, name: string, ...fields: RecordFieldInit[]): Expr => ({ kind: 'record_update', record: rec, name, fields, ...at(p) });
export const clause = (p: P, patterns: Expr[], body: Expr[], guards: Expr[][] = []): Clause => ({ kind: 'clause', patterns, guards, body, ...at(p) });
