// erlts's own version, for the places that name erlts rather than the OTP
// release it answers as (`erlts --version`, the terminal's banner).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LIB_DIR } from './lib_dirs.js';

let cached: string | null = null;

/** The version in the package.json beside lib/, wherever erlts is installed. */
export function erltsVersion(): string {
  if (cached !== null) return cached;
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(LIB_DIR, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    cached = typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    cached = 'unknown';
  }
  return cached;
}
