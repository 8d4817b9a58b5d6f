// Bundles the compiled CLI into one file, build/erlts.cjs, and records V8's
// code cache for it in build/erlts.cache. erl starts in about 0.2 s, Node.js
// alone takes 0.13 s of that, so erlts must load quickly: one file instead
// of a hundred modules, and compiled code instead of source (the cache
// halves the time from Node.js being up to the node running). The bundle is
// CommonJS because Node 20 can only feed a code cache to a vm.Script;
// bin/erlts loads it that way.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

await build({
  entryPoints: ['build/src/cli/run.js'],
  outfile: 'build/erlts.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  // The modules find lib/ and bin/ from their own location.
  define: { 'import.meta.url': '__erltsBundleUrl' },
  banner: { js: 'var __erltsBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
fs.rmSync('build/erlts.mjs', { force: true });

// esbuild turns each `import * as fs from 'node:fs'` into a call of its
// __toESM helper, which copies every export of the module into a fresh
// namespace object: 50 such imports (fs, path, os, net in many files) cost
// about 5 ms of every start. A namespace is never written to, so one per
// module serves every importer: the helper is wrapped to remember them.
// Should esbuild's helper look different, the bundle stays as it is.
{
  const text = fs.readFileSync('build/erlts.cjs', 'utf8');
  const helper = /^var __toESM = \([^)]*\) => [\s\S]*?\n\)\);\n/m.exec(text);
  if (helper === null) console.warn('bundle: no __toESM helper found; namespaces are not shared');
  else {
    const at = helper.index + helper[0].length;
    const memo =
      'var __toESM = ((toESM, node = new WeakMap(), other = new WeakMap()) => (mod, isNodeMode) => {\n' +
      '  if (mod === null || (typeof mod !== "object" && typeof mod !== "function")) return toESM(mod, isNodeMode);\n' +
      '  const seen = isNodeMode ? node : other;\n' +
      '  let ns = seen.get(mod);\n' +
      '  if (ns === undefined) seen.set(mod, (ns = toESM(mod, isNodeMode)));\n' +
      '  return ns;\n' +
      '})(__toESM);\n';
    fs.writeFileSync('build/erlts.cjs', text.slice(0, at) + memo + text.slice(at));
  }
}

// Precompile the shipped Erlang library (see src/code/lib_cache.ts).
const { buildLibCache } = await import('../build/src/code/boot.js');
buildLibCache();

// V8's code caches, of the bundle (build/erlts.cache, read by bin/erlts)
// and of the library's units (build/lib-cache/*.v8, src/code/
// unit_code_cache.ts), are written at the exit of a node started once
// through bin/erlts: V8 accepts a cache only under the flags that made it,
// so it must be bin/erlts (its shebang's flags) that runs here. The run is
// a bare start on purpose. A cache made after a longer run (shell, c:c/1,
// rpc round trips with a second node) holds the bytecode of every function
// that ran, but measured no faster on rpc calls of fresh nodes: compiling
// a function on first call costs little next to parsing a whole unit,
// which any cache saves; and the bundle's cache grew from 0.75 to 1.3 MB,
// 6-8 ms more of every start to read.
fs.rmSync('build/erlts.cache', { force: true });
const run = spawnSync(process.execPath, ['--max-semi-space-size=128', '--stack-size=2048', 'bin/erlts', '-noshell', '-eval', 'halt().'], {
  env: { ...process.env, ERLTS_WRITE_CODE_CACHE: 'build/erlts.cache', ERLTS_WRITE_LIB_CODE_CACHE: '1' },
  stdio: 'inherit',
});
if (run.status !== 0 || !fs.existsSync('build/erlts.cache')) console.warn('bundle: no code cache written; erlts will start more slowly');
