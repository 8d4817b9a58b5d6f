// Pattern matching: emits tests that jump to a failure action and bindings
// of the variables the pattern introduces. `bound` is the set of Erlang
// variables bound before the test, updated as the pattern binds more.

import type * as ast from '../syntax/ast.js';
import { skipPosition, visitTree } from '../syntax/tree_walk.js';
import { Atom, ErlFloat, NIL, type Term } from '../terms/types.js';
import type { FnCompiler } from './codegen.js';
import { constantTerm, stringToList } from './literals.js';
import { expandStringSegments } from './codegen.js';

export function matchPattern(c: FnCompiler, pat: ast.Expr, val: string, bound: Set<string>, fail: string): void {
  const b = c.b;
  const failIf = (cond: string) => b.emit(`if (${cond}) { ${fail} }`);
  switch (pat.kind) {
    case 'var': {
      if (pat.name === '_') return;
      const l = b.varLocal(pat.name);
      if (bound.has(pat.name)) {
        // Two different numbers or bignums are unequal (=:=) without the call.
        failIf(`${l} !== ${val} && (typeof ${l} !== 'object' || !rt.exactEq(${l}, ${val}))`);
      } else {
        b.emit(`${l} = ${val};`);
        bound.add(pat.name);
      }
      return;
    }
    case 'integer':
    case 'char': {
      const v = pat.value;
      if (typeof v === 'number') failIf(`${val} !== ${c.m.k(v)}`);
      else failIf(`!rt.exactEq(${val}, ${c.m.k(v)})`);
      return;
    }
    case 'atom':
      failIf(`${val} !== ${c.m.k(Atom.of(pat.value))}`);
      return;
    case 'float':
      failIf(`!(${val} instanceof rt.ErlFloat) || ${val}.value !== ${c.m.k(new ErlFloat(pat.value))}.value`);
      return;
    case 'nil':
      failIf(`${val} !== NIL`);
      return;
    case 'string': {
      if (pat.value.length === 0) {
        failIf(`${val} !== NIL`);
        return;
      }
      failIf(`!rt.exactEq(${val}, ${c.m.k(stringToList(pat.value))})`);
      return;
    }
    case 'term':
      failIf(`!rt.exactEq(${val}, ${c.m.k(pat.value)})`);
      return;
    case 'cons': {
      const k = constantTerm(pat);
      if (k !== undefined) {
        failIf(`!rt.exactEq(${val}, ${c.m.k(k)})`);
        return;
      }
      failIf(`!(${val} instanceof Cons)`);
      const h = b.temp();
      const t = b.temp();
      b.emit(`${h} = ${val}.head; ${t} = ${val}.tail;`);
      matchPattern(c, pat.head, h, bound, fail);
      matchPattern(c, pat.tail, t, bound, fail);
      return;
    }
    case 'tuple': {
      const n = pat.elements.length;
      failIf(`!Array.isArray(${val}) || ${val}.length !== ${n}`);
      pat.elements.forEach((e, i) => {
        if (e.kind === 'var' && e.name === '_') return;
        if (e.kind === 'atom') {
          failIf(`${val}[${i}] !== ${c.m.k(Atom.of(e.value))}`);
          return;
        }
        if ((e.kind === 'integer' || e.kind === 'char') && typeof e.value === 'number') {
          failIf(`${val}[${i}] !== ${c.m.k(e.value)}`);
          return;
        }
        const t = b.temp();
        b.emit(`${t} = ${val}[${i}];`);
        matchPattern(c, e, t, bound, fail);
      });
      return;
    }
    case 'map': {
      failIf(`!rt.isMap(${val})`);
      for (const a of pat.assocs) {
        const key = c.guardTerm(a.key, bound);
        const t = b.temp();
        b.emit(`${t} = ${val}.get(${key});`);
        failIf(`${t} === undefined`);
        matchPattern(c, a.value, t, bound, fail);
      }
      return;
    }
    case 'match': {
      matchPattern(c, pat.pattern, val, bound, fail);
      matchPattern(c, pat.expr, val, bound, fail);
      return;
    }
    case 'op': {
      if (pat.op === '++') {
        // "prefix" ++ Rest
        let prefix: number[] | null = null;
        if (pat.left.kind === 'string') prefix = pat.left.value;
        else if (pat.left.kind === 'nil') prefix = [];
        else {
          const k = constantTerm(pat.left);
          if (k !== undefined) prefix = listCodes(k);
        }
        if (prefix === null) throw c.compileError(pat, 'illegal pattern');
        let cur = val;
        for (const ch of prefix) {
          failIf(`!(${cur} instanceof Cons) || ${cur}.head !== ${ch}`);
          const nt = b.temp();
          b.emit(`${nt} = ${cur}.tail;`);
          cur = nt;
        }
        matchPattern(c, pat.right, cur, bound, fail);
        return;
      }
      const k = constantTerm(pat);
      if (k === undefined) throw c.compileError(pat, 'illegal pattern');
      failIf(`!rt.exactEq(${val}, ${c.m.k(k)})`);
      return;
    }
    case 'unop': {
      const k = constantTerm(pat);
      if (k === undefined) throw c.compileError(pat, 'illegal pattern');
      if (typeof k === 'number') failIf(`${val} !== ${k}`);
      else failIf(`!rt.exactEq(${val}, ${c.m.k(k)})`);
      return;
    }
    case 'bin':
      matchBinary(c, pat, val, bound, fail);
      return;
    default:
      throw c.compileError(pat, 'illegal pattern');
  }
}

function listCodes(t: Term): number[] | null {
  const out: number[] = [];
  let l = t;
  while (l !== NIL) {
    if (typeof l !== 'object' || !('head' in l)) return null;
    const h = (l as { head: Term }).head;
    if (typeof h !== 'number') return null;
    out.push(h);
    l = (l as { tail: Term }).tail;
  }
  return out;
}

/** Variables a pattern would bind, in order. */
export function patternVars(pat: ast.Expr, out: Set<string>): Set<string> {
  walkVars(pat, (n) => out.add(n));
  return out;
}

export function walkVars(e: unknown, f: (name: string) => void): void {
  visitTree(
    e,
    (n) => {
      if (n.kind === 'var' && typeof n.name === 'string') {
        if (n.name !== '_') f(n.name);
        return false;
      }
      return true;
    },
    skipPosition,
  );
}

// ---- binaries ---------------------------------------------------------

interface SegSpec {
  type: 'integer' | 'float' | 'binary' | 'bitstring' | 'utf8' | 'utf16' | 'utf32';
  signed: boolean;
  endian: 'big' | 'little' | 'native';
  unit: number;
}

export function segSpec(el: ast.BinElement): SegSpec {
  const s: SegSpec = { type: 'integer', signed: false, endian: 'big', unit: 0 };
  if (el.types !== 'default') {
    for (const t of el.types) {
      if (typeof t === 'object') s.unit = t.unit;
      else if (t === 'integer' || t === 'float' || t === 'binary' || t === 'bitstring' || t === 'utf8' || t === 'utf16' || t === 'utf32') s.type = t;
      else if (t === 'bytes') s.type = 'binary';
      else if (t === 'bits') s.type = 'bitstring';
      else if (t === 'signed') s.signed = true;
      else if (t === 'unsigned') s.signed = false;
      else if (t === 'big' || t === 'little' || t === 'native') s.endian = t;
    }
  }
  if (s.unit === 0) s.unit = s.type === 'binary' ? 8 : 1;
  return s;
}

function matchBinary(c: FnCompiler, pat: ast.BinE, val: string, bound: Set<string>, fail: string): void {
  const b = c.b;
  b.emit(`if (!(${val} instanceof rt.BitStr)) { ${fail} }`);
  const off = matchSegments(c, pat, val, '0', true, bound, fail);
  b.emit(`if (${off} !== ${val}.bits) { ${fail} }`);
}

/**
 * The segments of `pat` matched in the bitstring `val` from bit `start` on,
 * whatever follows them: the name of the temp holding the offset after
 * them. A binary generator walks its binary with this, keeping an offset
 * where a sub-binary per element would otherwise be made for the rest.
 * `val` must be known to be a BitStr.
 */
export function matchSegments(c: FnCompiler, pat: ast.BinE, val: string, start: string, closed: boolean, bound: Set<string>, fail: string): string {
  const b = c.b;
  const failIf = (cond: string) => b.emit(`if (${cond}) { ${fail} }`);
  const off = b.temp();
  b.emit(`${off} = ${start};`);
  const elements = expandStringSegments(pat.elements);
  const n = elements.length;
  elements.forEach((el, i) => {
    const s = segSpec(el);
    const last = closed && i === n - 1;
    let size: string;
    if (el.size === 'default') {
      if (s.type === 'integer') size = '8';
      else if (s.type === 'float') size = '64';
      else if (s.type === 'binary' || s.type === 'bitstring') {
        if (!closed) throw c.compileError(el, 'binary fields without size are not allowed in patterns of bit string generators');
        if (!last) throw c.compileError(el, 'a binary field without size is only allowed at the end of a binary pattern');
        size = '-1';
      } else size = '0';
    } else {
      const k = constantTerm(el.size);
      if (typeof k === 'number' && Number.isInteger(k) && k >= 0 && k * s.unit <= 2 ** 32) {
        size = String(k * s.unit);
      } else {
        const sz = c.guardTerm(el.size, bound);
        size = b.temp();
        if (c.isShellCode && (s.type === 'binary' || s.type === 'bitstring')) b.emit(`${size} = rt.segSizeShell(${sz}, ${s.unit}, ${val}.bits - ${off});`);
        else b.emit(`${size} = rt.segSize(${sz}, ${s.unit});`);
        failIf(`${size} < 0`);
      }
    }
    const t = b.temp();
    const flags = (s.signed ? 1 : 0) | (s.endian === 'little' ? 2 : 0) | (s.endian === 'native' ? 4 : 0);
    const fixed = /^\d+$/.test(size) ? Number(size) : -1;
    if (s.type === 'integer' && flags === 0 && fixed > 0 && fixed <= 32) {
      // An unsigned big-endian integer of a known size (bytes, bit fields):
      // read in place, no call for the bounds and the offset.
      failIf(`${off} + ${fixed} > ${val}.bits`);
      if (fixed === 8) {
        // A byte, usually at a byte boundary: read without a call.
        b.emit(`${t} = ${val}.start + ${off};`);
        b.emit(`${t} = (${t} & 7) === 0 ? ${val}.data[${t} >>> 3] : rt.ubits(${val}.data, ${t}, 8);`);
      } else if (fixed === 1) {
        // A bit (a bit-by-bit walk): no call either.
        b.emit(`${t} = ${val}.start + ${off};`);
        b.emit(`${t} = (${val}.data[${t} >>> 3] >>> (7 - (${t} & 7))) & 1;`);
      } else b.emit(`${t} = rt.ubits(${val}.data, ${val}.start + ${off}, ${fixed});`);
      b.emit(`${off} = ${off} + ${fixed};`);
      matchPattern(c, el.value, t, bound, fail);
      return;
    }
    if (s.type === 'binary' || s.type === 'bitstring') {
      // A sub-binary sharing val's bytes, made here: the rest of the
      // binary (`Rest/binary`, size -1) or a sized part.
      if (size === '-1') {
        if (s.type === 'binary') failIf(`((${val}.bits - ${off}) & 7) !== 0`);
        const loop = c.loopRest;
        if (loop !== null && loop.param === val && closed && el.value.kind === 'var' && el.value.name === loop.restVar) {
          // The loop's rest: only its offset, made into the argument by the self tail call (FnCompiler.selfLoop).
          b.emit(`${t} = ${off};`);
        } else b.emit(`${t} = ${off} === 0 ? ${val} : new rt.BitStr(null, ${val}.bits - ${off}, ${val}.data, ${val}.start + ${off}, ${val}.chunk);`);
        b.emit(`${off} = ${val}.bits;`);
      } else {
        failIf(`${off} + ${size} > ${val}.bits`);
        b.emit(`${t} = new rt.BitStr(null, ${size}, ${val}.data, ${val}.start + ${off}, ${val}.chunk);`);
        b.emit(`${off} = ${off} + ${size};`);
      }
      matchPattern(c, el.value, t, bound, fail);
      return;
    }
    switch (s.type) {
      case 'integer':
        b.emit(`${t} = rt.bmInt(${val}, ${off}, ${size}, ${flags});`);
        break;
      case 'float':
        b.emit(`${t} = rt.bmFloat(${val}, ${off}, ${size}, ${flags});`);
        break;
      default:
        b.emit(`${t} = rt.bmUtf(${val}, ${off}, '${s.type}', ${flags});`);
    }
    failIf(`${t} === rt.NOMATCH`);
    b.emit(`${off} = rt.bmOff;`);
    matchPattern(c, el.value, t, bound, fail);
  });
  return off;
}
