// stdlib's ms_transform, done by the compiler as erlts runs no parse
// transforms: with -include_lib("stdlib/include/ms_transform.hrl") (which
// says -compile({parse_transform, ms_transform})), a call
// ets:fun2ms(fun(Head) when Guard -> Body end) with a literal fun becomes
// the match specification the fun describes, as OTP 25 writes it:
// variables of the head are '$1', '$2'... in order of first appearance, a
// variable matched to the whole head (Pattern = Obj) is '$_', a variable
// from outside the fun is {const, Value}, tuples in guards and bodies are
// wrapped as {{...}}, calls and operators become {Name, Args...}, and each
// alternative of a guard sequence (;) is a clause of its own. It runs
// before lint, as OTP's transform does, so the fun's variables are not
// reported as unused.
import type { Clause, Expr, Form } from '../syntax/ast.js';

type Anno = { line: number; col: number };

/** Whether the module asks for ms_transform (its header does). */
function wantsMsTransform(forms: Form[]): boolean {
  return forms.some((f) => {
    if (f.kind !== 'attribute' || f.name !== 'compile' || f.value === null) return false;
    const v = f.value;
    return v.kind === 'tuple' && v.elements.length === 2 && atomIs(v.elements[0], 'parse_transform') && atomIs(v.elements[1], 'ms_transform');
  });
}

function atomIs(e: Expr | undefined, name: string): boolean {
  return e?.kind === 'atom' && e.value === name;
}

/** Replaces every ets:fun2ms/dbg:fun2ms call on a literal fun by its match specification. */
export function applyMsTransform(forms: Form[]): Form[] {
  if (!wantsMsTransform(forms)) return forms;
  const records = new Map<string, string[]>();
  // Record definitions, for the heads (#r{...}) and field access in guards (X#r.f).
  for (const f of forms)
    if (f.kind === 'record_def')
      records.set(
        f.name,
        f.fields.map((d) => d.name),
      );
  transformTree(
    forms.filter((f) => f.kind === 'function'),
    records,
  );
  return forms;
}

/**
 * The shell does the same for what is typed, without any header, as
 * erl_eval does for ets:fun2ms/1 (records are the shell's, from rd/rr).
 */
export function msTransformExprs(exprs: Expr[], records: ReadonlyMap<string, { fields: { name: string }[] }>): Expr[] {
  // The typed commands stay as typed (h() lists them): transform a copy, and only when there is a fun2ms.
  if (!mentionsFun2ms(exprs)) return exprs;
  const names = new Map<string, string[]>();
  for (const [name, r] of records)
    names.set(
      name,
      r.fields.map((f) => f.name),
    );
  const holder = { exprs: structuredClone(exprs) };
  transformTree([holder], names);
  return holder.exprs;
}

/** Whether an atom fun2ms occurs anywhere in the trees (an explicit stack: no depth limit). */
function mentionsFun2ms(roots: unknown[]): boolean {
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    if (obj.kind === 'atom' && obj.value === 'fun2ms') return true;
    for (const child of Object.values(obj)) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return false;
}

/** Walks the trees with an explicit stack (bodies may be as deep as the user wrote them). */
function transformTree(roots: unknown[], records: Map<string, string[]>): void {
  const stack: unknown[] = [...roots];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const obj = node as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const child = obj[key];
      if (Array.isArray(child)) {
        for (let i = 0; i < child.length; i++) {
          const spec = fun2ms(child[i], records);
          if (spec !== null) child[i] = spec;
          else stack.push(child[i]);
        }
      } else if (child !== null && typeof child === 'object') {
        const spec = fun2ms(child, records);
        if (spec !== null) obj[key] = spec;
        else stack.push(child);
      }
    }
  }
}

/** The match specification for a fun2ms call on a literal fun, or null for anything else. */
function fun2ms(node: unknown, records: Map<string, string[]>): Expr | null {
  const e = node as Expr;
  if (e === null || typeof e !== 'object' || e.kind !== 'call' || e.args.length !== 1) return null;
  const fn = e.fn;
  if (fn.kind !== 'remote' || !atomIs(fn.name, 'fun2ms') || !(atomIs(fn.module, 'ets') || atomIs(fn.module, 'dbg'))) return null;
  const fun = e.args[0]!;
  if (fun.kind !== 'fun' || fun.clauses.some((c) => c.patterns.length !== 1)) return null;
  try {
    const at: Anno = { line: e.line, col: e.col };
    return list(
      fun.clauses.flatMap((c) => clauseSpecs(c, records, at)),
      at,
    );
  } catch (err) {
    if (err instanceof NotTranslatable) return null;
    throw err;
  }
}

class NotTranslatable extends Error {}

interface Scope {
  vars: Map<string, string>;
  records: Map<string, string[]>;
  at: Anno;
}

function clauseSpecs(c: Clause, records: Map<string, string[]>, at: Anno): Expr[] {
  const scope: Scope = { vars: new Map(), records, at };
  let head = c.patterns[0]!;
  // Pattern = Obj (or Obj = Pattern): Obj stands for the whole object, '$_'.
  if (head.kind === 'match') {
    const [pat, whole] = head.pattern.kind === 'var' ? [head.expr, head.pattern] : [head.pattern, head.expr];
    if (whole.kind === 'var') {
      scope.vars.set(whole.name, '$_');
      head = pat;
    }
  }
  const headSpec = pattern(head, scope);
  const body = list(
    c.body.map((b) => expr(b, scope)),
    at,
  );
  const alternatives = c.guards.length === 0 ? [[]] : c.guards;
  return alternatives.map((g) =>
    tuple(
      [
        headSpec,
        list(
          g.map((t) => expr(t, scope)),
          at,
        ),
        body,
      ],
      at,
    ),
  );
}

/** The head: its variables numbered, '_' for anonymous ones, records as tuples. */
function pattern(p: Expr, s: Scope): Expr {
  switch (p.kind) {
    case 'var': {
      if (p.name === '_') return atom('_', s.at);
      let name = s.vars.get(p.name);
      if (name === undefined) {
        name = `$${[...s.vars.values()].filter((v) => v !== '$_').length + 1}`;
        s.vars.set(p.name, name);
      }
      return atom(name, s.at);
    }
    case 'tuple':
      return tuple(
        p.elements.map((x) => pattern(x, s)),
        p,
      );
    case 'cons':
      return { ...p, head: pattern(p.head, s), tail: pattern(p.tail, s) };
    case 'record': {
      // Kept as a record with `_ = '_'` for the fields not named: the
      // record expansion makes it the tuple, and lint sees the record used.
      if (!s.records.has(p.name)) throw new NotTranslatable();
      const fields = p.fields.map((f) => ({ ...f, value: pattern(f.value, s) }));
      if (!fields.some((f) => f.field === '_')) fields.push({ kind: 'record_field', field: '_', value: atom('_', p), line: p.line, col: p.col });
      return { ...p, fields };
    }
    case 'atom':
    case 'integer':
    case 'float':
    case 'char':
    case 'string':
    case 'nil':
    case 'bin':
      return p;
    default:
      throw new NotTranslatable();
  }
}

/** A guard test or body expression in match-specification form. */
function expr(e: Expr, s: Scope): Expr {
  switch (e.kind) {
    case 'var': {
      const name = s.vars.get(e.name);
      // A variable from outside the fun: its value when the spec is made.
      return name !== undefined ? atom(name, e) : tuple([atom('const', e), e], e);
    }
    case 'tuple':
      return tuple(
        [
          tuple(
            e.elements.map((x) => expr(x, s)),
            e,
          ),
        ],
        e,
      );
    case 'cons':
      return { ...e, head: expr(e.head, s), tail: expr(e.tail, s) };
    case 'op':
      return tuple([atom(e.op, e), expr(e.left, s), expr(e.right, s)], e);
    case 'unop':
      return tuple([atom(e.op, e), expr(e.operand, s)], e);
    case 'call': {
      const fn = e.fn;
      const name = fn.kind === 'atom' ? fn.value : fn.kind === 'remote' && atomIs(fn.module, 'erlang') && fn.name.kind === 'atom' ? fn.name.value : null;
      if (name === null) throw new NotTranslatable();
      return tuple([atom(name, e), ...e.args.map((a) => expr(a, s))], e);
    }
    case 'record_field_access': {
      const fields = s.records.get(e.name);
      const index = fields?.indexOf(e.field) ?? -1;
      if (index < 0) throw new NotTranslatable();
      return tuple([atom('element', e), { kind: 'integer', value: index + 2, line: e.line, col: e.col }, expr(e.record, s)], e);
    }
    case 'atom':
    case 'integer':
    case 'float':
    case 'char':
    case 'string':
    case 'nil':
    case 'bin':
      return e;
    default:
      throw new NotTranslatable();
  }
}

function atom(value: string, at: Anno): Expr {
  return { kind: 'atom', value, line: at.line, col: at.col };
}

function tuple(elements: Expr[], at: Anno): Expr {
  return { kind: 'tuple', elements, line: at.line, col: at.col };
}

function list(items: Expr[], at: Anno): Expr {
  let out: Expr = { kind: 'nil', line: at.line, col: at.col };
  for (let i = items.length - 1; i >= 0; i--) out = { kind: 'cons', head: items[i]!, tail: out, line: at.line, col: at.col };
  return out;
}
