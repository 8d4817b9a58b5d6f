// Forms: function definitions and attributes, one dot-terminated token list
// at a time, as erl_parse:parse_form does it.

import type { Clause, Expr, Form, RecordFieldDef } from './ast.js';
import { ParseFail } from './parse_error.js';
import { anno, checkClauses, ExprParser, firstAnno } from './parser.js';
import type { Token } from './token.js';

/** Attributes whose value is a type or spec: kept as raw tokens, not parsed. */
const TYPE_ATTRIBUTES = new Set(['spec', 'callback', 'type', 'opaque']);

export type ParsedForm = Exclude<Form, { kind: 'error' | 'warning' | 'eof' }>;

/** Parses one form; `tokens` end with a dot (or not, when the file ended early). */
export function parseForm(tokens: readonly Token[]): ParsedForm | ParseFail {
  try {
    return new FormParser(tokens).form();
  } catch (e) {
    if (e instanceof ParseFail) return e;
    throw e;
  }
}

class FormParser extends ExprParser {
  form(): ParsedForm {
    const f = this.is('-') ? this.attribute() : this.functionDef();
    this.expect('dot');
    return f;
  }

  private functionDef(): ParsedForm {
    const clauses: { name: string; clause: Clause }[] = [];
    for (;;) {
      const nameTok = this.expect('atom');
      const patterns = this.argumentList(true);
      const guards = this.clauseGuard();
      const body = this.clauseBody();
      clauses.push({ name: nameTok.value as string, clause: { kind: 'clause', ...anno(nameTok), patterns, guards, body } });
      if (!this.is(';')) break;
      this.next();
    }
    const first = clauses[0]!;
    const arity = first.clause.patterns.length;
    checkClauses(clauses, first.name, arity);
    return {
      kind: 'function',
      ...anno(first.clause),
      name: first.name,
      arity,
      clauses: clauses.map((c) => c.clause),
    };
  }

  private attribute(): ParsedForm {
    const dash = this.expect('-');
    const nameTok = this.peek();
    if (nameTok.kind !== 'atom') this.fail();
    this.next();
    const name = nameTok.value as string;
    // erl_parse puts the attribute at its name, not at the dash.
    const at = anno(nameTok);
    void dash;
    if (TYPE_ATTRIBUTES.has(name)) return this.rawAttribute(name, at);
    if (name === 'record') return this.recordAttribute(at);
    const values = this.attrVal();
    return buildAttribute(name, at, values);
  }

  /** attr_val -> expr | expr ',' exprs | '(' expr ',' exprs ')' */
  private attrVal(): Expr[] {
    if (this.is('(')) {
      this.next();
      const vs = this.exprs();
      this.expect(')');
      return vs;
    }
    return this.exprs();
  }

  private rawAttribute(name: string, at: { line: number; col: number }): ParsedForm {
    const raw: Token[] = [];
    while (!this.is('dot') && !this.is('$end')) raw.push(this.next());
    if (raw.length === 0) this.fail();
    return { kind: 'attribute', ...at, name, value: null, raw };
  }

  /** -record(Name, {Field [= Default] [:: Type], ...}). Types are skipped. */
  private recordAttribute(at: { line: number; col: number }): ParsedForm {
    const paren = this.is('(');
    if (paren) this.next();
    const nameTok = this.peek();
    if (nameTok.kind !== 'atom') {
      const e = this.expr();
      throw new ParseFail(firstAnno(e).line, firstAnno(e).col, 'bad record declaration');
    }
    this.next();
    if (!this.is(',')) throw new ParseFail(nameTok.line, nameTok.col, 'bad record declaration');
    this.next();
    const open = this.peek();
    if (open.kind !== '{') {
      const e = this.expr();
      throw new ParseFail(firstAnno(e).line, firstAnno(e).col, 'bad record declaration');
    }
    this.next();
    const fields: RecordFieldDef[] = [];
    if (!this.is('}')) {
      for (;;) {
        const f = this.peek();
        const e = this.expr();
        let def: RecordFieldDef;
        if (e.kind === 'atom') def = { ...anno(e), name: e.value };
        else if (e.kind === 'match' && e.pattern.kind === 'atom') {
          def = { ...anno(e.pattern), name: e.pattern.value, default: e.expr };
        } else throw new ParseFail(f.line, f.col, 'bad record field');
        if (this.is('::')) {
          this.next();
          this.skipType();
        }
        fields.push(def);
        if (!this.is(',')) break;
        this.next();
      }
    }
    this.expect('}');
    if (paren) this.expect(')');
    return { kind: 'record_def', ...at, name: nameTok.value as string, fields };
  }

  /** Skips a type up to the ',' or '}' that ends it at bracket depth zero. */
  private skipType(): void {
    let depth = 0;
    const start = this.peek();
    let n = 0;
    for (;;) {
      const t = this.peek();
      if (t.kind === 'dot' || t.kind === '$end') {
        if (n === 0) throw ParseFail.before(start);
        return;
      }
      if (depth === 0 && (t.kind === ',' || t.kind === '}')) {
        if (n === 0) this.fail();
        return;
      }
      if (t.kind === '(' || t.kind === '[' || t.kind === '{' || t.kind === '<<') depth++;
      if (t.kind === ')' || t.kind === ']' || t.kind === '}' || t.kind === '>>') depth--;
      this.next();
      n++;
    }
  }
}

function errAt(e: Expr, message: string): ParseFail {
  const a = firstAnno(e);
  return new ParseFail(a.line, a.col, message);
}

function buildAttribute(name: string, at: { line: number; col: number }, values: Expr[]): ParsedForm {
  const [v0, v1] = values;
  switch (name) {
    case 'module':
      if (v0!.kind === 'atom' && values.length <= 2) return { kind: 'module', ...at, name: v0!.value };
      throw errAt(v0!.kind === 'atom' ? values[2]! : v0!, 'bad module declaration');
    case 'export':
      if (values.length === 1) return { kind: 'export', ...at, functions: farityList(v0!) };
      throw errAt(v1!, 'bad export declaration');
    case 'import':
      if (values.length === 2 && v0!.kind === 'atom') {
        return { kind: 'import', ...at, module: v0!.value, functions: farityList(v1!) };
      }
      throw errAt(values.length >= 2 ? v1! : v0!, 'bad import declaration');
    case 'file':
      if (values.length === 2 && v0!.kind === 'string' && v1!.kind === 'integer') {
        return { kind: 'file', ...at, file: String.fromCodePoint(...v0!.value), fileLine: Number(v1!.value) };
      }
      throw errAt(v0!, 'bad file declaration');
  }
  if (values.length !== 1) throw errAt(v1!, 'bad attribute');
  const value = attributeFarity(v0!);
  if (!isLiteralTerm(value)) throw errAt(value, 'bad attribute');
  return { kind: 'attribute', ...at, name, value };
}

function farityList(e: Expr): [string, number][] {
  const out: [string, number][] = [];
  let cur = e;
  while (cur.kind === 'cons') {
    const h = cur.head;
    if (h.kind !== 'op' || h.op !== '/') throw errAt(cur, 'bad Name/Arity');
    if (h.left.kind !== 'atom') throw errAt(h.left, 'bad function name');
    if (h.right.kind !== 'integer') throw errAt(h.right, 'bad function arity');
    out.push([h.left.value, Number(h.right.value)]);
    cur = cur.tail;
  }
  if (cur.kind !== 'nil') throw errAt(cur, 'bad Name/Arity');
  return out;
}

/** `name/arity` inside an attribute value becomes the tuple {name, arity}. */
function attributeFarity(e: Expr): Expr {
  switch (e.kind) {
    case 'cons':
      return { ...e, head: attributeFarity(e.head), tail: attributeFarity(e.tail) };
    case 'tuple':
      return { ...e, elements: e.elements.map(attributeFarity) };
    case 'map':
      return { ...e, assocs: e.assocs.map((a) => ({ ...a, value: attributeFarity(a.value) })) };
    case 'op':
      if (e.op === '/' && e.left.kind === 'atom' && e.right.kind === 'integer') {
        return { kind: 'tuple', line: e.line, col: e.col, elements: [e.left, e.right] };
      }
      return e;
    default:
      return e;
  }
}

/** What erl_parse:normalise accepts: a term written literally. */
function isLiteralTerm(e: Expr): boolean {
  switch (e.kind) {
    case 'atom':
    case 'integer':
    case 'float':
    case 'char':
    case 'string':
    case 'nil':
      return true;
    case 'cons':
      return isLiteralTerm(e.head) && isLiteralTerm(e.tail);
    case 'tuple':
      return e.elements.every(isLiteralTerm);
    case 'map':
      return e.assocs.every((a) => a.kind === 'map_field_assoc' && isLiteralTerm(a.key) && isLiteralTerm(a.value));
    case 'bin':
      return e.elements.every((b) => isLiteralTerm(b.value) && (b.size === 'default' || isLiteralTerm(b.size)));
    case 'unop':
      return (e.op === '-' || e.op === '+') && ['integer', 'float', 'char'].includes(e.operand.kind);
    case 'fun_remote':
      return e.module.kind === 'atom' && e.name.kind === 'atom' && e.arity.kind === 'integer';
    default:
      return false;
  }
}
