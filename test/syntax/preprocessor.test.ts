// Preprocessor behaviour that the erl-generated data does not reach:
// include search order, include_lib through libDir, in-memory files,
// predefined macros, errors inside included files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseForms, type ParseFormsOptions } from '../../src/syntax/index.js';
import type { Form } from '../../src/syntax/ast.js';

function withFiles(files: Record<string, string>, main: string, extra: Partial<ParseFormsOptions> = {}): Form[] {
  return parseForms(files[main]!, {
    file: main,
    readFile: (p) => files[p] ?? null,
    ...extra,
  });
}

const summary = (fs: Form[]): string[] =>
  fs.map((f) => {
    switch (f.kind) {
      case 'error':
      case 'warning':
        return `${f.kind} ${f.file}:${f.line}:${f.col}: ${f.message}`;
      case 'file':
        return `file ${f.file}`;
      case 'function':
        return `function ${f.name}/${f.arity}`;
      case 'attribute':
        return `attribute ${f.name}`;
      default:
        return f.kind;
    }
  });

test("include: the including file's directory first, then the include path", () => {
  const files = {
    'src/m.erl': '-module(m).\n-include("a.hrl").\n-include("b.hrl").\nf() -> {?A, ?B}.\n',
    'src/a.hrl': '-define(A, 1).\n',
    'inc/b.hrl': '-define(B, 2).\n',
    'inc/a.hrl': '-define(A, wrong).\n',
  };
  const forms = withFiles(files, 'src/m.erl', { includePath: ['inc'] });
  assert.deepEqual(summary(forms), ['file src/m.erl', 'module', 'file src/a.hrl', 'file src/m.erl', 'file inc/b.hrl', 'file src/m.erl', 'function f/0', 'eof']);
  const f = forms.find((x) => x.kind === 'function');
  assert.ok(f?.kind === 'function');
  const body = f.clauses[0]!.body[0]!;
  assert.ok(body.kind === 'tuple' && body.elements[0]!.kind === 'integer' && body.elements[0]!.value === 1);
});

test('include_lib: the first path component names an application', () => {
  const files = {
    'm.erl': '-module(m).\n-include_lib("app/include/x.hrl").\nf() -> ?X.\n',
    '/libs/app-1.0/include/x.hrl': '-define(X, x).\n',
  };
  const forms = withFiles(files, 'm.erl', { libDir: (app) => (app === 'app' ? '/libs/app-1.0' : null) });
  assert.deepEqual(summary(forms), ['file m.erl', 'module', 'file /libs/app-1.0/include/x.hrl', 'file m.erl', 'function f/0', 'eof']);
});

test("a missing include is erl's error at the file name", () => {
  const forms = withFiles({ 'inc.erl': '-module(inc).\n-include("nosuch.hrl").\n-export([f/0]).\nf() -> ok.\n' }, 'inc.erl');
  assert.deepEqual(summary(forms)[2], 'error inc.erl:2:10: can\'t find include file "nosuch.hrl"');
});

test('errors inside an included file name that file', () => {
  const files = { 'm.erl': '-module(m).\n-include("bad.hrl").\n', 'bad.hrl': '\n-define(X, 1\n' };
  const s = summary(withFiles(files, 'm.erl'));
  assert.ok(
    s.some((x) => x.startsWith('error bad.hrl:')),
    s.join('\n'),
  );
});

test('predefined macros from options, like erlc -D', () => {
  const files = { 'm.erl': '-module(m).\n-ifdef(DEBUG).\nf() -> ?LEVEL.\n-endif.\n' };
  const forms = withFiles(files, 'm.erl', { predefined: { DEBUG: '', LEVEL: '3' } });
  assert.deepEqual(summary(forms), ['file m.erl', 'module', 'function f/0', 'eof']);
});

test('?FILE and ?MODULE', () => {
  const forms = withFiles({ 'dir/m.erl': '-module(m).\nf() -> {?FILE, ?MODULE}.\n' }, 'dir/m.erl');
  const f = forms.find((x) => x.kind === 'function');
  assert.ok(f?.kind === 'function');
  const t = f.clauses[0]!.body[0]!;
  assert.ok(t.kind === 'tuple');
  const [file, mod] = t.elements;
  assert.ok(file?.kind === 'string' && String.fromCodePoint(...file.value) === 'dir/m.erl');
  assert.ok(mod?.kind === 'atom' && mod.value === 'm');
});

test('includes nested too deep stop with an error', () => {
  const files = { 'm.erl': '-module(m).\n-include("self.hrl").\n', 'self.hrl': '-include("self.hrl").\n' };
  const s = summary(withFiles(files, 'm.erl'));
  assert.ok(
    s.some((x) => x.includes('include too deep')),
    s.join('\n'),
  );
});
