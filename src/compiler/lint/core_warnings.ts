// The cheap subset of the warnings OTP's later passes (v3_core,
// sys_core_fold) add after a clean lint: values built or computed and then
// thrown away in a body, and matches of two literals that cannot agree.

import type { Clause, ConsE, Expr, Form, Generator, MapAssoc } from '../../syntax/ast.js';
import { constantTerm } from '../literals.js';
import { walkVars } from '../patterns.js';
import { ConstantFolder, type Folded } from './core_fold.js';
import type { Diagnostic } from '../diagnostics.js';
import { isArithOp, isGuardBif, isGuardOp } from './bifs.js';

const SUFFIX = ' (suppress the warning by assigning the expression to the _ variable)';

export function coreWarnings(forms: Form[], mainFile: string, enabled: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  let file = mainFile;
  const warn = (at: { line: number; col: number }, message: string) => out.push({ file, line: at.line, col: at.col, message, pass: 'sys_core_fold' });

  const localNames = new Set(forms.flatMap((f) => (f.kind === 'function' ? [`${f.name}/${f.arity}`] : [])));
  const folder = new ConstantFolder(warn, enabled.has('failed'), (k) => localNames.has(k));
  const body = (es: Expr[]) => {
    es.forEach((e, i) => {
      if (i < es.length - 1) ignored(e);
      scan(e);
    });
  };
  const clauses = (cs: Clause[], heads = false) =>
    cs.forEach((c) =>
      folder.scoped(() => {
        if (heads) {
          folder.shadow(varsOf(c.patterns));
          folder.headClause(c);
        }
        body(c.body);
      }),
    );

  const ignored = (e: Expr) => {
    switch (e.kind) {
      case 'tuple':
      case 'cons':
      case 'map':
      case 'string':
      case 'bin':
      case 'term':
        if (e.kind !== 'bin' || e.elements.length > 0) warn(e, 'a term is constructed, but never used');
        return;
      case 'op':
        if (isGuardOp(e.op, 2) || isArithOp(e.op, 2)) warn(e, `the result of evaluating operator ${quoteOp(e.op)}/2 is ignored${SUFFIX}`);
        return;
      case 'call':
        if (e.fn.kind === 'atom' && isGuardBif(e.fn.value, e.args.length) && !localNames.has(`${e.fn.value}/${e.args.length}`))
          warn(e, `the result of calling ${e.fn.value}/${e.args.length} is ignored${SUFFIX}`);
        return;
    }
  };

  /** Looks at e for constant code: folds what it can, warns where sys_core_fold would. */
  const scan = (e: Expr): Folded => {
    switch (e.kind) {
      case 'match': {
        if (literalsClash(e.pattern, e.expr)) warn(e, 'no clause will ever match');
        const r = scan(e.expr);
        folder.bind(e.pattern, r);
        return r;
      }
      case 'block':
        body(e.body);
        return undefined;
      case 'case': {
        const r = scan(e.expr);
        folder.caseClauses(r, e.clauses);
        clauses(e.clauses);
        return undefined;
      }
      case 'if':
        folder.ifClauses(e.clauses);
        clauses(e.clauses);
        return undefined;
      case 'receive':
        clauses(e.clauses);
        if (e.after) {
          scan(e.after.timeout);
          const after = e.after.body;
          folder.scoped(() => body(after));
        }
        return undefined;
      case 'try':
        folder.scoped(() => body(e.body));
        clauses(e.clauses);
        clauses(e.catchClauses);
        if (e.after.length) folder.scoped(() => body(e.after));
        return undefined;
      case 'catch':
        scan(e.expr);
        return undefined;
      case 'fun':
      case 'named_fun':
        clauses(e.clauses, true);
        return undefined;
      case 'lc':
      case 'bc':
      case 'mc':
        folder.scoped(() => {
          for (const q of e.qualifiers) {
            if (q.kind === 'generate' || q.kind === 'b_generate' || q.kind === 'm_generate') {
              const g = q as Generator;
              scan(g.expr);
              folder.shadow(varsOf(g.pattern));
            } else scan(q as Expr);
          }
          const x = e.expr as Expr | MapAssoc;
          if (x.kind === 'map_field_assoc' || x.kind === 'map_field_exact') {
            scan(x.key);
            scan(x.value);
          } else scan(x as Expr);
        });
        return undefined;
      default: {
        const k = constantTerm(e);
        if (k !== undefined) return { value: k };
        if (e.kind === 'cons') return scanList(e);
        return folder.node(e, children(e).map(scan));
      }
    }
  };

  /** A list's cells one after the other (a long list literal is no deep recursion). */
  const scanList = (e: ConsE): Folded => {
    const cells: ConsE[] = [];
    let t: Expr = e;
    while (t.kind === 'cons') {
      cells.push(t);
      t = t.tail;
    }
    const heads = cells.map((c) => scan(c.head));
    let acc = scan(t);
    for (let i = cells.length - 1; i >= 0; i--) acc = folder.node(cells[i]!, [heads[i], acc]);
    return acc;
  };

  for (const f of forms) {
    if (f.kind === 'file') file = f.file;
    if (f.kind !== 'function') continue;
    try {
      clauses(f.clauses, true);
    } catch (e) {
      // Code nested too deep for the walk: no folding warnings for it.
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return out;
}

function quoteOp(op: string): string {
  return /^[a-z]+$/.test(op) ? op : `'${op}'`;
}

/** Both sides are literal-headed terms with different shapes, e.g. {ok, V} = {error, x}. */
function literalsClash(p: Expr, e: Expr): boolean {
  if (p.kind === 'atom' && e.kind === 'atom') return p.value !== e.value;
  if (p.kind === 'integer' && e.kind === 'integer') return p.value !== e.value;
  if (p.kind === 'tuple' && e.kind === 'tuple') {
    if (p.elements.length !== e.elements.length) return true;
    return p.elements.some((x, i) => literalsClash(x, e.elements[i]!));
  }
  const shape = (x: Expr) => (['tuple', 'atom', 'integer', 'nil', 'cons', 'float'].includes(x.kind) ? x.kind : null);
  const a = shape(p),
    b = shape(e);
  return a !== null && b !== null && a !== b;
}

function varsOf(e: unknown): string[] {
  const out: string[] = [];
  walkVars(e, (v) => out.push(v));
  return out;
}

/** The subexpressions of an expression that is not a construct of its own. */
function children(e: Expr): Expr[] {
  switch (e.kind) {
    case 'call':
      return e.fn.kind === 'atom' || e.fn.kind === 'remote' ? e.args : [e.fn, ...e.args];
    case 'op':
      return [e.left, e.right];
    case 'unop':
      return [e.operand];
    case 'tuple':
      return e.elements;
    case 'cons':
      return [e.head, e.tail];
    case 'map':
      return e.assocs.flatMap((a) => [a.key, a.value]);
    case 'map_update':
      return [e.map, ...e.assocs.flatMap((a) => [a.key, a.value])];
    case 'bin':
      return e.elements.flatMap((el) => (el.size === 'default' ? [el.value] : [el.value, el.size]));
    case 'record':
      return e.fields.map((f) => f.value);
    case 'record_update':
      return [e.record, ...e.fields.map((f) => f.value)];
    case 'record_field_access':
      return [e.record];
    default:
      return [];
  }
}
