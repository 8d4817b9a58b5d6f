// The layering rule of docs/architecture.md, checked on every import in
// src/: a layer may use the layers below it, never one above it, and the
// shell and the live view (observer), which stand side by side, do not use
// each other. Type-only imports count too: they couple the code as much.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../../src/', import.meta.url));

/** Bottom to top; layers with the same rank may not import each other. */
const RANK: Record<string, number> = {
  terms: 0,
  syntax: 1,
  compiler: 2,
  vm: 3,
  bifs: 4,
  code: 5,
  distribution: 6,
  shell: 7,
  observer: 7,
  cli: 8,
};

const IMPORT = /(?:^|\s)(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|declare module\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

export function layerOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0]!;
}

/** Every import in src/ that points upward or sideways between layers, as "from -> to". */
function violations(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = layerOf(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]!;
      if (!spec.startsWith('.')) continue;
      const to = layerOf(path.resolve(path.dirname(file), spec));
      if (to === from) continue;
      const [a, b] = [RANK[from], RANK[to]];
      if (a === undefined || b === undefined || b >= a) found.push(`${path.relative(SRC, file)} -> ${spec}`);
    }
  }
  return found;
}

test('every folder of src/ is a known layer', () => {
  const folders = fs
    .readdirSync(SRC, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  assert.deepEqual(
    folders.filter((f) => RANK[f] === undefined),
    [],
  );
});

test('no layer imports a layer above it or beside it', () => {
  assert.deepEqual(violations(), []);
});

test('the check sees an upward import', () => {
  // A planted violation must be reported, or the rule above proves nothing.
  const probe = path.join(SRC, 'terms', '__layer_probe.ts');
  fs.writeFileSync(probe, "import type { VM } from '../vm/vm.js';\nexport type X = VM;\n");
  try {
    assert.deepEqual(violations(), ['terms/__layer_probe.ts -> ../vm/vm.js']);
  } finally {
    fs.rmSync(probe);
  }
});
