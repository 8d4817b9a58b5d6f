// Where the shipped library lives: lib/erlang (modules written in Erlang)
// and lib/apps (headers of OTP applications), found from this file's own
// location so that a bundled or installed erlts finds them too.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * lib/erlang of this package, found by walking up from this file's location
 * (build/src/code/boot.js, or build/erlts.cjs when bundled).
 */
export const LIB_DIR = findLibDir(path.dirname(fileURLToPath(import.meta.url)));

function findLibDir(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'lib', 'erlang');
    if (fs.existsSync(path.join(candidate, 'io.erl'))) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(start, '../../../lib/erlang');
  }
}

/**
 * The directory -include_lib("App/include/X.hrl") resolves App to: our own
 * headers for the OTP applications a learner includes from (kernel's
 * logger.hrl, stdlib's assert.hrl, eunit's eunit.hrl), in lib/apps/App.
 */
export function appLibDir(app: string): string | null {
  const dir = path.join(LIB_DIR, '..', 'apps', app);
  return /^[a-z_]+$/.test(app) && fs.existsSync(dir) ? dir : null;
}
