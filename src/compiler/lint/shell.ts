// The checks erl's shell runs on each input before evaluating it
// (erl_lint:exprs_opt/3): variables against the current bindings, records
// against those defined with rd/rr. The shell prints only the first error,
// as "* Line:Col: message".

import type { Expr } from '../../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { ExprChecker } from './exprs.js';
import { LintState, type RecordInfo } from './state.js';
import { BOUND, type VarInfo } from './vartable.js';

export interface LintExprsResult {
  /** The error the shell reports, or null when the input may be evaluated. */
  error: Diagnostic | null;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

export function lintExprs(exprs: Expr[], boundVars: Iterable<string>, records: Map<string, RecordInfo> = new Map()): LintExprsResult {
  const st = new LintState('nofile');
  st.records = records;
  const vt = new Map<string, VarInfo>();
  for (const v of boundVars) vt.set(v, { state: BOUND, used: false, annos: [] });
  new ExprChecker(st).exprs(exprs, vt);
  return { error: st.errors[0] ?? null, errors: st.errors, warnings: st.warnings };
}

/** The shell's one-line form of a lint error: "* 1:5: variable 'Z' is unbound". */
export function formatShellError(d: Diagnostic): string {
  return d.line > 0 ? `* ${d.line}:${d.col}: ${d.message}` : `* ${d.message}`;
}
