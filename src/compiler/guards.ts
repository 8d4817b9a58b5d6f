// Guards compile to JavaScript boolean expressions. A guard that raises an
// exception simply fails, so alternatives that may raise are wrapped in a
// local try/catch; the common guards (comparisons, type tests) cannot raise
// and are emitted bare.

import type * as ast from '../syntax/ast.js';
import type { FnCompiler } from './codegen.js';
import { constantTerm } from './literals.js';
import { inlineBif } from './inline_bifs.js';
import { safeIntResult } from './small_int.js';

const COMPARE: Record<string, string> = { '<': '<', '>': '>', '=<': '<=', '>=': '>=' };

const TYPE_TESTS: Record<string, (a: string, b?: string) => string> = {
  is_atom: (a) => `${a} instanceof Atom`,
  is_integer: (a) => `(typeof ${a} === 'number' || typeof ${a} === 'bigint')`,
  is_float: (a) => `${a} instanceof rt.ErlFloat`,
  is_number: (a) => `(typeof ${a} === 'number' || typeof ${a} === 'bigint' || ${a} instanceof rt.ErlFloat)`,
  is_tuple: (a) => `Array.isArray(${a})`,
  is_list: (a) => `(${a} instanceof Cons || ${a} === NIL)`,
  is_map: (a) => `rt.isMap(${a})`,
  is_binary: (a) => `(${a} instanceof rt.BitStr && (${a}.bits & 7) === 0)`,
  is_bitstring: (a) => `${a} instanceof rt.BitStr`,
  is_boolean: (a) => `(${a} === TRUE || ${a} === FALSE)`,
  is_pid: (a) => `${a} instanceof rt.Pid`,
  is_reference: (a) => `${a} instanceof rt.Ref`,
  is_port: (a) => `${a} instanceof rt.Port`,
  is_function: (a, n) => (n === undefined ? `rt.isFunction(${a})` : `rt.isFunction(${a}, ${n})`),
};

/** Emits a guard sequence: if no alternative holds, runs `fail`. */
export function compileGuardSeq(c: FnCompiler, guards: ast.Expr[][], s: Set<string>, fail: string): void {
  const b = c.b;
  const ok = b.newLabel();
  guards.forEach((alt, i) => {
    const last = i === guards.length - 1;
    const next = last ? -1 : b.newLabel();
    const failAlt = last ? fail : `pc = ${next}; continue;`;
    const conds = alt.map((g) => gBool(c, g, s));
    const cond = conds.map((x) => `(${x})`).join(' && ');
    if (alt.some(mayRaise)) {
      b.emit(`try { if (!(${cond})) { ${failAlt} } } catch (e) { ${failAlt} }`);
    } else {
      b.emit(`if (!(${cond})) { ${failAlt} }`);
    }
    if (!last) {
      b.jump(ok);
      b.start(next);
    }
  });
  if (guards.length > 1) b.start(ok);
}

function isBoolValued(e: ast.Expr): boolean {
  if (e.kind === 'op') return e.op in COMPARE || ['==', '/=', '=:=', '=/=', 'andalso', 'orelse'].includes(e.op);
  if (e.kind === 'unop') return false;
  if (e.kind === 'call' && e.fn.kind === 'atom') return e.fn.value in TYPE_TESTS || e.fn.value === 'is_record';
  return false;
}

/** A JS boolean for a guard test (anything but `true` fails). */
export function gBool(c: FnCompiler, e: ast.Expr, s: Set<string>): string {
  switch (e.kind) {
    case 'atom':
      return e.value === 'true' ? 'true' : 'false';
    case 'op': {
      const op = e.op;
      if (op in COMPARE) {
        const l = guardTermExpr(c, e.left, s);
        const r = guardTermExpr(c, e.right, s);
        const js = COMPARE[op]!;
        const [pl, x] = operand(c, l);
        const [pr, y] = operand(c, r);
        return `(${pl}${pr}(typeof ${x} === 'number' && typeof ${y} === 'number') ? ${x} ${js} ${y} : rt.compare(${x}, ${y}) ${js} 0)`;
      }
      if (op === '=:=' || op === '=/=') {
        const l = guardTermExpr(c, e.left, s);
        const r = guardTermExpr(c, e.right, s);
        // Against an integer literal (a JS number; bigints are never small), =:= is ===;
        // so it is between two small integers.
        let eq: string;
        if (isIntLiteral(l) || isIntLiteral(r)) eq = `(${l} === ${r})`;
        else {
          const [pl, x] = operand(c, l);
          const [pr, y] = operand(c, r);
          eq = `(${pl}${pr}${x} === ${y} || (typeof ${x} !== 'number' || typeof ${y} !== 'number') && rt.exactEq(${x}, ${y}))`;
        }
        return op === '=:=' ? eq : `!${eq}`;
      }
      if (op === '==' || op === '/=') {
        const l = guardTermExpr(c, e.left, s);
        const r = guardTermExpr(c, e.right, s);
        const eq = `rt.eq(${l}, ${r})`;
        return op === '==' ? eq : `!${eq}`;
      }
      if (op === 'andalso') return `(${strict(c, e.left, s)} && ${gBool(c, e.right, s)})`;
      if (op === 'orelse') return `(${strict(c, e.left, s)} || ${gBool(c, e.right, s)})`;
      return `(${guardTermExpr(c, e, s)} === TRUE)`;
    }
    case 'unop':
      if (e.op === 'not') return `!${strict(c, e.operand, s)}`;
      return `(${guardTermExpr(c, e, s)} === TRUE)`;
    case 'call': {
      const name = callName(e);
      if (name !== null) {
        const args = e.args.map((a) => guardTermExpr(c, a, s));
        const tt = TYPE_TESTS[name];
        if (tt !== undefined && args.length === (name === 'is_function' ? args.length : 1)) {
          if (args.every(isSimple)) return tt(args[0]!, args[1]);
          return `${guardCall(c, name, args)} === TRUE`;
        }
        if (name === 'is_record' && (args.length === 2 || args.length === 3)) {
          const tag = args[1]!;
          const sz = args[2];
          return `rt.isRecord(${args[0]}, ${tag}${sz !== undefined ? `, ${sz}` : ''})`;
        }
      }
      return `(${guardTermExpr(c, e, s)} === TRUE)`;
    }
    default:
      return `(${guardTermExpr(c, e, s)} === TRUE)`;
  }
}

/** A JS boolean for an operand of andalso/orelse/not, which must be a boolean. */
function strict(c: FnCompiler, e: ast.Expr, s: Set<string>): string {
  if (isBoolValued(e) || (e.kind === 'atom' && (e.value === 'true' || e.value === 'false'))) return gBool(c, e, s);
  return `rt.gb(${guardTermExpr(c, e, s)})`;
}

/**
 * A guard BIF called through its export entry, as a body call is: resolved
 * once at load, not looked up by name at every test.
 */
function guardCall(c: FnCompiler, name: string, args: string[]): string {
  return `${c.m.remote('erlang', name, args.length)}.fn(${['p', ...args].join(', ')})`;
}

function callName(e: ast.Call): string | null {
  if (e.fn.kind === 'atom') return e.fn.value;
  if (e.fn.kind === 'remote' && e.fn.module.kind === 'atom' && e.fn.module.value === 'erlang' && e.fn.name.kind === 'atom') return e.fn.name.value;
  return null;
}

function isIntLiteral(js: string): boolean {
  return /^\(-?\d+\)$/.test(js) && Number.isSafeInteger(Number(js.slice(1, -1)));
}

function isSimple(js: string): boolean {
  return /^([vt]\d+|a\d+|K\d+|\(-?\d+\))$/.test(js);
}

/** The value of an expression inside a guard, as one JS expression. */
export function guardTermExpr(c: FnCompiler, e: ast.Expr, s: Set<string>): string {
  const k = constantTerm(e);
  if (k !== undefined) return c.m.k(k);
  switch (e.kind) {
    case 'var':
      if (!s.has(e.name)) throw c.compileError(e, `variable '${e.name}' is unbound`);
      return c.b.varLocal(e.name);
    case 'tuple':
      return `[${e.elements.map((x) => guardTermExpr(c, x, s)).join(', ')}]`;
    case 'cons':
      return `new Cons(${guardTermExpr(c, e.head, s)}, ${guardTermExpr(c, e.tail, s)})`;
    case 'map': {
      const parts = e.assocs.flatMap((a) => [guardTermExpr(c, a.key, s), guardTermExpr(c, a.value, s)]);
      return `rt.mapBuild([${parts.join(', ')}])`;
    }
    case 'map_update': {
      const parts = e.assocs.flatMap((a) => [a.kind === 'map_field_exact' ? '1' : '0', guardTermExpr(c, a.key, s), guardTermExpr(c, a.value, s)]);
      return `rt.mapUpdate(${guardTermExpr(c, e.map, s)}, [${parts.join(', ')}])`;
    }
    case 'op': {
      if (e.op in COMPARE || ['==', '/=', '=:=', '=/=', 'andalso', 'orelse'].includes(e.op)) {
        return `(${gBool(c, e, s)} ? TRUE : FALSE)`;
      }
      const l = guardTermExpr(c, e.left, s);
      const r = guardTermExpr(c, e.right, s);
      const fn: Record<string, string> = {
        '+': 'add',
        '-': 'sub',
        '*': 'mul',
        '/': 'div',
        div: 'intDiv',
        rem: 'rem',
        band: 'band',
        bor: 'bor',
        bxor: 'bxor',
        bsl: 'bsl',
        bsr: 'bsr',
        and: 'and',
        or: 'or',
        xor: 'xor',
      };
      const f = fn[e.op];
      if (f === undefined) throw c.compileError(e, 'illegal guard expression');
      return arithmetic(c, e.op, f, l, r) ?? `rt.${f}(${l}, ${r})`;
    }
    case 'unop': {
      const v = guardTermExpr(c, e.operand, s);
      if (e.op === 'not') return `rt.not(${v})`;
      if (e.op === '-') return `rt.neg(${v})`;
      if (e.op === '+') return `rt.plus(${v})`;
      if (e.op === 'bnot') return `rt.bnot(${v})`;
      throw c.compileError(e, 'illegal guard expression');
    }
    case 'call': {
      const name = callName(e);
      if (name === null) throw c.compileError(e, 'illegal guard expression');
      if (name in TYPE_TESTS || name === 'is_record') return `(${gBool(c, e, s)} ? TRUE : FALSE)`;
      const args = e.args.map((a) => guardTermExpr(c, a, s));
      if (name === 'self' && args.length === 0) return 'p.pid';
      if (args.every(isSimple)) {
        const inl = inlineBif(name, args);
        if (inl !== null) return `(${inl})`;
      }
      return guardCall(c, name, args);
    }
    case 'bin': {
      // Rare in guards; built the same way as in bodies.
      throw c.compileError(e, 'illegal guard expression');
    }
    default:
      throw c.compileError(e, 'illegal guard expression');
  }
}

/**
 * An operand used more than once in a fast path: a local or literal as it
 * is, anything else evaluated once into a scratch temporary first (guard
 * expressions have no side effects, but need not be cheap). Returns the
 * assignment to put first (with its comma) and the name to use.
 */
function operand(c: FnCompiler, js: string): [string, string] {
  if (isSimple(js)) return ['', js];
  const t = c.b.scratchTemp();
  return [`(${t} = ${js}), `, t];
}

/**
 * Integer arithmetic on two small integers done in JS, as in bodies
 * (codegen.ts opExpr), with the runtime's function for anything else or
 * out of range; null for the operators that always call it.
 */
function arithmetic(c: FnCompiler, op: string, f: string, l: string, r: string): string | null {
  if (!['+', '-', '*', 'rem', 'div'].includes(op)) return null;
  const [pl, x] = operand(c, l);
  const [pr, y] = operand(c, r);
  const both = `typeof ${x} === 'number' && typeof ${y} === 'number'`;
  const slow = `rt.${f}(${x}, ${y})`;
  let fast: string;
  if (op === 'rem') fast = `(${both} && ${y} !== 0) ? (${x} % ${y}) + 0`;
  else if (op === 'div') fast = `(${both} && (${x} | 0) === ${x} && (${y} | 0) === ${y} && ${y} !== 0) ? Math.trunc(${x} / ${y}) + 0`;
  else {
    const t = c.b.scratchTemp();
    fast =
      op === '*' ? `(${both} && Number.isSafeInteger(${t} = ${x} * ${y}) && ${t} !== 0) ? ${t}` : `(${both} && ${safeIntResult(t, `${x} ${op} ${y}`)}) ? ${t}`;
  }
  return `(${pl}${pr}${fast} : ${slow})`;
}

/** Whether evaluating a guard test can raise (then it needs a try). */
function mayRaise(e: ast.Expr): boolean {
  switch (e.kind) {
    case 'var':
    case 'atom':
    case 'integer':
    case 'char':
    case 'float':
    case 'string':
    case 'nil':
      return false;
    case 'op':
      if (e.op in COMPARE || ['==', '/=', '=:=', '=/=', 'andalso', 'orelse'].includes(e.op))
        return mayRaise(e.left) || mayRaise(e.right) || e.op === 'andalso' || e.op === 'orelse';
      return true;
    case 'tuple':
      return e.elements.some(mayRaise);
    case 'cons':
      return mayRaise(e.head) || mayRaise(e.tail);
    case 'call': {
      const name = callName(e);
      if (name !== null && name in TYPE_TESTS && e.args.length === 1) return e.args.some(mayRaise);
      return true;
    }
    default:
      return true;
  }
}
