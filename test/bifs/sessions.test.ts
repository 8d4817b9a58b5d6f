// Shell sessions recorded from real erl (test/bifs/sessions/NAME.erl-shell
// piped into `erl`, output in NAME.out; regenerate with gen_sessions.sh),
// replayed through bin/erlts. For stateful modules (ets, timer, file,
// gen_server) a session tests what single calls cannot: state across calls,
// ownership, and the shell's error text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../conformance/normalize.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = join(root, 'test/bifs/sessions');

/** The corpus normaliser, plus refs whose numbers it does not expect. */
function norm(text: string): string {
  return normalize(text.replace(/#Ref<[-0-9.]+>/g, (r) => r.replace(/-/g, '')));
}

for (const f of readdirSync(dir).filter((x) => x.endsWith('.erl-shell'))) {
  const name = f.replace(/\.erl-shell$/, '');
  test(`session ${name} prints what erl prints`, () => {
    const input = readFileSync(join(dir, f));
    const cwd = mkdtempSync(join(tmpdir(), 'erlts-session-'));
    let out: string;
    try {
      out = execFileSync(join(root, 'bin/erlts'), [], { input, cwd, encoding: 'latin1', stdio: ['pipe', 'pipe', 'pipe'] });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const expected = readFileSync(join(dir, `${name}.out`), 'latin1');
    assert.equal(norm(out), norm(expected));
  });
}
