// A module (forms with records already expanded) or a shell expression
// sequence to the JavaScript text of a loadable unit plus its tables.

import type * as ast from '../syntax/ast.js';
import type { Term } from '../terms/types.js';
import { FnCompiler } from './codegen.js';
import { nameModuleFuns } from './fun_names.js';
import { loopedBinaryParam } from './match_context.js';
import { ModuleCtx, type ComprehensionChain, type LambdaSpec } from './module_ctx.js';

export interface CompiledUnit {
  module: string;
  file: string;
  /** Body of `new Function('rt', 'K', 'E', 'FC', 'FUNREF', text)`. */
  text: string;
  consts: Term[];
  remotes: [string, string, number][];
  lambdas: LambdaSpec[];
  /** Named functions in the order of `fns` in the unit's result. */
  functions: { name: string; arity: number; line: number }[];
  exports: [string, number][];
  exportAll: boolean;
  attributes: ast.WildAttr[];
  /** The comprehension chains of the unit's functions (fn.V indexes them; see ComprehensionChain). */
  chains?: (ComprehensionChain | null)[];
  /**
   * Makes the unit's factory from its text, when the loader has a faster way
   * than `new Function` (src/code/unit_code_cache.ts); url is the name V8's
   * stack traces give the unit's functions (it starts with erlts-unit-).
   */
  compile?: () => { make: UnitFactory; url: string };
}

/** What a unit's text evaluates to: called with (rt, K, E, FC, FUNREF). */
export type UnitFactory = (...a: unknown[]) => unknown;

const PRELUDE = `"use strict";\nconst { Cons, NIL, Fun, Atom, TRUE, FALSE, SUSPEND } = rt;`;

function params(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`a${i}`);
  return out;
}

export function compileModule(forms: ast.Form[], opts: { file: string; exportAll?: boolean; receiveTexts?: Map<string, string> }): CompiledUnit {
  let moduleName = '';
  const exports: [string, number][] = [];
  const attributes: ast.WildAttr[] = [];
  let exportAll = opts.exportAll === true;
  const fns: ast.FunctionDef[] = [];
  const imports = new Map<string, string>();
  for (const f of forms) {
    if (f.kind === 'module') moduleName = f.name;
    else if (f.kind === 'export') exports.push(...f.functions);
    else if (f.kind === 'function') fns.push(f);
    else if (f.kind === 'import') for (const [n, a] of f.functions) imports.set(`${n}/${a}`, f.module);
    else if (f.kind === 'attribute') {
      attributes.push(f);
      if (f.name === 'compile' && JSON.stringify(f.value ?? null).includes('"export_all"')) exportAll = true;
    }
  }
  const inlined = inlinedFunctions(attributes);
  const m = new ModuleCtx(moduleName, opts.file, null);
  m.receiveTexts = opts.receiveTexts ?? null;
  for (const [key, mod] of imports) m.imports.set(key, mod);
  const ids = fns.map((f) => {
    const id = m.newFnId('f');
    m.locals.set(`${f.name}/${f.arity}`, id);
    return id;
  });
  m.funNames = nameModuleFuns(fns, new Set(m.locals.keys()));
  fns.forEach((f, i) => {
    const id = ids[i]!;
    const ps = params(f.arity);
    m.lambdaCounter = 0;
    m.namedLambdaCounter = 0;
    const c = new FnCompiler(m, ps, id, f.name, f.arity);
    c.b.line = f.line;
    c.b.lastLine = f.line;
    const looped = loopedBinaryParam(f.clauses, f.name, f.arity);
    if (looped >= 0) c.loopOverBinary(looped);
    // BEAM locates a function_clause at the function's first line, which the
    // first block's line is not when clause selection starts with a later clause.
    c.clauses(f.clauses, ps, new Set(), `throw rt.functionClause(${id}, [${ps.join(', ')}], ${f.line});`, true);
    m.functionTexts.push(c.b.render(id, `H_${id}`));
    m.functionTexts.push(c.b.tablesText(id));
    if (inlined.has(`${f.name}/${f.arity}`)) m.functionTexts.push(`${id}.INL = true;`);
  });
  const text = [
    PRELUDE,
    m.constDecls(),
    ...m.functionTexts,
    `return { fns: [${ids.join(', ')}], lambdas: [${m.lambdas.map((l) => l.jsId).join(', ')}] };`,
  ].join('\n');
  return {
    module: moduleName,
    file: opts.file,
    text,
    consts: m.consts,
    remotes: m.remotes,
    lambdas: m.lambdas,
    functions: fns.map((f) => ({ name: f.name, arity: f.arity, line: f.line })),
    exports,
    exportAll,
    attributes,
    ...(m.chains.length > 1 ? { chains: m.chains } : {}),
  };
}

/**
 * A shell expression sequence as a function of the currently bound
 * variables; it returns the tuple [Value, NewBinding1, ...] whose names are
 * `resultVars` in order.
 */
export function compileShellExprs(
  exprs: ast.Expr[],
  bound: string[],
  opts: { module: string; localFallback: string; name?: 'shell' | 'eval' },
): CompiledUnit & { resultVars: string[] } {
  // The function's name says whose code it is to stack traces: the shell's
  // expression or an -eval argument (src/vm/stacktrace/shell.ts).
  const name = opts.name ?? 'shell';
  const m = new ModuleCtx(opts.module, 'shell', opts.localFallback);
  const ps = params(bound.length);
  const c = new FnCompiler(m, ps, 'f0', name, 0);
  const s = new Set<string>();
  bound.forEach((name, i) => {
    c.b.emit(`${c.b.varLocal(name)} = a${i};`);
    s.add(name);
  });
  // -eval's expressions are one sequence for erl_eval:exprs/2; the shell hands erl_eval one at a time.
  const v = c.body(exprs, s, false, name === 'eval');
  const resultVars = [...s];
  c.b.finish(`return [${[v, ...resultVars.map((n) => c.b.varLocal(n))].join(', ')}];`);
  // Run once: one copy of its text is enough (no resuming copy, fn_builder.ts).
  m.functionTexts.push(c.b.render('f0', 'H_f0', false));
  m.functionTexts.push(c.b.tablesText('f0'));
  const text = [PRELUDE, m.constDecls(), ...m.functionTexts, `return { fns: [f0], lambdas: [${m.lambdas.map((l) => l.jsId).join(', ')}] };`].join('\n');
  return {
    module: opts.module,
    file: 'shell',
    text,
    consts: m.consts,
    remotes: m.remotes,
    lambdas: m.lambdas,
    functions: [{ name, arity: bound.length, line: 1 }],
    exports: [],
    exportAll: false,
    attributes: [],
    resultVars,
  };
}

/**
 * The functions `-compile({inline, [F/A]})` names. BEAM merges an inlined
 * function into its callers, so a stack trace shows the caller at the line
 * of the inlined code; stack traces read this mark (vm/stacktrace).
 */
function inlinedFunctions(attributes: ast.WildAttr[]): Set<string> {
  const out = new Set<string>();
  const items = (e: ast.Expr): ast.Expr[] => {
    const xs: ast.Expr[] = [];
    let l = e;
    for (; l.kind === 'cons'; l = l.tail) xs.push(l.head);
    return l.kind === 'nil' ? xs : [e];
  };
  for (const a of attributes) {
    if (a.name !== 'compile' || a.value === null) continue;
    for (const o of items(a.value)) {
      if (o.kind !== 'tuple' || o.elements.length !== 2) continue;
      const [tag, fas] = o.elements as [ast.Expr, ast.Expr];
      if (tag.kind !== 'atom' || tag.value !== 'inline') continue;
      for (const fa of items(fas)) {
        // F/A, which the parser has made {F, A} already.
        if (fa.kind === 'op' && fa.op === '/' && fa.left.kind === 'atom' && fa.right.kind === 'integer') out.add(`${fa.left.value}/${fa.right.value}`);
        if (fa.kind === 'tuple' && fa.elements.length === 2) {
          const [f, n] = fa.elements as [ast.Expr, ast.Expr];
          if (f.kind === 'atom' && n.kind === 'integer') out.add(`${f.value}/${n.value}`);
        }
      }
    }
  }
  return out;
}
