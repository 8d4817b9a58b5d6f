// Prints our AST as erl_parse's abstract format written with ~w, so that it
// can be compared with real erl's output character for character.

import type { Anno, BinElement, Clause, Expr, Form, Generator, MapAssoc, Qualifier, RecordFieldInit } from '../../src/syntax/ast.js';
import { writeAtom as writeAtomUnicode, writeFloat } from '../../src/syntax/write_term.js';
import { termExpr } from '../../src/syntax/deep_constant.js';

/** ~w writes atoms "as latin1": characters above 255 become \x{...}. */
function writeAtom(name: string): string {
  const q = writeAtomUnicode(name);
  return q.replace(/[^\u0000-\u00ff]/gu, (c) => `\\x{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

const a = (x: Anno): string => `{${x.line},${x.col}}`;
const list = (xs: string[]): string => `[${xs.join(',')}]`;
const str = (cps: number[]): string => (cps.length === 0 ? '[]' : list(cps.map(String)));
const atom = (at: Anno, name: string): string => `{atom,${a(at)},${writeAtom(name)}}`;

export function exprsText(es: Expr[]): string {
  return list(es.map(exprText));
}

export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'term':
      return exprText(termExpr(e.value, e));
    case 'atom':
      return atom(e, e.value);
    case 'integer':
      return `{integer,${a(e)},${String(e.value)}}`;
    case 'float':
      return `{float,${a(e)},${writeFloat(e.value)}}`;
    case 'char':
      return `{char,${a(e)},${e.value}}`;
    case 'string':
      return `{string,${a(e)},${str(e.value)}}`;
    case 'var':
      return `{var,${a(e)},${writeAtom(e.name)}}`;
    case 'nil':
      return `{nil,${a(e)}}`;
    case 'cons':
      return `{cons,${a(e)},${exprText(e.head)},${exprText(e.tail)}}`;
    case 'tuple':
      return `{tuple,${a(e)},${exprsText(e.elements)}}`;
    case 'map':
      return `{map,${a(e)},${list(e.assocs.map(assocText))}}`;
    case 'map_update':
      return `{map,${a(e)},${exprText(e.map)},${list(e.assocs.map(assocText))}}`;
    case 'bin':
      return `{bin,${a(e)},${list(e.elements.map(binElementText))}}`;
    case 'match':
      return `{match,${a(e)},${exprText(e.pattern)},${exprText(e.expr)}}`;
    case 'op':
      return `{op,${a(e)},${writeAtom(e.op)},${exprText(e.left)},${exprText(e.right)}}`;
    case 'unop':
      return `{op,${a(e)},${writeAtom(e.op)},${exprText(e.operand)}}`;
    case 'call':
      return `{call,${a(e)},${exprText(e.fn)},${exprsText(e.args)}}`;
    case 'remote':
      return `{remote,${a(e)},${exprText(e.module)},${exprText(e.name)}}`;
    case 'fun_ref':
      return `{'fun',${a(e)},{function,${writeAtom(e.name)},${e.arity}}}`;
    case 'fun_remote':
      return `{'fun',${a(e)},{function,${exprText(e.module)},${exprText(e.name)},${exprText(e.arity)}}}`;
    case 'fun':
      return `{'fun',${a(e)},{clauses,${clausesText(e.clauses)}}}`;
    case 'named_fun':
      return `{named_fun,${a(e)},${writeAtom(e.name)},${clausesText(e.clauses)}}`;
    case 'block':
      return `{block,${a(e)},${exprsText(e.body)}}`;
    case 'case':
      return `{'case',${a(e)},${exprText(e.expr)},${clausesText(e.clauses)}}`;
    case 'if':
      return `{'if',${a(e)},${clausesText(e.clauses)}}`;
    case 'receive':
      return e.after === undefined
        ? `{'receive',${a(e)},${clausesText(e.clauses)}}`
        : `{'receive',${a(e)},${clausesText(e.clauses)},${exprText(e.after.timeout)},${exprsText(e.after.body)}}`;
    case 'try':
      return `{'try',${a(e)},${exprsText(e.body)},${clausesText(e.clauses)},${clausesText(e.catchClauses)},${exprsText(e.after)}}`;
    case 'catch':
      return `{'catch',${a(e)},${exprText(e.expr)}}`;
    case 'lc':
      return `{lc,${a(e)},${exprText(e.expr)},${list(e.qualifiers.map(qualifierText))}}`;
    case 'bc':
      return `{bc,${a(e)},${exprText(e.expr)},${list(e.qualifiers.map(qualifierText))}}`;
    case 'mc':
      return `{mc,${a(e)},${exprText(e.expr)},${list(e.qualifiers.map(qualifierText))}}`;
    case 'record':
      return `{record,${a(e)},${writeAtom(e.name)},${list(e.fields.map(recordFieldText))}}`;
    case 'record_update':
      return `{record,${a(e)},${exprText(e.record)},${writeAtom(e.name)},${list(e.fields.map(recordFieldText))}}`;
    case 'record_index':
      return `{record_index,${a(e)},${writeAtom(e.name)},${atom(e.fieldAnno ?? e, e.field)}}`;
    case 'record_field_access':
      return `{record_field,${a(e)},${exprText(e.record)},${writeAtom(e.name)},${atom(e.fieldAnno ?? e, e.field)}}`;
  }
}

function assocText(m: MapAssoc): string {
  return `{${m.kind},${a(m)},${exprText(m.key)},${exprText(m.value)}}`;
}

function binElementText(b: BinElement): string {
  const size = b.size === 'default' ? 'default' : exprText(b.size);
  const types = b.types === 'default' ? 'default' : list(b.types.map((t) => (typeof t === 'string' ? writeAtom(t) : `{unit,${t.unit}}`)));
  return `{bin_element,${a(b)},${exprText(b.value)},${size},${types}}`;
}

function qualifierText(q: Qualifier): string {
  const kind: string = q.kind;
  if (kind === 'generate' || kind === 'b_generate' || kind === 'm_generate') {
    const g = q as Generator;
    return `{${g.kind},${a(g)},${exprText(g.pattern)},${exprText(g.expr)}}`;
  }
  return exprText(q as Expr);
}

function recordFieldText(f: RecordFieldInit): string {
  const name = f.field === '_' ? `{var,${a(f)},'_'}` : atom(f, f.field);
  return `{record_field,${a(f)},${name},${exprText(f.value)}}`;
}

function clauseText(c: Clause): string {
  return `{clause,${a(c)},${exprsText(c.patterns)},${list(c.guards.map(exprsText))},${exprsText(c.body)}}`;
}

function clausesText(cs: Clause[]): string {
  return list(cs.map(clauseText));
}

/** One line per form, in the shape gen_expected.escript writes. */
export function formText(f: Form): string {
  switch (f.kind) {
    case 'error':
      return `ERR ${f.line}:${f.col} ${f.message}`;
    case 'warning':
      return `WARN ${f.line}:${f.col} ${f.message}`;
    case 'eof':
      return 'EOF';
    case 'file':
      return `FILE ${f.file.split('/').pop()}`;
    case 'function':
      return `{function,${a(f)},${writeAtom(f.name)},${f.arity},${clausesText(f.clauses)}}`;
    case 'module':
      return `{attribute,${a(f)},module,${writeAtom(f.name)}}`;
    case 'export':
      return `{attribute,${a(f)},export,${list(f.functions.map(([n, ar]) => `{${writeAtom(n)},${ar}}`))}}`;
    case 'import':
      return `{attribute,${a(f)},import,{${writeAtom(f.module)},${list(f.functions.map(([n, ar]) => `{${writeAtom(n)},${ar}}`))}}}`;
    case 'record_def':
      return `RECORD ${a(f)} ${writeAtom(f.name)} ${list(
        f.fields.map((d) =>
          d.default === undefined ? `{record_field,${a(d)},${atom(d, d.name)}}` : `{record_field,${a(d)},${atom(d, d.name)},${exprText(d.default)}}`,
        ),
      )}`;
    case 'attribute':
      if (f.value === null) return `ATTR ${a(f)} ${writeAtom(f.name)}`;
      return `{attribute,${a(f)},${writeAtom(f.name)},${termText(f.value)}}`;
  }
}

/** A literal expression as the term it denotes (attribute values). */
function termText(e: Expr): string {
  switch (e.kind) {
    case 'atom':
      return writeAtom(e.value);
    case 'integer':
    case 'char':
      return String(e.value);
    case 'float':
      return writeFloat(e.value);
    case 'string':
      return str(e.value);
    case 'nil':
      return '[]';
    case 'tuple':
      return `{${e.elements.map(termText).join(',')}}`;
    case 'cons': {
      const items: string[] = [];
      let cur: Expr = e;
      while (cur.kind === 'cons') {
        items.push(termText(cur.head));
        cur = cur.tail;
      }
      return cur.kind === 'nil' ? list(items) : `[${items.join(',')}|${termText(cur)}]`;
    }
    case 'unop':
      return '-' + termText(e.operand);
    default:
      return '?';
  }
}
