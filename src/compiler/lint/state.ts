// The mutable state of one lint run: what is defined, called and used, the
// records in scope, which warnings are enabled, and the diagnostics so far.

import type { Expr } from '../../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import type { Loc } from './vartable.js';

export interface RecordFieldInfo extends Loc {
  name: string;
  /** The default value; the atom 'undefined' when none was written. */
  default: Expr;
}

export interface RecordInfo extends Loc {
  name: string;
  fields: RecordFieldInfo[];
}

/** Warning categories and whether erlc enables them by default. */
export const DEFAULT_WARNINGS: Record<string, boolean> = {
  unused_vars: true,
  underscore_match: true,
  export_all: true,
  export_vars: false,
  shadow_vars: true,
  unused_import: false,
  unused_function: true,
  bif_clash: true,
  unused_record: true,
  deprecated_function: true,
  obsolete_guard: true,
  format: true,
  /** sys_core_fold: a call or operator on constants that will fail (nowarn_failed). */
  failed: true,
};

export interface CalledAt extends Loc {
  key: string;
  file: string;
}

export class LintState {
  file: string;
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  readonly enabled = new Set<string>();
  records = new Map<string, RecordInfo>();
  usedRecords = new Set<string>();
  /** Every function defined in the module ("name/arity"), known before traversal. */
  locals = new Set<string>();
  /** Explicit -import: "name/arity" -> module. */
  imports = new Map<string, string>();
  usedImports = new Set<string>();
  /** -compile(no_auto_import) suppresses all auto-imports; {no_auto_import, [F/A]} some. */
  noAutoImport: 'all' | Set<string> = new Set();
  defined = new Set<string>();
  called: CalledAt[] = [];
  /** Caller "f/a" -> callees, for the unused-function reachability check. */
  calls = new Map<string, Set<string>>();
  /** Current function, "name/arity"; '' outside functions. */
  func = '';
  /** True while checking a record definition's default values. */
  recdefTop = false;

  constructor(file: string, warningOverrides: Record<string, boolean> = {}) {
    this.file = file;
    for (const [k, on] of Object.entries({ ...DEFAULT_WARNINGS, ...warningOverrides })) if (on) this.enabled.add(k);
  }

  isEnabled(category: string): boolean {
    return this.enabled.has(category);
  }

  error(at: Loc, message: string): void {
    this.errors.push({ file: this.file, line: at.line, col: at.col, message, pass: 'erl_lint' });
  }

  warn(at: Loc, message: string): void {
    this.warnings.push({ file: this.file, line: at.line, col: at.col, message, pass: 'erl_lint' });
  }

  isAutoImportSuppressed(key: string): boolean {
    return this.noAutoImport === 'all' || this.noAutoImport.has(key);
  }

  callFunction(at: Loc, key: string): void {
    let callees = this.calls.get(this.func);
    if (!callees) this.calls.set(this.func, (callees = new Set()));
    callees.add(key);
    this.called.push({ key, file: this.file, line: at.line, col: at.col });
  }

  useRecord(name: string): void {
    this.usedRecords.add(name);
  }
}
