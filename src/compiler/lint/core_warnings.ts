// The cheap subset of the warnings OTP's later passes (v3_core,
// sys_core_fold) add after a clean lint: values built or computed and then
// thrown away in a body, and matches of two literals that cannot agree.

import type { Clause, Expr, Form } from '../../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { isArithOp, isGuardBif, isGuardOp } from './bifs.js';

const SUFFIX = ' (suppress the warning by assigning the expression to the _ variable)';

export function coreWarnings(forms: Form[], mainFile: string, _enabled: Set<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  let file = mainFile;
  const warn = (at: { line: number; col: number }, message: string) => out.push({ file, line: at.line, col: at.col, message, pass: 'sys_core_fold' });

  const body = (es: Expr[]) => {
    es.forEach((e, i) => {
      if (i < es.length - 1) ignored(e);
      walk(e);
    });
  };
  const clauses = (cs: Clause[]) => cs.forEach((c) => body(c.body));

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

  const walk = (e: Expr) => {
    switch (e.kind) {
      case 'match':
        if (literalsClash(e.pattern, e.expr)) warn(e, 'no clause will ever match');
        walk(e.expr);
        return;
      case 'block':
        body(e.body);
        return;
      case 'case':
        walk(e.expr);
        clauses(e.clauses);
        return;
      case 'if':
        clauses(e.clauses);
        return;
      case 'receive':
        clauses(e.clauses);
        if (e.after) body(e.after.body);
        return;
      case 'try':
        body(e.body);
        clauses(e.clauses);
        clauses(e.catchClauses);
        if (e.after.length) body(e.after);
        return;
      case 'fun':
      case 'named_fun':
        clauses(e.clauses);
        return;
    }
  };

  const localNames = new Set(forms.flatMap((f) => (f.kind === 'function' ? [`${f.name}/${f.arity}`] : [])));
  for (const f of forms) {
    if (f.kind === 'file') file = f.file;
    if (f.kind === 'function') clauses(f.clauses);
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
