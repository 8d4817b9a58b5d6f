// EUnit's two parse transforms, done by the compiler since erlts runs no
// parse transforms. eunit.hrl asks for them as in OTP, with
// -compile({parse_transform, eunit_autoexport}) (or eunit_striptests under
// NOTEST); this runs on the preprocessed forms before lint, where OTP runs
// them, so test functions are not reported as unused.
// - autoexport: export every Name/0 ending in _test, _test_ or _exported_
//   (and eunit_wrapper_/1), and add test() -> eunit:test(Module) unless the
//   module defines test/0 itself; eunit:test/1 finds the tests among the
//   exports.
// - striptests: drop those functions unless the module exports them.

import type { Expr, Form, FunctionDef } from '../syntax/ast.js';

const SUFFIXES = ['_test', '_test_', '_exported_'];
const WRAPPER = 'eunit_wrapper_';

function isTestFunction(f: FunctionDef): boolean {
  return (f.arity === 0 && SUFFIXES.some((s) => f.name.endsWith(s))) || (f.name === WRAPPER && f.arity === 1);
}

/** The parse transform a -compile attribute names, if it is one of EUnit's. */
function eunitTransform(f: Form): string | null {
  if (f.kind !== 'attribute' || f.name !== 'compile' || f.value === null) return null;
  const items: Expr[] = [];
  for (let v: Expr = f.value; ; ) {
    if (v.kind === 'cons') {
      items.push(v.head);
      v = v.tail;
    } else {
      if (v.kind !== 'nil') items.push(v);
      break;
    }
  }
  for (const t of items) {
    if (t.kind !== 'tuple' || t.elements.length !== 2) continue;
    const [k, m] = t.elements;
    if (k?.kind === 'atom' && k.value === 'parse_transform' && m?.kind === 'atom' && (m.value === 'eunit_autoexport' || m.value === 'eunit_striptests'))
      return m.value;
  }
  return null;
}

export function applyEunitTransforms(forms: Form[]): Form[] {
  let out = forms;
  for (const f of forms) {
    const t = eunitTransform(f);
    if (t === 'eunit_autoexport') out = autoExport(out);
    else if (t === 'eunit_striptests') out = stripTests(out);
  }
  return out;
}

function autoExport(forms: Form[]): Form[] {
  const at = forms.findIndex((f) => f.kind === 'module');
  if (at < 0) return forms;
  const fns = forms.filter((f): f is FunctionDef => f.kind === 'function');
  const exports: [string, number][] = [];
  const seen = new Set<string>();
  for (const f of fns) {
    const key = `${f.name}/${f.arity}`;
    if (isTestFunction(f) && !seen.has(key)) {
      seen.add(key);
      exports.push([f.name, f.arity]);
    }
  }
  const mod = forms[at]!;
  const moduleName = mod.kind === 'module' ? mod.name : '';
  const ownTest = fns.some((f) => f.name === 'test' && f.arity === 0);
  const body = [...forms.slice(at + 1)];
  if (!ownTest) {
    // OTP adds it at line 0, after the module's last form (before eof).
    const a = { line: 0, col: 0 };
    const testFn: FunctionDef = {
      ...a,
      kind: 'function',
      name: 'test',
      arity: 0,
      clauses: [
        {
          ...a,
          kind: 'clause',
          patterns: [],
          guards: [],
          body: [
            {
              ...a,
              kind: 'call',
              fn: { ...a, kind: 'remote', module: { ...a, kind: 'atom', value: 'eunit' }, name: { ...a, kind: 'atom', value: 'test' } },
              args: [{ ...a, kind: 'atom', value: moduleName }],
            },
          ],
        },
      ],
    };
    const eof = body.findIndex((f) => f.kind === 'eof');
    body.splice(eof < 0 ? body.length : eof, 0, testFn);
    exports.unshift(['test', 0]);
  }
  return [...forms.slice(0, at + 1), { line: mod.line, col: mod.col, kind: 'export', functions: exports }, ...body];
}

function stripTests(forms: Form[]): Form[] {
  const exported = new Set<string>();
  for (const f of forms) if (f.kind === 'export') for (const [n, a] of f.functions) exported.add(`${n}/${a}`);
  return forms.filter((f) => f.kind !== 'function' || !isTestFunction(f) || exported.has(`${f.name}/${f.arity}`));
}
