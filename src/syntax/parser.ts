// The expression grammar of erl_parse, as a recursive-descent parser with
// precedence climbing. Trees and annotations are the ones erl_parse builds;
// a syntax error is reported before the first token that cannot continue a
// valid prefix, which is where erl's LALR parser stops too.

import type { Anno, BinElement, BinTypeSpec, Clause, Expr, Generator as GeneratorQualifier, MapAssoc, Qualifier, RecordFieldInit } from './ast.js';
import { ParseFail, type SyntaxError } from './parse_error.js';
import type { Token } from './token.js';
import { DEEP_NESTING, readConstant } from './deep_constant.js';

interface OpInfo {
  prec: number;
  assoc: 'left' | 'right' | 'none';
  /** Whether pat_expr allows it. */
  inPattern: boolean;
}

const BINARY_OPS = new Map<string, OpInfo>();
const defOps = (ops: string[], prec: number, assoc: OpInfo['assoc'], inPattern: boolean): void => {
  for (const op of ops) BINARY_OPS.set(op, { prec, assoc, inPattern });
};
defOps(['=', '!'], 100, 'right', false);
BINARY_OPS.set('=', { prec: 100, assoc: 'right', inPattern: true });
defOps(['orelse'], 150, 'right', false);
defOps(['andalso'], 160, 'right', false);
defOps(['==', '/=', '=<', '<', '>=', '>', '=:=', '=/='], 200, 'none', true);
defOps(['++', '--'], 300, 'right', true);
defOps(['+', '-', 'bor', 'bxor', 'bsl', 'bsr', 'or', 'xor'], 400, 'left', true);
defOps(['/', '*', 'div', 'rem', 'band', 'and'], 500, 'left', true);

const PREFIX_OPS = new Set(['+', '-', 'bnot', 'not']);
const PREFIX_PREC = 600;

export function anno(t: Anno): Anno {
  return { line: t.line, col: t.col };
}

function before(a: Anno, b: Anno): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/**
 * erl_parse's first_anno: walks the annotations in the abstract format's
 * order (a node's own, then its children left to right) for as long as they
 * do not increase, and keeps the last one. In ordinary code that is the
 * leftmost token; macro expansions can shuffle positions.
 */
export function firstAnno(e: Expr): Anno {
  let acc: Anno | null = null;
  for (const a of annotations(e)) {
    if (acc !== null && before(acc, a)) break;
    acc = a;
  }
  return acc === null ? anno(e) : { line: acc.line, col: acc.col };
}

function* annotations(e: Expr): Generator<Anno> {
  yield e;
  switch (e.kind) {
    case 'cons':
      yield* annotations(e.head);
      yield* annotations(e.tail);
      return;
    case 'tuple':
      for (const x of e.elements) yield* annotations(x);
      return;
    case 'map':
      for (const a of e.assocs) yield* assocAnnotations(a);
      return;
    case 'map_update':
      yield* annotations(e.map);
      for (const a of e.assocs) yield* assocAnnotations(a);
      return;
    case 'bin':
      for (const b of e.elements) {
        yield b;
        yield* annotations(b.value);
        if (b.size !== 'default') yield* annotations(b.size);
      }
      return;
    case 'match':
      yield* annotations(e.pattern);
      yield* annotations(e.expr);
      return;
    case 'op':
      yield* annotations(e.left);
      yield* annotations(e.right);
      return;
    case 'unop':
      yield* annotations(e.operand);
      return;
    case 'call':
      yield* annotations(e.fn);
      for (const x of e.args) yield* annotations(x);
      return;
    case 'remote':
      yield* annotations(e.module);
      yield* annotations(e.name);
      return;
    case 'fun_remote':
      yield* annotations(e.module);
      yield* annotations(e.name);
      yield* annotations(e.arity);
      return;
    case 'fun':
    case 'named_fun':
    case 'if':
      for (const c of e.clauses) yield* clauseAnnotations(c);
      return;
    case 'block':
      for (const x of e.body) yield* annotations(x);
      return;
    case 'case':
      yield* annotations(e.expr);
      for (const c of e.clauses) yield* clauseAnnotations(c);
      return;
    case 'receive':
      for (const c of e.clauses) yield* clauseAnnotations(c);
      if (e.after !== undefined) {
        yield* annotations(e.after.timeout);
        for (const x of e.after.body) yield* annotations(x);
      }
      return;
    case 'try':
      for (const x of e.body) yield* annotations(x);
      for (const c of e.clauses) yield* clauseAnnotations(c);
      for (const c of e.catchClauses) yield* clauseAnnotations(c);
      for (const x of e.after) yield* annotations(x);
      return;
    case 'catch':
      yield* annotations(e.expr);
      return;
    case 'lc':
    case 'bc':
    case 'mc':
      yield* annotations(e.expr);
      for (const q of e.qualifiers) {
        const kind: string = q.kind;
        if (kind === 'generate' || kind === 'b_generate' || kind === 'm_generate') {
          const g = q as GeneratorQualifier;
          yield g;
          yield* annotations(g.pattern);
          yield* annotations(g.expr);
        } else yield* annotations(q as Expr);
      }
      return;
    case 'record':
      for (const f of e.fields) yield* fieldAnnotations(f);
      return;
    case 'record_update':
      yield* annotations(e.record);
      for (const f of e.fields) yield* fieldAnnotations(f);
      return;
    case 'record_index':
      yield e.fieldAnno ?? e;
      return;
    case 'record_field_access':
      yield* annotations(e.record);
      yield e.fieldAnno ?? e;
      return;
    default:
      return;
  }
}

function* assocAnnotations(a: MapAssoc): Generator<Anno> {
  yield a;
  yield* annotations(a.key);
  yield* annotations(a.value);
}

function* fieldAnnotations(f: RecordFieldInit): Generator<Anno> {
  yield f;
  yield f;
  yield* annotations(f.value);
}

function* clauseAnnotations(c: Clause): Generator<Anno> {
  yield c;
  for (const p of c.patterns) yield* annotations(p);
  for (const g of c.guards) for (const x of g) yield* annotations(x);
  for (const x of c.body) yield* annotations(x);
}

/** erl_parse's last_anno, good enough for the patterns try clauses hold. */
export function lastAnno(e: Expr): Anno {
  let best: Anno = anno(e);
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) {
      x.forEach(visit);
      return;
    }
    if (typeof x !== 'object' || x === null) return;
    const n = x as Record<string, unknown>;
    if (typeof n.line === 'number' && typeof n.col === 'number') {
      const a = { line: n.line, col: n.col };
      if (before(best, a)) best = a;
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'line' && k !== 'col') visit(v);
  };
  visit(e);
  return best;
}

export class ExprParser {
  protected i = 0;
  /** Below this token index no deep constant starts (an earlier try failed there). */
  private constantFailsUntil = 0;
  constructor(protected readonly toks: readonly Token[]) {}

  /**
   * A deeply nested constant (`[[[...]]]`) read iteratively as one term
   * node, or null (the usual descent then parses it). Never tried again
   * inside a stretch already read, so each token is looked at about once.
   */
  protected deepConstant(): Expr | null {
    if (this.i < this.constantFailsUntil) return null;
    const r = readConstant(this.toks, this.i);
    if ('failAt' in r) {
      this.constantFailsUntil = r.failAt;
      return null;
    }
    this.constantFailsUntil = r.end;
    if (r.depth < DEEP_NESTING) return null;
    const t = this.toks[this.i]!;
    this.i = r.end;
    return { kind: 'term', line: t.line, col: t.col, value: r.term };
  }

  protected peek(k = 0): Token {
    const t = this.toks[this.i + k];
    if (t !== undefined) return t;
    // erl_parse reports running out of tokens at the last token it saw.
    const last = this.toks[this.toks.length - 1];
    return { kind: '$end', line: last?.line ?? 1, col: last?.col ?? 1 };
  }

  protected next(): Token {
    const t = this.peek();
    if (t.kind !== '$end') this.i++;
    return t;
  }

  protected is(kind: string, k = 0): boolean {
    return this.peek(k).kind === kind;
  }

  protected expect(kind: string): Token {
    const t = this.peek();
    if (t.kind !== kind) throw ParseFail.before(t);
    return this.next();
  }

  protected fail(): never {
    throw ParseFail.before(this.peek());
  }

  /** exprs -> expr | expr ',' exprs */
  exprs(): Expr[] {
    const out = [this.expr()];
    while (this.is(',')) {
      this.next();
      out.push(this.expr());
    }
    return out;
  }

  expr(minPrec = 0, pat = false): Expr {
    let left = this.unary(pat);
    for (;;) {
      const t = this.peek();
      const op = BINARY_OPS.get(t.kind);
      if (op === undefined || op.prec < minPrec || (pat && !op.inPattern)) return left;
      this.next();
      const right = this.expr(op.assoc === 'right' ? op.prec : op.prec + 1, pat);
      left = t.kind === '=' ? { kind: 'match', ...firstAnno(left), pattern: left, expr: right } : { kind: 'op', ...anno(t), op: t.kind, left, right };
      if (op.assoc === 'none') {
        const again = BINARY_OPS.get(this.peek().kind);
        if (again !== undefined && again.prec === op.prec) this.fail();
      }
    }
  }

  protected unary(pat: boolean): Expr {
    const t = this.peek();
    if (t.kind === 'catch' && !pat) {
      this.next();
      return { kind: 'catch', ...anno(t), expr: this.expr(0) };
    }
    if (PREFIX_OPS.has(t.kind)) {
      this.next();
      return { kind: 'unop', ...anno(t), op: t.kind, operand: this.expr(PREFIX_PREC, pat) };
    }
    if (t.kind === '#') return this.hashOps(null, pat);
    const e = this.exprMax(pat);
    if (pat) return e;
    if (this.is(':')) {
      const colon = this.next();
      const name = this.exprMax(false);
      const remote: Expr = { kind: 'remote', ...anno(colon), module: e, name };
      return this.is('(') ? this.call(remote) : remote;
    }
    if (this.is('(')) return this.call(e);
    if (this.is('#')) return this.hashOps(e, false);
    return e;
  }

  protected call(fn: Expr): Expr {
    return { kind: 'call', ...firstAnno(fn), fn, args: this.argumentList(false) };
  }

  /** '(' ')' | '(' exprs ')', or the pattern version. */
  protected argumentList(pat: boolean): Expr[] {
    this.expect('(');
    if (this.is(')')) {
      this.next();
      return [];
    }
    const args = [this.expr(0, pat)];
    while (this.is(',')) {
      this.next();
      args.push(this.expr(0, pat));
    }
    this.expect(')');
    return args;
  }

  /**
   * Map and record operations: `#{...}`, `E#{...}`, `#r{...}`, `#r.f`,
   * `E#r{...}`, `E#r.f`, chained. A map chain cannot continue as a record
   * one or the other way round; patterns allow a single unbased one.
   */
  protected hashOps(base: Expr | null, pat: boolean): Expr {
    let e = base;
    let chain: 'none' | 'map' | 'record' = 'none';
    do {
      const hash = this.expect('#');
      if (this.is('{')) {
        if (chain === 'record') this.fail();
        const assocs = this.mapTuple();
        e = e === null ? { kind: 'map', ...anno(hash), assocs } : { kind: 'map_update', ...anno(hash), map: e, assocs };
        chain = 'map';
      } else if (this.is('atom')) {
        if (chain === 'map') this.fail();
        const name = this.next().value as string;
        if (this.is('.')) {
          this.next();
          const f = this.expect('atom');
          const field = f.value as string;
          e =
            e === null
              ? { kind: 'record_index', ...anno(hash), name, field, fieldAnno: anno(f) }
              : { kind: 'record_field_access', ...anno(hash), record: e, name, field, fieldAnno: anno(f) };
        } else if (this.is('{')) {
          const fields = this.recordTuple();
          e = e === null ? { kind: 'record', ...anno(hash), name, fields } : { kind: 'record_update', ...anno(hash), record: e, name, fields };
        } else this.fail();
        chain = 'record';
      } else this.fail();
    } while (!pat && this.is('#'));
    return e;
  }

  protected mapTuple(): MapAssoc[] {
    this.expect('{');
    const out: MapAssoc[] = [];
    if (this.is('}')) {
      this.next();
      return out;
    }
    for (;;) {
      const key = this.expr();
      const op = this.peek();
      if (op.kind !== '=>' && op.kind !== ':=') this.fail();
      this.next();
      const value = this.expr();
      out.push({ kind: op.kind === '=>' ? 'map_field_assoc' : 'map_field_exact', ...anno(op), key, value });
      if (this.is(',')) {
        this.next();
        continue;
      }
      this.expect('}');
      return out;
    }
  }

  protected recordTuple(): RecordFieldInit[] {
    this.expect('{');
    const out: RecordFieldInit[] = [];
    if (this.is('}')) {
      this.next();
      return out;
    }
    for (;;) {
      const f = this.peek();
      if (f.kind !== 'atom' && f.kind !== 'var') this.fail();
      this.next();
      this.expect('=');
      out.push({ kind: 'record_field', ...anno(f), field: f.value as string, value: this.expr() });
      if (this.is(',')) {
        this.next();
        continue;
      }
      this.expect('}');
      return out;
    }
  }

  /** expr_max (pat_expr_max when `pat`). */
  protected exprMax(pat: boolean): Expr {
    const t = this.peek();
    switch (t.kind) {
      case 'var':
        this.next();
        return { kind: 'var', ...anno(t), name: t.value as string };
      case 'atom':
        this.next();
        return { kind: 'atom', ...anno(t), value: t.value as string };
      case 'integer':
        this.next();
        return { kind: 'integer', ...anno(t), value: t.value as number | bigint };
      case 'float':
        this.next();
        return { kind: 'float', ...anno(t), value: t.value as number };
      case 'char':
        this.next();
        return { kind: 'char', ...anno(t), value: t.value as number };
      case 'string': {
        this.next();
        let value = t.value as number[];
        while (this.is('string')) value = value.concat(this.next().value as number[]);
        return { kind: 'string', ...anno(t), value };
      }
      case '[':
        return this.list(pat);
      case '<<':
        return this.binary(pat);
      case '{': {
        const deep = this.deepConstant();
        if (deep !== null) return deep;
        this.next();
        if (this.is('}')) {
          this.next();
          return { kind: 'tuple', ...anno(t), elements: [] };
        }
        const elements = this.exprs();
        this.expect('}');
        return { kind: 'tuple', ...anno(t), elements };
      }
      case '(': {
        this.next();
        const e = this.expr(0, pat);
        this.expect(')');
        return e;
      }
    }
    if (pat) this.fail();
    switch (t.kind) {
      case 'begin': {
        this.next();
        const body = this.exprs();
        this.expect('end');
        return { kind: 'block', ...anno(t), body };
      }
      case 'if':
        return this.ifExpr();
      case 'case':
        return this.caseExpr();
      case 'receive':
        return this.receiveExpr();
      case 'fun':
        return this.funExpr();
      case 'try':
        return this.tryExpr();
    }
    this.fail();
  }

  protected list(pat: boolean): Expr {
    const deep = this.deepConstant();
    if (deep !== null) return deep;
    const open = this.expect('[');
    if (this.is(']')) {
      this.next();
      return { kind: 'nil', ...anno(open) };
    }
    const head = this.expr();
    if (this.is('||') && !pat) {
      this.next();
      const qualifiers = this.qualifiers();
      this.expect(']');
      return { kind: 'lc', ...anno(open), expr: head, qualifiers };
    }
    return { kind: 'cons', ...anno(open), head, tail: this.listTail() };
  }

  /** tail -> ']' | '|' expr ']' | ',' expr tail; iterative, as literal lists can be long. */
  protected listTail(): Expr {
    const heads: Expr[] = [];
    let tail: Expr;
    for (;;) {
      const t = this.peek();
      if (t.kind === ']') {
        this.next();
        tail = { kind: 'nil', ...anno(t) };
        break;
      }
      if (t.kind === '|') {
        this.next();
        tail = this.expr();
        this.expect(']');
        break;
      }
      if (t.kind !== ',') this.fail();
      this.next();
      heads.push(this.expr());
    }
    for (let k = heads.length - 1; k >= 0; k--) {
      const head = heads[k]!;
      tail = { kind: 'cons', ...firstAnno(head), head, tail };
    }
    return tail;
  }

  protected qualifiers(): Qualifier[] {
    const out: Qualifier[] = [];
    for (;;) {
      const e = this.expr();
      const t = this.peek();
      if (t.kind === '<-') {
        this.next();
        out.push({ kind: 'generate', ...anno(t), pattern: e, expr: this.expr() });
      } else if (t.kind === '<=' && e.kind === 'bin') {
        this.next();
        out.push({ kind: 'b_generate', ...anno(t), pattern: e, expr: this.expr() });
      } else out.push(e);
      if (!this.is(',')) return out;
      this.next();
    }
  }

  protected binary(pat: boolean): Expr {
    const open = this.expect('<<');
    if (this.is('>>')) {
      this.next();
      return { kind: 'bin', ...anno(open), elements: [] };
    }
    const first = this.bitExpr();
    if (this.is('||') && !pat && first.kind !== 'unop') {
      this.next();
      const qualifiers = this.qualifiers();
      this.expect('>>');
      return { kind: 'bc', ...anno(open), expr: first, qualifiers };
    }
    const elements = [this.binElement(first)];
    while (this.is(',')) {
      this.next();
      elements.push(this.binElement(this.bitExpr()));
    }
    this.expect('>>');
    return { kind: 'bin', ...anno(open), elements };
  }

  /** bit_expr -> prefix_op expr_max | expr_max */
  protected bitExpr(): Expr {
    const t = this.peek();
    if (PREFIX_OPS.has(t.kind)) {
      this.next();
      return { kind: 'unop', ...anno(t), op: t.kind, operand: this.exprMax(false) };
    }
    return this.exprMax(false);
  }

  protected binElement(value: Expr): BinElement {
    let size: Expr | 'default' = 'default';
    let types: BinTypeSpec[] | 'default' = 'default';
    if (this.is(':')) {
      this.next();
      size = this.exprMax(false);
    }
    if (this.is('/')) {
      this.next();
      types = [];
      for (;;) {
        const name = this.expect('atom').value as string;
        if (this.is(':')) {
          this.next();
          const n = this.expect('integer').value;
          types.push(name === 'unit' ? { unit: Number(n) } : name);
        } else types.push(name);
        if (!this.is('-')) break;
        this.next();
      }
    }
    return { kind: 'bin_element', ...firstAnno(value), value, size, types };
  }

  // ---- clauses ----------------------------------------------------------

  /** clause_guard -> 'when' guard | empty */
  protected clauseGuard(): Expr[][] {
    if (!this.is('when')) return [];
    this.next();
    return this.guard();
  }

  protected guard(): Expr[][] {
    const out = [this.exprs()];
    while (this.is(';')) {
      this.next();
      out.push(this.exprs());
    }
    return out;
  }

  protected clauseBody(): Expr[] {
    this.expect('->');
    return this.exprs();
  }

  /** cr_clauses, as in case and receive. */
  protected crClauses(): Clause[] {
    const out: Clause[] = [];
    for (;;) {
      const pattern = this.expr();
      const guards = this.clauseGuard();
      const body = this.clauseBody();
      out.push({ kind: 'clause', ...firstAnno(pattern), patterns: [pattern], guards, body });
      if (!this.is(';')) return out;
      this.next();
    }
  }

  protected ifExpr(): Expr {
    const t = this.expect('if');
    const clauses: Clause[] = [];
    for (;;) {
      const guards = this.guard();
      const body = this.clauseBody();
      clauses.push({ kind: 'clause', ...firstAnno(guards[0]![0]!), patterns: [], guards, body });
      if (!this.is(';')) break;
      this.next();
    }
    this.expect('end');
    return { kind: 'if', ...anno(t), clauses };
  }

  protected caseExpr(): Expr {
    const t = this.expect('case');
    const expr = this.expr();
    this.expect('of');
    const clauses = this.crClauses();
    this.expect('end');
    return { kind: 'case', ...anno(t), expr, clauses };
  }

  protected receiveExpr(): Expr {
    const t = this.expect('receive');
    const clauses = this.is('after') ? [] : this.crClauses();
    if (this.is('after')) {
      this.next();
      const timeout = this.expr();
      const body = this.clauseBody();
      this.expect('end');
      return { kind: 'receive', ...anno(t), clauses, after: { timeout, body } };
    }
    this.expect('end');
    return { kind: 'receive', ...anno(t), clauses };
  }

  protected funExpr(): Expr {
    const t = this.expect('fun');
    const a = this.peek();
    if (a.kind === 'atom' || (a.kind === 'var' && this.is(':', 1))) {
      this.next();
      if (a.kind === 'atom' && this.is('/')) {
        this.next();
        const arity = this.expect('integer').value;
        return { kind: 'fun_ref', ...anno(t), name: a.value as string, arity: Number(arity) };
      }
      this.expect(':');
      const f = this.peek();
      if (f.kind !== 'atom' && f.kind !== 'var') this.fail();
      this.next();
      this.expect('/');
      const n = this.peek();
      if (n.kind !== 'integer' && n.kind !== 'var') this.fail();
      this.next();
      return {
        kind: 'fun_remote',
        ...anno(t),
        module: this.leaf(a),
        name: this.leaf(f),
        arity: this.leaf(n),
      };
    }
    const clauses: { name: string; clause: Clause }[] = [];
    for (;;) {
      const c = this.peek();
      let name = 'fun';
      let at: Anno;
      if (c.kind === 'var') {
        this.next();
        name = c.value as string;
        at = anno(c);
      } else {
        at = anno(this.peek());
      }
      const patterns = this.argumentList(true);
      const guards = this.clauseGuard();
      const body = this.clauseBody();
      clauses.push({ name, clause: { kind: 'clause', ...at, patterns, guards, body } });
      if (!this.is(';')) break;
      this.next();
    }
    this.expect('end');
    const first = clauses[0]!;
    checkClauses(clauses, first.name, first.clause.patterns.length);
    const cs = clauses.map((c) => c.clause);
    return first.name === 'fun' ? { kind: 'fun', ...anno(t), clauses: cs } : { kind: 'named_fun', ...anno(t), name: first.name, clauses: cs };
  }

  protected leaf(t: Token): Expr {
    switch (t.kind) {
      case 'atom':
        return { kind: 'atom', ...anno(t), value: t.value as string };
      case 'var':
        return { kind: 'var', ...anno(t), name: t.value as string };
      default:
        return { kind: 'integer', ...anno(t), value: t.value as number | bigint };
    }
  }

  protected tryExpr(): Expr {
    const t = this.expect('try');
    const body = this.exprs();
    let clauses: Clause[] = [];
    if (this.is('of')) {
      this.next();
      clauses = this.crClauses();
    }
    let catchClauses: Clause[] = [];
    let after: Expr[] = [];
    if (this.is('catch')) {
      this.next();
      catchClauses = this.tryClauses();
      if (this.is('after')) {
        this.next();
        after = this.exprs();
      }
    } else if (this.is('after')) {
      this.next();
      after = this.exprs();
    } else this.fail();
    this.expect('end');
    return { kind: 'try', ...anno(t), body, clauses, catchClauses, after };
  }

  protected tryClauses(): Clause[] {
    const out: Clause[] = [];
    for (;;) {
      const c = this.peek();
      let pattern: Expr;
      if ((c.kind === 'atom' || c.kind === 'var') && this.is(':', 1)) {
        this.next();
        this.next();
        const a = anno(c);
        const reason = this.expr(0, true);
        let stack: Expr = { kind: 'var', ...lastAnno(reason), name: '_' };
        if (this.is(':')) {
          this.next();
          const v = this.expect('var');
          stack = { kind: 'var', ...anno(v), name: v.value as string };
        }
        pattern = { kind: 'tuple', ...a, elements: [this.leaf(c), reason, stack] };
      } else {
        const reason = this.expr(0, true);
        const a = firstAnno(reason);
        pattern = {
          kind: 'tuple',
          ...a,
          elements: [{ kind: 'atom', ...a, value: 'throw' }, reason, { kind: 'var', ...lastAnno(reason), name: '_' }],
        };
      }
      const guards = this.clauseGuard();
      const body = this.clauseBody();
      out.push({ kind: 'clause', ...anno(pattern), patterns: [pattern], guards, body });
      if (!this.is(';')) return out;
      this.next();
    }
  }
}

/** erl_parse's check_clauses: every clause must have the first one's name and arity. */
export function checkClauses(clauses: { name: string; clause: Clause }[], name: string, arity: number): void {
  for (const c of clauses) {
    if (c.name !== name || c.clause.patterns.length !== arity) {
      throw new ParseFail(c.clause.line, c.clause.col, 'head mismatch');
    }
  }
}

/** Parses the tokens of one shell input, `exprs dot`. */
export function parseExprs(tokens: readonly Token[]): Expr[] | SyntaxError {
  const p = new ShellParser(tokens);
  try {
    return p.whole();
  } catch (e) {
    if (e instanceof ParseFail) return e.toSyntaxError();
    throw e;
  }
}

class ShellParser extends ExprParser {
  whole(): Expr[] {
    const es = this.exprs();
    this.expect('dot');
    if (this.i < this.toks.length) this.fail();
    return es;
  }
}
