// Expressions back to source text as erl_pp prints them: h() lists the
// commands this way (erl_pp:exprs/3, indented by the width of "N: "), rl()
// the record definitions' defaults. This is erl_pp's lexpr/3: each
// expression becomes layout items (erl_pp_layout.ts), with parentheses
// where the operator priorities need them.

import type { Clause, Expr, Qualifier, RecordFieldInit } from '../../syntax/ast.js';
import { writeAtom, writeChar, writeFloat, writeString } from '../../syntax/write_term.js';
import { isAutoImported } from '../../compiler/autoimport.js';
import { complexLeaf, cstep, first, layout, list, preferNl, reserved, sep, seq, step, type CItem, type Item } from './erl_pp_layout.js';
import { termExpr } from '../../syntax/deep_constant.js';

/** erl_pp:expr/1: one expression, starting at column 0. */
export function exprText(e: Expr): string {
  return layout(lexpr(e, 0), 0);
}

/** erl_pp:exprs/3: a command's expressions separated by commas, starting at column `indent`. */
export function exprsText(es: Expr[], indent: number): string {
  return layout(
    seq(
      '',
      '',
      sep(','),
      es.map((e) => lexpr(e, 0)),
    ),
    indent,
  );
}

/** erl_parse's priorities: [left, operator, right]. */
const INOP: Record<string, [number, number, number]> = {
  '=': [150, 100, 100],
  '!': [150, 100, 100],
  orelse: [160, 150, 150],
  andalso: [200, 160, 160],
  '++': [400, 300, 300],
  '--': [400, 300, 300],
  ...Object.fromEntries(['==', '/=', '=<', '<', '>=', '>', '=:=', '=/='].map((o) => [o, [300, 200, 300]])),
  ...Object.fromEntries(['+', '-', 'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor'].map((o) => [o, [400, 400, 500]])),
  ...Object.fromEntries(['*', '/', 'div', 'rem', 'band', 'and'].map((o) => [o, [500, 500, 600]])),
};
const FUNC_PREC: [number, number] = [800, 700];
const HASH_PREC: [number, number] = [700, 800];

const paren = (p: number, prec: number, item: Item): Item => (p < prec ? ['(', item, ')'] : item);
const atom = (a: string): Item => writeAtom(a);

function lexpr(e: Expr, prec: number): Item {
  switch (e.kind) {
    case 'term':
      return lexpr(termExpr(e.value, e), prec);
    case 'var':
      return e.name;
    case 'char':
      return complexLeaf(writeChar(e.value));
    case 'integer':
      return String(e.value);
    case 'float':
      return writeFloat(e.value);
    case 'atom':
      return atom(e.value);
    case 'string':
      return complexLeaf(writeString(e.value));
    case 'nil':
      return '[]';
    case 'cons': {
      const items: Expr[] = [];
      let t: Expr = e;
      while (t.kind === 'cons') {
        items.push(t.head);
        t = t.tail;
      }
      if (t.kind === 'nil')
        return seq(
          '[',
          ']',
          sep(','),
          items.map((x) => lexpr(x, 0)),
        );
      return seq(
        '[',
        ']',
        sep(',', true, ' |'),
        [...items, t].map((x) => lexpr(x, 0)),
      );
    }
    case 'tuple':
      return tuple(e.elements.map((x) => lexpr(x, 0)));
    case 'map':
      return paren(HASH_PREC[0], prec, first('#', tuple(e.assocs.map(mapField))));
    case 'map_update':
      return paren(HASH_PREC[0], prec, first([lexpr(e.map, HASH_PREC[1]), '#'], tuple(e.assocs.map(mapField))));
    case 'match': {
      const [l, p, r] = INOP['=']!;
      return paren(p, prec, list(cstep([lexpr(e.pattern, l), ' ='], lexpr(e.expr, r))));
    }
    case 'op': {
      const [l, p, r] = INOP[e.op] ?? [400, 400, 500];
      const items: CItem[] = [lexpr(e.left, l), reserved(e.op), lexpr(e.right, r)];
      return paren(p, prec, e.op === 'andalso' || e.op === 'orelse' ? preferNl(sep('', true), items) : list(...items));
    }
    case 'unop': {
      const op = e.op === '+' || e.op === '-' ? e.op : `${e.op} `;
      return paren(600, prec, [reserved(op), lexpr(e.operand, 700)]);
    }
    case 'call':
      return paren(FUNC_PREC[1], prec, first(callName(e.fn, e.args.length), args(e.args)));
    case 'remote':
      return paren(900, prec, [lexpr(e.module, 800), ':', lexpr(e.name, 900)]);
    case 'fun_ref':
      return ['fun ', atom(e.name), `/${e.arity}`];
    case 'fun_remote':
      return ['fun ', lexpr(e.module, 0), ':', lexpr(e.name, 0), '/', lexpr(e.arity, 0)];
    case 'fun':
      return list(first('fun', funClauses(e.clauses, null)), reserved('end'));
    case 'named_fun':
      return list(first(['fun', ' '], funClauses(e.clauses, e.name)), reserved('end'));
    case 'block':
      return list(step('begin', body(e.body)), reserved('end'));
    case 'if':
      return list(step('if', clauses(e.clauses.map((c) => step([guardNoWhen(c.guards), ' ->'], body(c.body))))), reserved('end'));
    case 'case':
      return list(step(list(step('case', lexpr(e.expr, 0)), reserved('of')), crClauses(e.clauses)), reserved('end'));
    case 'receive': {
      const parts: CItem[] = [step('receive', crClauses(e.clauses))];
      if (e.after !== undefined) parts.push(step('after', list(step([lexpr(e.after.timeout, 0), ' ->'], body(e.after.body)))));
      return list(...parts, reserved('end'));
    }
    case 'try': {
      const parts: CItem[] = [e.clauses.length === 0 ? step('try', body(e.body)) : step(list(step('try', body(e.body)), reserved('of')), crClauses(e.clauses))];
      if (e.catchClauses.length > 0) parts.push(step('catch', clauses(e.catchClauses.map(tryClause))));
      if (e.after.length > 0) parts.push(step('after', body(e.after)));
      return list(...parts, reserved('end'));
    }
    case 'catch':
      return paren(700, prec, list(step('catch', lexpr(e.expr, 100))));
    case 'lc':
      return comprehension('[', ']', e.expr, e.qualifiers);
    case 'bc':
      return comprehension('<<', '>>', e.expr, e.qualifiers);
    case 'mc':
      return comprehension('#{', '}', e.expr, e.qualifiers);
    case 'record':
      return paren(HASH_PREC[0], prec, first(['#', atom(e.name)], recordFields(e.fields)));
    case 'record_update':
      return paren(HASH_PREC[0], prec, first([lexpr(e.record, HASH_PREC[1]), '#', atom(e.name)], recordFields(e.fields)));
    case 'record_index':
      return paren(HASH_PREC[0], prec, ['#', atom(e.name), '.', atom(e.field)]);
    case 'record_field_access':
      return paren(HASH_PREC[0], prec, [lexpr(e.record, HASH_PREC[1]), '#', atom(e.name), '.', atom(e.field)]);
    case 'bin':
      return binText(e);
  }
}

/** A call's name: erlang:F for an auto-imported BIF prints as plain F, as erl_pp does. */
function callName(fn: Expr, arity: number): Item {
  if (fn.kind === 'remote' && fn.module.kind === 'atom' && fn.module.value === 'erlang' && fn.name.kind === 'atom') {
    const f = fn.name.value;
    if (f !== 'float' && isAutoImported(f, arity)) return lexpr(fn.name, FUNC_PREC[0]);
  }
  return lexpr(fn, FUNC_PREC[0]);
}

function tuple(items: Item[]): Item {
  return items.length === 0 ? '{}' : seq('{', '}', sep(','), items);
}

function args(as: Expr[]): Item {
  return seq(
    '(',
    ')',
    sep(','),
    as.map((a) => lexpr(a, 0)),
  );
}

function mapField(a: { kind: string; key: Expr; value: Expr }): Item {
  return list(step([lexpr(a.key, 0), a.kind === 'map_field_assoc' ? ' =>' : ' :='], lexpr(a.value, 0)));
}

function recordFields(fs: RecordFieldInit[]): Item {
  return tuple(fs.map((f) => list(cstep([f.field === '_' ? '_' : atom(f.field), ' ='], lexpr(f.value, 100)))));
}

function body(es: Expr[]): Item {
  return es.length === 1
    ? lexpr(es[0]!, 0)
    : preferNl(
        sep(','),
        es.map((e) => lexpr(e, 0)),
      );
}

function clauses(cs: CItem[]): Item {
  return preferNl(sep(';'), cs);
}

function crClauses(cs: Clause[]): Item {
  return clauses(cs.map((c) => step(guardWhen(lexpr(c.patterns[0]!, 0), c.guards), body(c.body))));
}

function tryClause(c: Clause): CItem {
  const p = c.patterns[0]!;
  let head: Item = lexpr(p, 0);
  if (p.kind === 'tuple' && p.elements.length === 3) {
    const [cls, reason, stack] = p.elements as [Expr, Expr, Expr];
    head = [lexpr(cls, 0), ':', lexpr(reason, 0)];
    if (!(stack.kind === 'var' && stack.name === '_')) head = [head, ':', lexpr(stack, 0)];
  }
  return step(guardWhen(head, c.guards), body(c.body));
}

function funClauses(cs: Clause[], name: string | null): Item {
  return preferNl(
    sep(';'),
    cs.map((c) => step(name === null ? guardWhen(args(c.patterns), c.guards) : [name, guardWhen(args(c.patterns), c.guards)], body(c.body))),
  );
}

/** erl_pp's guard_when/3: the head, `when` and the guard on the next line if need be, then " ->". */
function guardWhen(before: Item, guards: Expr[][]): Item {
  const g: Item = guards.length === 0 ? [] : list(step('when', guardSeq(guards, sep(';'))));
  return [list(step(before, g)), ' ->'];
}

function guardNoWhen(guards: Expr[][]): Item {
  return guardSeq(guards, sep(';', false));
}

function guardSeq(guards: Expr[][], s: Sep): Item {
  return seq(
    '',
    '',
    s,
    guards.map((g) =>
      seq(
        '',
        '',
        sep(','),
        g.map((t) => lexpr(t, 0)),
      ),
    ),
  );
}

type Sep = ReturnType<typeof sep>;

function comprehension(open: string, close: string, e: Expr, qs: Qualifier[]): Item {
  const quals = preferNl(sep(','), qs.map(qualifier));
  const lc = list(step([lexpr(e, 0), ' ||'], quals));
  return list(seq(open, [], sep('', true), [{ k: 'prefer_nl', sep: sep(''), items: [' ', [lc]] }]), close);
}

function qualifier(q: Qualifier): Item {
  if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
    const arrow = q.kind === 'b_generate' ? ' <=' : ' <-';
    return list(step([lexpr(q.pattern, 0), arrow], lexpr(q.expr, 0)));
  }
  return lexpr(q as Expr, 0);
}

/** Binaries print flat: <<E:Size/Types, ...>>. */
function binText(e: Expr & { kind: 'bin' }): Item {
  if (e.elements.length === 0) return '<<>>';
  const parts = e.elements.map((el) => {
    let s = layout(lexpr(el.value, 900), 0);
    if (el.size !== 'default') s += `:${layout(lexpr(el.size, 900), 0)}`;
    if (el.types !== 'default') s += `/${el.types.map((t) => (typeof t === 'string' ? t : `unit:${t.unit}`)).join('-')}`;
    return s;
  });
  return complexLeaf(`<<${parts.join(',')}>>`);
}
