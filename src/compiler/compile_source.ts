// The compiler's front door: Erlang source text to a loadable unit, with
// erl's diagnostics (parse, lint) on the way.

import * as path from 'node:path';
import { parseForms } from '../syntax/index.js';
import { readSourceFile } from '../syntax/source_text.js';
import type { Form } from '../syntax/ast.js';
import type { Diagnostic } from './diagnostics.js';
import { formatDiagnostics } from './diagnostics.js';
import { lintModule } from './lint/lint.js';
import { expandRecords } from './records.js';
import { receiveClauseTexts } from './pattern_text.js';
import { compileModule, type CompiledUnit } from './compile_module.js';
import { CompileError } from './codegen.js';
import { applyEunitTransforms } from './eunit_exports.js';
import { applyMsTransform } from './ms_transform.js';
import { isStackOverflow, runDeep } from './deep_stack/runner.js';

export interface CompileOptions {
  file: string;
  includePath?: string[];
  exportAll?: boolean;
  warnings?: boolean;
  /** {d, M} / {d, M, V} compile options: macro name -> value source text ('' for true). */
  defines?: Record<string, string>;
  /** warn_X / nowarn_X compile options, by warning category. */
  warningOverrides?: Record<string, boolean>;
  /** Application name -> its directory, for -include_lib. */
  libDir?: (app: string) => string | null;
}

export interface CompileResult {
  module: string;
  unit: CompiledUnit | null;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  forms: Form[];
}

/**
 * Compiles; code nested deeper than the main thread's stack allows is
 * compiled again in the deep-stack worker (deep_stack/runner.ts). The
 * forms of such a result are left out (no caller reads them).
 */
export function compileSource(text: string, opts: CompileOptions): CompileResult {
  try {
    return compileSourceHere(text, opts);
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    const { libDir, ...plain } = opts;
    const r = runDeep('compile_source', { text, opts: plain, appLibs: libDir !== undefined });
    if (r === null) throw e;
    return r as CompileResult;
  }
}

/** The job the deep-stack worker runs for compileSource (src/cli/front_end_worker.ts). */
export function compileSourceJob(input: unknown, appLibDir: (app: string) => string | null): CompileResult {
  const { text, opts, appLibs } = input as { text: string; opts: CompileOptions; appLibs: boolean };
  const r = compileSourceHere(text, appLibs ? { ...opts, libDir: appLibDir } : opts);
  return { ...r, forms: [] };
}

function compileSourceHere(text: string, opts: CompileOptions): CompileResult {
  const readFile = (p: string): string | null => {
    try {
      return readSourceFile(p);
    } catch {
      return null;
    }
  };
  // EUnit's and ms_transform's parse transforms (the ones erlts knows) run where OTP runs them.
  const forms = applyMsTransform(
    applyEunitTransforms(
      parseForms(text, {
        file: opts.file,
        includePath: [path.dirname(opts.file), ...(opts.includePath ?? [])],
        libDir: opts.libDir ?? (() => null),
        readFile,
        predefined: opts.defines ?? {},
      }),
    ),
  );
  const moduleForm = forms.find((f) => f.kind === 'module');
  const module = moduleForm?.kind === 'module' ? moduleForm.name : '';
  const lint = lintModule(forms, { file: opts.file, exportAll: opts.exportAll, warnings: opts.warnings, warningOverrides: opts.warningOverrides ?? {} });
  if (lint.errors.length > 0) return { module, unit: null, errors: lint.errors, warnings: lint.warnings, forms };
  try {
    const receiveTexts = receiveClauseTexts(forms);
    const expanded = expandRecords(forms, lint.records);
    const unit = compileModule(expanded, { file: opts.file, exportAll: opts.exportAll, receiveTexts });
    return { module, unit, errors: [], warnings: lint.warnings, forms };
  } catch (e) {
    if (e instanceof CompileError) {
      const d: Diagnostic = { file: opts.file, line: e.line, col: e.col, message: e.message };
      return { module, unit: null, errors: [d], warnings: lint.warnings, forms };
    }
    throw e;
  }
}

export function compileFile(file: string, opts: Omit<CompileOptions, 'file'> = {}): CompileResult & { source: string | null } {
  let source: string | null = null;
  try {
    source = readSourceFile(file);
  } catch {
    return { module: '', unit: null, errors: [{ file, line: 0, col: 0, message: 'no such file or directory' }], warnings: [], forms: [], source };
  }
  return { ...compileSource(source, { ...opts, file }), source };
}

/** The text c:c and erlc print for a result's diagnostics. */
export function renderDiagnostics(r: CompileResult, source: string | null): string {
  return formatDiagnostics(r.errors, r.warnings, (f) => {
    if (source !== null && r.errors.concat(r.warnings).length > 0 && f === mainFile(r)) return source;
    try {
      return readSourceFile(f);
    } catch {
      return null;
    }
  });
}

function mainFile(r: CompileResult): string {
  const d = r.errors[0] ?? r.warnings[0];
  return r.unit?.file ?? d?.file ?? '';
}
