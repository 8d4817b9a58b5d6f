// Record definitions as erl_lint checks them (duplicate records and fields,
// default values that must not bind variables), and where a field name sits.

import type { Expr, RecordAttr } from '../../syntax/ast.js';
import { quoteAtom } from './atoms.js';
import type { ExprChecker } from './exprs.js';
import { msg } from './messages.js';
import type { LintState, RecordFieldInfo, RecordInfo } from './state.js';
import { EMPTY_VT, type Loc } from './vartable.js';

export type { RecordInfo, RecordFieldInfo } from './state.js';

/**
 * Where the field name of `X#r.f` or `#r.f` is. The AST only keeps the
 * location of '#'; parsers may add fieldLine/fieldCol. Without them, assume
 * the usual unspaced spelling.
 */
export function fieldLoc(e: Loc & { name: string; fieldLine?: number; fieldCol?: number }): Loc {
  if (e.fieldLine !== undefined && e.fieldCol !== undefined) return { line: e.fieldLine, col: e.fieldCol };
  return { line: e.line, col: e.col + 1 + Array.from(quoteAtom(e.name)).length + 1 };
}

export function defineRecord(st: LintState, checker: ExprChecker, attr: RecordAttr): void {
  if (st.records.has(attr.name)) {
    st.error(attr, msg.redefineRecord(attr.name));
    return;
  }
  const fields: RecordFieldInfo[] = [];
  for (const f of attr.fields) {
    if (fields.some((x) => x.name === f.name)) {
      st.error(f, msg.redefineField(attr.name, f.name));
      continue;
    }
    const undef: Expr = { kind: 'atom', value: 'undefined', line: f.line, col: f.col };
    let value = f.default ?? undef;
    if (f.default) {
      // Diagnostics and calls from the default count; other usage is not kept.
      const usedRecords = new Set(st.usedRecords);
      const calls = new Map([...st.calls].map(([k, v]) => [k, new Set(v)]));
      const usedImports = new Set(st.usedImports);
      const nErrors = st.errors.length;
      st.recdefTop = true;
      checker.expr(f.default, EMPTY_VT);
      st.recdefTop = false;
      st.usedRecords = usedRecords;
      st.calls = calls;
      st.usedImports = usedImports;
      // A default in error becomes 'undefined', which also stops recursion.
      if (st.errors.length !== nErrors) value = undef;
    }
    fields.push({ name: f.name, line: f.line, col: f.col, default: value });
  }
  const info: RecordInfo = { name: attr.name, line: attr.line, col: attr.col, fields };
  st.records.set(attr.name, info);
}
