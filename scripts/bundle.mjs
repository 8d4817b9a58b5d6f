// Bundles the compiled CLI into one file, build/erlts.mjs. Node loads one
// module far faster than a hundred (erl starts in about 0.3 s; so must we),
// and bin/erlts prefers the bundle when it exists.
import { build } from 'esbuild';

await build({
  entryPoints: ['build/src/cli/main.js'],
  outfile: 'build/erlts.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

// Precompile the shipped Erlang library (see src/lib/lib_cache.ts).
const { buildLibCache } = await import('../build/src/lib/boot.js');
buildLibCache();
