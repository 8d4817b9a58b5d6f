// Prints the JavaScript the compiler makes of an Erlang module, as the code
// server would instantiate it: for reading what V8 runs (profiles name its
// functions f<N>, l<N>, and f<N>$s for resuming copies; see
// docs/architecture.md). Needs `npx tsc -p tsconfig.json` first.
//
//   node scripts/dump_js.mjs bench/bench_fib.erl [function/arity]
//
// With function/arity, only that function's text (both copies).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { compileSource } = await import(path.join(root, 'build/src/compiler/compile_source.js'));

const [file, only] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: node scripts/dump_js.mjs FILE.erl [function/arity]\n');
  process.exit(2);
}
const r = compileSource(fs.readFileSync(file, 'latin1'), { file });
if (r.unit === null) {
  for (const d of r.errors) process.stderr.write(`${file}:${d.line}: ${d.message}\n`);
  process.exit(1);
}
if (only === undefined) {
  process.stdout.write(`${r.unit.text}\n`);
} else {
  const i = r.unit.functions.findIndex((f) => `${f.name}/${f.arity}` === only);
  if (i < 0) {
    process.stderr.write(`${only}: no such function in ${file}\n`);
    process.exit(1);
  }
  // Module functions are f0, f1, ... in order; each text runs up to its tables.
  const id = `f${i}`;
  const start = r.unit.text.search(new RegExp(`^function ${id}\\$s?\\(`, 'm'));
  const end = r.unit.text.indexOf(`\nconst H_${id} = `, start);
  process.stdout.write(`${r.unit.text.slice(start, end < 0 ? undefined : r.unit.text.indexOf('\n', end + 1))}\n`);
}
