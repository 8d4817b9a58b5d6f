// What the live view's lesson browser tests share: erlts shells driven by
// typed lines, the guide's kvs.erl, where guide images go.

import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitFor } from '../dist/helpers.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ERLTS = join(ROOT, 'bin/erlts');
/** Generous: the machine running the tests may be a loaded 2-core one. */
export const LONG = 30_000;

/** docs/images when ERLTS_WRITE_GUIDE_IMAGES=1 (the guides show them), else a temporary folder. */
export function imagesDir(tag: string): string {
  return process.env.ERLTS_WRITE_GUIDE_IMAGES === '1' ? join(ROOT, 'docs/images') : mkdtempSync(join(tmpdir(), `erlts-${tag}-images-`));
}

export interface Shell {
  child: ChildProcess;
  out: () => string;
  type: (line: string) => void;
}

export function shell(args: string[], cwd: string, env: NodeJS.ProcessEnv): Shell {
  const child = spawn(ERLTS, args, { env, cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('latin1')));
  return { child, out: () => out, type: (line) => child.stdin!.write(line + '\n') };
}

/** The guide's kvs.erl, as the guide shows it (section 3). */
export function guideKvs(): string {
  const guide = readFileSync(join(ROOT, 'docs/guide.md'), 'utf8');
  const m = /```erlang\n(%% A key-value store[\s\S]*?)```/.exec(guide);
  assert.ok(m, 'the guide shows kvs.erl');
  return m[1]!;
}

/** Types a line and waits for the shell's next prompt, counted. */
export async function run(sh: Shell, line: string, prompt: number, node: string): Promise<void> {
  sh.type(line);
  assert.ok(await waitFor(() => sh.out().includes(`(${node})${prompt}> `), LONG), sh.out());
}
