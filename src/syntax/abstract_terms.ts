// What erl_parse does with terms besides parsing: a parsed form as its
// abstract format term (parse_form), a constant expression's value
// (parse_term, normalise) and a term's abstract format (abstract).

import { Atom, BitStr, Cons, ErlFloat, NIL, Pid, Ref, Fun, isMap, list, type Term } from '../terms/types.js';
import { ErlMap } from '../terms/map.js';
import type * as ast from './ast.js';
import { clauseTerm, exprTerm } from './abstract_code.js';
import type { ParsedForm } from './form_parser.js';

const at = (name: string): Atom => Atom.of(name);

function annoTerm(a: ast.Anno): Term {
  return a.col > 0 ? [a.line, a.col] : a.line;
}

const faList = (fs: [string, number][]): Term => list(fs.map(([f, n]) => [at(f), n]));

/** A form as erl_parse:parse_form/1 gives it. */
export function formTerm(f: ParsedForm): Term {
  const a = annoTerm(f);
  switch (f.kind) {
    case 'function':
      return [at('function'), a, at(f.name), f.arity, list(f.clauses.map(clauseTerm))];
    case 'module':
      return [at('attribute'), a, at('module'), at(f.name)];
    case 'export':
      return [at('attribute'), a, at('export'), faList(f.functions)];
    case 'import':
      return [at('attribute'), a, at('import'), [at(f.module), faList(f.functions)]];
    case 'file':
      return [at('attribute'), a, at('file'), [list([...f.file].map((c) => c.codePointAt(0)!)), f.fileLine]];
    case 'record_def':
      return [
        at('attribute'),
        a,
        at('record'),
        [
          at(f.name),
          list(
            f.fields.map((fd) => {
              const name: Term = [at('atom'), annoTerm(fd), at(fd.name)];
              return fd.default === undefined ? [at('record_field'), annoTerm(fd), name] : [at('record_field'), annoTerm(fd), name, exprTerm(fd.default)];
            }),
          ),
        ],
      ];
    case 'attribute': {
      const v = f.value === null ? null : literalValue(f.value);
      return [at('attribute'), a, at(f.name), v ?? at('undefined')];
    }
  }
}

/** The value of a constant expression (erl_parse:normalise/1), or null. */
export function literalValue(e: ast.Expr): Term | null {
  switch (e.kind) {
    case 'atom':
      return at(e.value);
    case 'integer':
    case 'char':
      return e.value;
    case 'float':
      return new ErlFloat(e.value);
    case 'string':
      return list(e.value);
    case 'nil':
      return NIL;
    case 'cons': {
      const h = literalValue(e.head);
      const t = literalValue(e.tail);
      return h === null || t === null ? null : new Cons(h, t);
    }
    case 'tuple': {
      const xs = e.elements.map(literalValue);
      return xs.some((x) => x === null) ? null : (xs as Term[]);
    }
    case 'map': {
      const pairs: [Term, Term][] = [];
      for (const m of e.assocs) {
        if (m.kind !== 'map_field_assoc') return null;
        const k = literalValue(m.key);
        const v = literalValue(m.value);
        if (k === null || v === null) return null;
        pairs.push([k, v]);
      }
      return ErlMap.fromEntries(pairs) as unknown as Term;
    }
    case 'unop': {
      const v = literalValue(e.operand);
      if (e.op === '+' && (typeof v === 'number' || typeof v === 'bigint' || v instanceof ErlFloat)) return v;
      if (e.op !== '-') return null;
      if (typeof v === 'number') return v === 0 ? 0 : -v;
      if (typeof v === 'bigint') return -v;
      if (v instanceof ErlFloat) return new ErlFloat(-v.value);
      return null;
    }
    case 'bin':
      return binValue(e.elements);
    default:
      return null;
  }
}

/** A binary of constant segments: integers (default 8 bits), strings, binaries. */
function binValue(elements: ast.BinElement[]): Term | null {
  const bits: number[] = [];
  const pushInt = (v: bigint, size: number): void => {
    for (let i = size - 1; i >= 0; i--) bits.push(Number((v >> BigInt(i)) & 1n));
  };
  for (const el of elements) {
    const types = el.types === 'default' ? [] : el.types;
    const size = el.size === 'default' ? null : literalValue(el.size);
    if (size !== null && typeof size !== 'number') return null;
    const unit = types.find((t) => typeof t !== 'string') as { unit: number } | undefined;
    const names = types.filter((t): t is string => typeof t === 'string');
    if (names.some((n) => n !== 'integer' && n !== 'binary' && n !== 'bits' && n !== 'bitstring' && n !== 'unsigned' && n !== 'big')) return null;
    const isBinary = names.some((n) => n === 'binary' || n === 'bits' || n === 'bitstring');
    if (el.value.kind === 'string' && !isBinary) {
      for (const c of el.value.value) pushInt(BigInt(c), size ?? 8);
      continue;
    }
    const v = literalValue(el.value);
    if (isBinary) {
      if (!(v instanceof BitStr)) return null;
      for (let i = 0; i < v.bits; i++) bits.push((v.buf[i >> 3]! >> (7 - (i & 7))) & 1);
      continue;
    }
    if (typeof v !== 'number' && typeof v !== 'bigint') return null;
    pushInt(BigInt(v), (size ?? 8) * (unit?.unit ?? 1));
  }
  const bytes = new Uint8Array((bits.length + 7) >> 3);
  bits.forEach((b, i) => {
    if (b) bytes[i >> 3]! |= 0x80 >> (i & 7);
  });
  return new BitStr(bytes, bits.length);
}

/** erl_parse:abstract/2: the abstract format of a term; null for pids, refs, funs. */
export function abstractTerm(t: Term, a: Term, isChar: (c: number) => boolean): Term | null {
  if (t instanceof Atom) return [at('atom'), a, t];
  if (typeof t === 'number' || typeof t === 'bigint') return [at('integer'), a, t];
  if (t instanceof ErlFloat) return [at('float'), a, t];
  if (t === NIL) return [at('nil'), a];
  if (t instanceof Cons) return abstractList(t, a, isChar);
  if (Array.isArray(t)) {
    const xs = t.map((x) => abstractTerm(x, a, isChar));
    return xs.some((x) => x === null) ? null : [at('tuple'), a, list(xs as Term[])];
  }
  if (t instanceof BitStr) {
    const els: Term[] = [];
    const whole = t.bits >> 3;
    for (let i = 0; i < whole; i++) els.push([at('bin_element'), a, [at('integer'), a, t.buf[i]!], at('default'), at('default')]);
    const rest = t.bits & 7;
    if (rest > 0) els.push([at('bin_element'), a, [at('integer'), a, t.buf[whole]! >> (8 - rest)], [at('integer'), a, rest], at('default')]);
    return [at('bin'), a, list(els)];
  }
  if (isMap(t)) {
    const fields: Term[] = [];
    for (const [k, v] of (t as unknown as ErlMap).entries()) {
      const ka = abstractTerm(k, a, isChar);
      const va = abstractTerm(v, a, isChar);
      if (ka === null || va === null) return null;
      fields.push([at('map_field_assoc'), a, ka, va]);
    }
    return [at('map'), a, list(fields)];
  }
  if (t instanceof Pid || t instanceof Ref || t instanceof Fun) return null;
  return null;
}

/** A list is a string while its elements are characters; the rest are cons cells. */
function abstractList(l: Term, a: Term, isChar: (c: number) => boolean): Term | null {
  const chars: number[] = [];
  let cur: Term = l;
  while (cur instanceof Cons && typeof cur.head === 'number' && cur.head >= 0 && isChar(cur.head)) {
    chars.push(cur.head);
    cur = cur.tail;
  }
  let rest: Term | null;
  if (cur === NIL) return [at('string'), a, list(chars)];
  if (cur instanceof Cons) {
    const h = abstractTerm(cur.head, a, isChar);
    const t = abstractTerm(cur.tail, a, isChar);
    rest = h === null || t === null ? null : [at('cons'), a, h, t];
  } else {
    rest = abstractTerm(cur, a, isChar);
  }
  if (rest === null) return null;
  for (let i = chars.length - 1; i >= 0; i--) rest = [at('cons'), a, [at('integer'), a, chars[i]!], rest];
  return rest;
}
