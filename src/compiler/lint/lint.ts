// erl_lint for a whole module: the checks the compiler runs over the forms
// before code generation. Errors stop compilation; warnings do not.

import type { Expr, Form, FunctionDef, WildAttr } from '../../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { behaviourCallbacks, type FunctionKey } from './behaviours.js';
import { isAutoBif, isOldBif } from './bifs.js';
import { coreWarnings } from './core_warnings.js';
import { ExprChecker } from './exprs.js';
import { msg } from './messages.js';
import { defineRecord } from './records.js';
import { LintState, type RecordInfo } from './state.js';

export type { RecordInfo } from './state.js';

export interface LintOptions {
  file: string;
  /** As the export_all compile option. */
  exportAll?: boolean;
  /** false: report no warnings at all (erlc -W0). */
  warnings?: boolean;
  /** Suppress all unused-variable/function/record warnings. */
  nowarnUnused?: boolean;
  /** Per-category switches, e.g. {export_vars: true} as +warn_export_vars. */
  warningOverrides?: Record<string, boolean>;
  /** Callbacks of behaviours beyond the built-in OTP ones (user modules). */
  behaviourCallbacks?: (behaviour: string) => FunctionKey[] | undefined;
}

export interface LintResult {
  errors: Diagnostic[];
  warnings: Diagnostic[];
  records: Map<string, RecordInfo>;
}

/** A compile attribute's value as a plain term: atoms are strings, tuples {t: [...]}. */
type Term = string | number | Term[] | { t: Term[] };

export function lintModule(forms: Form[], opts: LintOptions): LintResult {
  const compile = compileOptions(forms);
  const overrides: Record<string, boolean> = { ...compileWarningSwitches(compile), ...opts.warningOverrides };
  if (opts.nowarnUnused) Object.assign(overrides, { unused_vars: false, unused_function: false, unused_record: false });
  const st = new LintState(opts.file, overrides);
  const checker = new ExprChecker(st);
  const exportAll = opts.exportAll === true || compile.includes('export_all');
  const nowarnUnusedFns = new Set(fasOf(compile, 'nowarn_unused_function'));
  st.noAutoImport = compile.includes('no_auto_import') ? 'all' : new Set(fasOf(compile, 'no_auto_import'));

  for (const f of forms) if (f.kind === 'function') st.locals.add(`${f.name}/${f.arity}`);
  for (const p of ['module_info/0', 'module_info/1', 'record_info/2']) st.defined.add(p);

  // pre_scan: the export_all warning belongs to the -compile attribute.
  if (st.isEnabled('export_all')) {
    for (const f of forms) {
      if (f.kind === 'attribute' && f.name === 'compile' && flatTerms(termOf(f.value)).includes('export_all')) {
        st.warn(f, msg.exportAll());
      }
    }
  }

  const exports: string[] = [];
  const exportLocs: { key: string; line: number; col: number; file: string }[] = [];
  const behaviours: { name: string; line: number; col: number; file: string }[] = [];
  const onLoad: string[] = [];
  let state: 'start' | 'attribute' | 'function' = 'start';
  let moduleSeen = false;

  for (const form of forms) {
    if (form.kind === 'error' || form.kind === 'warning') {
      const d: Diagnostic = { file: form.file, line: form.line, col: form.col, message: form.message, pass: 'erl_parse' };
      (form.kind === 'error' ? st.errors : st.warnings).push(d);
      continue;
    }
    if (form.kind === 'file') {
      st.file = form.file;
      continue;
    }
    if (form.kind === 'attribute' && form.name === 'compile') continue;
    if (state === 'start') {
      state = 'attribute';
      if (form.kind === 'module') {
        moduleSeen = true;
        continue;
      }
      st.error(form, msg.undefinedModule());
    }
    if (state === 'attribute') {
      switch (form.kind) {
        case 'module':
          if (moduleSeen) st.error(form, msg.redefineModule());
          moduleSeen = true;
          continue;
        case 'export':
          for (const [n, a] of form.functions) {
            const key = `${n}/${a}`;
            if (exports.includes(key)) st.warn(form, msg.duplicatedExport(n, a));
            else exports.push(key);
            exportLocs.push({ key, line: form.line, col: form.col, file: st.file });
          }
          continue;
        case 'import':
          importFunctions(st, form.module, form.functions, form);
          continue;
        case 'record_def':
          defineRecord(st, checker, form);
          continue;
        case 'attribute':
          attributeInHeader(form, st, behaviours, onLoad);
          continue;
      }
      state = 'function';
    }
    switch (form.kind) {
      case 'record_def':
        defineRecord(st, checker, form);
        break;
      case 'function':
        lintFunction(st, checker, form);
        break;
      case 'attribute':
        if (!['type', 'opaque', 'spec', 'dialyzer'].includes(form.name)) st.error(form, msg.attributeAfterFunctions(form.name));
        break;
      case 'module':
      case 'export':
      case 'import':
        st.error(form, msg.attributeAfterFunctions(form.kind));
        break;
    }
  }
  if (!moduleSeen && state === 'start') {
    const last = forms[forms.length - 1];
    st.error(last ?? { line: 1, col: 1 }, msg.undefinedModule());
  }

  const exported = exportAll ? new Set(st.defined) : new Set(exports);
  checkBehaviours(st, behaviours, exported, opts.behaviourCallbacks);
  checkUndefinedFunctions(st, exportLocs);
  if (!exportAll && st.isEnabled('unused_function')) checkUnusedFunctions(st, forms, exports, onLoad, nowarnUnusedFns);
  if (onLoad.length === 1 && !st.defined.has(onLoad[0]!)) {
    const [n, a] = splitKey(onLoad[0]!);
    const at = forms.find((f) => f.kind === 'attribute' && f.name === 'on_load')!;
    st.error(at, msg.undefinedOnLoad(n, a));
  }
  if (st.isEnabled('unused_record')) checkUnusedRecords(st, forms, opts.file);

  let warnings = st.warnings;
  // Later passes run only when lint found no errors.
  if (st.errors.length === 0) warnings = warnings.concat(coreWarnings(forms, opts.file, st.enabled));
  if (opts.warnings === false) warnings = [];
  return { errors: st.errors, warnings, records: st.records };
}

function lintFunction(st: LintState, checker: ExprChecker, f: FunctionDef): void {
  const key = `${f.name}/${f.arity}`;
  st.func = key;
  if (st.defined.has(key)) {
    st.error(f, msg.redefineFunction(f.name, f.arity));
  } else {
    if (f.arity > 255) st.error(f, msg.tooManyArguments(f.arity));
    st.defined.add(key);
    if (st.imports.has(key)) st.error(f, msg.defineImport(f.name, f.arity));
  }
  for (const c of f.clauses) checker.functionClause(c);
  st.func = '';
}

function importFunctions(st: LintState, mod: string, fns: [string, number][], at: { line: number; col: number }): void {
  let clash = false;
  for (const [n, a] of fns) {
    const key = `${n}/${a}`;
    const prev = st.imports.get(key);
    if (prev !== undefined) {
      st.error(at, msg.redefineImport(n, a, prev));
      clash = true;
    } else if (isAutoBif(n, a) && st.isEnabled('bif_clash') && !st.isAutoImportSuppressed(key)) {
      if (isOldBif(n, a)) st.error(at, msg.redefineOldBifImport(n, a));
      else st.warn(at, msg.redefineBifImport(n, a));
    }
  }
  if (!clash) for (const [n, a] of fns) st.imports.set(`${n}/${a}`, mod);
}

function attributeInHeader(form: WildAttr, st: LintState, behaviours: { name: string; line: number; col: number; file: string }[], onLoad: string[]): void {
  const value = termOf(form.value);
  if ((form.name === 'behaviour' || form.name === 'behavior') && typeof value === 'string') {
    behaviours.push({ name: value, line: form.line, col: form.col, file: st.file });
  } else if (form.name === 'on_load') {
    const fa = asFa(value);
    if (!fa) {
      st.error(form, msg.badOnLoad(String(value)));
      return;
    }
    onLoad.push(`${fa[0]}/${fa[1]}`);
    if (onLoad.length > 1) st.error(form, msg.multipleOnLoads());
    else if (fa[1] !== 0) st.error(form, msg.badOnLoadArity(fa[0], fa[1]));
  }
}

function checkBehaviours(
  st: LintState,
  behaviours: { name: string; line: number; col: number; file: string }[],
  exported: Set<string>,
  extra: LintOptions['behaviourCallbacks'],
): void {
  for (const b of behaviours) {
    const cbs = extra?.(b.name) ?? behaviourCallbacks(b.name);
    const saved = st.file;
    st.file = b.file;
    if (!cbs) {
      st.warn(b, msg.undefinedBehaviour(b.name));
    } else {
      const missing = cbs.filter(([n, a]) => !exported.has(`${n}/${a}`)).sort(compareFa);
      for (const [n, a] of missing) st.warn(b, msg.undefinedBehaviourFunc(n, a, b.name));
    }
    st.file = saved;
  }
}

function checkUndefinedFunctions(st: LintState, exportLocs: { key: string; line: number; col: number; file: string }[]): void {
  const called = [...exportLocs, ...st.called].filter((c) => !st.defined.has(c.key));
  called.sort((a, b) => {
    const [an, aa] = splitKey(a.key),
      [bn, ba] = splitKey(b.key);
    return compareFa([an, aa], [bn, ba]) || a.line - b.line || a.col - b.col;
  });
  const seen = new Set<string>();
  for (const c of called) {
    const id = `${c.key}@${c.file}:${c.line}:${c.col}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const [n, a] = splitKey(c.key);
    st.errors.push({ file: c.file, line: c.line, col: c.col, message: msg.undefinedFunction(n, a), pass: 'erl_lint' });
  }
}

function checkUnusedFunctions(st: LintState, forms: Form[], exports: string[], onLoad: string[], nowarn: Set<string>): void {
  const reached = new Set<string>();
  const todo = [...onLoad, ...exports];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (reached.has(f)) continue;
    reached.add(f);
    for (const g of st.calls.get(f) ?? []) todo.push(g);
  }
  let file = st.file;
  for (const form of forms) {
    if (form.kind === 'file') file = form.file;
    if (form.kind !== 'function') continue;
    const key = `${form.name}/${form.arity}`;
    if (reached.has(key) || nowarn.has(key)) continue;
    st.warnings.push({ file, line: form.line, col: form.col, message: msg.unusedFunction(form.name, form.arity), pass: 'erl_lint' });
  }
}

function checkUnusedRecords(st: LintState, forms: Form[], mainFile: string): void {
  const firstFile = forms.find((f) => f.kind === 'file');
  const main = firstFile?.kind === 'file' ? firstFile.file : mainFile;
  let file = mainFile;
  for (const form of forms) {
    if (form.kind === 'file') file = form.file;
    if (form.kind !== 'record_def' || file !== main || st.usedRecords.has(form.name)) continue;
    if (st.records.get(form.name)?.line !== form.line) continue;
    st.warnings.push({ file, line: form.line, col: form.col, message: msg.unusedRecord(form.name), pass: 'erl_lint' });
  }
}

// ---- compile options ----------------------------------------------------

function compileOptions(forms: Form[]): Term[] {
  const out: Term[] = [];
  for (const f of forms) if (f.kind === 'attribute' && f.name === 'compile') out.push(...flatTerms(termOf(f.value)));
  return out;
}

/** warn_X / nowarn_X compile options switch warning category X. */
function compileWarningSwitches(opts: Term[]): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const o of opts) {
    if (typeof o !== 'string') continue;
    if (o.startsWith('nowarn_')) out[o.slice(7)] = false;
    else if (o.startsWith('warn_')) out[o.slice(5)] = true;
  }
  return out;
}

function fasOf(opts: Term[], tag: string): string[] {
  const out: string[] = [];
  for (const o of opts) {
    if (typeof o !== 'object' || Array.isArray(o) || o.t.length !== 2 || o.t[0] !== tag) continue;
    for (const x of flatTerms(o.t[1]!)) {
      const fa = asFa(x);
      if (fa) out.push(`${fa[0]}/${fa[1]}`);
    }
  }
  return out;
}

function asFa(t: Term): [string, number] | undefined {
  if (typeof t === 'object' && !Array.isArray(t) && t.t.length === 2) {
    const [n, a] = t.t;
    if (typeof n === 'string' && typeof a === 'number') return [n, a];
  }
  return undefined;
}

function flatTerms(t: Term): Term[] {
  return Array.isArray(t) ? t.flatMap(flatTerms) : [t];
}

function termOf(e: Expr | null): Term {
  if (e === null) return [];
  switch (e.kind) {
    case 'atom':
      return e.value;
    case 'integer':
      return Number(e.value);
    case 'char':
      return e.value;
    case 'nil':
      return [];
    case 'string':
      return e.value;
    case 'tuple':
      return { t: e.elements.map(termOf) };
    case 'cons': {
      const items: Term[] = [];
      let c: Expr = e;
      while (c.kind === 'cons') {
        items.push(termOf(c.head));
        c = c.tail;
      }
      return items;
    }
    // F/A written in an attribute.
    case 'op':
      return e.op === '/' ? { t: [termOf(e.left), termOf(e.right)] } : [];
    default:
      return [];
  }
}

function splitKey(key: string): [string, number] {
  const i = key.lastIndexOf('/');
  return [key.slice(0, i), Number(key.slice(i + 1))];
}

function compareFa(a: FunctionKey, b: FunctionKey): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1];
}
