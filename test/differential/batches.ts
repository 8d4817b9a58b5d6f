// Runs the differential suite's batches (written by gen_calls.escript, erl's
// answers recorded by gen.sh) through a command (bin/erlts by default), splits
// both transcripts into one answer per call and compares them.
//
// Settings and their case ids (the ids known_failures.txt names):
//   shell:ID          the expression piped to the shell; what the shell prints
//   module-catch:ID   `catch Call` in a compiled module, printed with ~p
//   module-try:ID     try Call catch C:R:St, printing {C,R,St}
//   module-compile:dm_NNN   what compiling the batch's module printed
//   eval:ID           `catch Call` in one `erl -noshell -eval` argument

import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from './normalise.js';
import { loadKnownFailures, reasonFor } from '../support/known_failures.js';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const DATA_DIR = join(repoRoot, 'test/differential/data');
export const KNOWN_FAILURES_FILE = join(repoRoot, 'test/differential/known_failures.txt');
const BATCH_LIMIT_MS = 120_000;

export type Setting = 'shell' | 'module' | 'eval';

export interface Batch {
  setting: Setting;
  name: string; // 001, dm_001
  dir: string;
}

export interface CaseResult {
  id: string; // setting-qualified, e.g. shell:lists.nth.2.3
  expr: string;
  expected: string;
  actual: string | undefined; // undefined: erlts never printed this case
}

export interface BatchResult {
  batch: Batch;
  cases: CaseResult[];
  timedOut: boolean;
  stderr: string;
}

/** ERLTS_DIFF_MODULES=string,unicode keeps only the batches and cases that call those modules. */
const onlyModules = process.env.ERLTS_DIFF_MODULES?.split(',').filter((m) => m !== '');

/** Whether a case id (bare or setting-qualified) calls one of ERLTS_DIFF_MODULES, when that is set. */
export function selectedCase(id: string): boolean {
  if (onlyModules === undefined) return true;
  // A module batch's raw id starts `c ` or `t `; a qualified one with its setting and `:`.
  const bare = /^[ct] /.test(id) ? id.slice(2) : id.slice(id.indexOf(':') + 1);
  // module-compile:dm_NNN (compiling a batch's module) is selected by the name `dm`.
  if (bare.startsWith('dm_')) return onlyModules.includes('dm');
  return onlyModules.includes(bare.slice(0, bare.indexOf('.')));
}

export function listBatches(): Batch[] {
  const out: Batch[] = [];
  for (const setting of ['shell', 'module', 'eval'] as const) {
    const dir = join(DATA_DIR, setting);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)
      .filter((x) => x.endsWith('.ids'))
      .sort()) {
      const b: Batch = { setting, name: f.slice(0, -'.ids'.length), dir };
      if (onlyModules === undefined || selectedCase(b.name) || readIds(b).some((c) => selectedCase(c.id))) out.push(b);
    }
  }
  return out;
}

interface IdLine {
  id: string;
  expr: string;
}

function readIds(b: Batch): IdLine[] {
  return readFileSync(join(b.dir, `${b.name}.ids`), 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const tab = l.indexOf('\t');
      return { id: l.slice(0, tab), expr: l.slice(tab + 1) };
    });
}

interface Run {
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

function run(command: string, args: string[], input: Buffer | undefined, setup: (dir: string) => void): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'erltsdiff-'));
  setup(dir);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  delete env.ERL_FLAGS;
  delete env.ERL_AFLAGS;
  delete env.ERL_ZFLAGS;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (b: Buffer) => out.push(b));
    child.stderr!.on('data', (b: Buffer) => err.push(b));
    if (input && child.stdin) {
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, BATCH_LIMIT_MS);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', () => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      // latin1 keeps the comparison byte-exact whatever the output holds.
      resolve({ stdout: Buffer.concat(out).toString('latin1'), stderr: Buffer.concat(err).toString('latin1'), timedOut });
    });
  });
}

/** The text after prompt k up to prompt k+1, for k = 1..n; undefined when missing. */
export function splitShell(text: string, n: number): (string | undefined)[] {
  const promptAt: number[] = [];
  let pos = 0;
  for (let k = 1; k <= n + 1; k++) {
    const p = `${k}> `;
    let i = text.indexOf(p, pos);
    while (i > 0 && text[i - 1] !== '\n') i = text.indexOf(p, i + 1);
    if (i < 0) break;
    promptAt.push(i);
    pos = i + p.length;
  }
  const out: (string | undefined)[] = [];
  for (let k = 1; k <= n; k++) {
    const start = promptAt[k - 1];
    if (start === undefined) {
      out.push(undefined);
      continue;
    }
    const from = start + `${k}> `.length;
    const end = promptAt[k] ?? text.length;
    out.push(promptAt[k] === undefined ? `${text.slice(from, end)}<no further prompt>` : text.slice(from, end));
  }
  return out;
}

/**
 * Splits at the marker lines `#c ID` / `#t ID` the batch prints before each
 * case; what comes before the first marker is returned as the preamble.
 */
export function splitMarked(text: string, keys: string[]): { preamble: string; parts: (string | undefined)[] } {
  const starts: { at: number; body: number }[] = [];
  let pos = 0;
  let preambleEnd = -1;
  for (const key of keys) {
    const marker = `#${key}\n`;
    let i = text.indexOf(marker, pos);
    while (i > 0 && text[i - 1] !== '\n') i = text.indexOf(marker, i + 1);
    if (i < 0) {
      starts.push({ at: -1, body: -1 });
      continue;
    }
    if (preambleEnd < 0) preambleEnd = i;
    starts.push({ at: i, body: i + marker.length });
    pos = i + marker.length;
  }
  const parts = starts.map((s, k) => {
    if (s.at < 0) return undefined;
    const next = starts.slice(k + 1).find((x) => x.at >= 0);
    return text.slice(s.body, next ? next.at : text.length);
  });
  return { preamble: preambleEnd < 0 ? text : text.slice(0, preambleEnd), parts };
}

function settingOf(b: Batch, key: string): string {
  if (b.setting !== 'module') return b.setting;
  return key.startsWith('t ') ? 'module-try' : 'module-catch';
}

export async function runBatch(b: Batch, command: string): Promise<BatchResult> {
  const ids = readIds(b);
  const expectedText = readFileSync(join(b.dir, `${b.name}.out`), 'latin1');
  let r: Run;
  const cases: CaseResult[] = [];
  if (b.setting === 'shell') {
    const input = readFileSync(join(b.dir, `${b.name}.in`));
    r = await run(command, [], input, () => undefined);
    const exp = splitShell(expectedText, ids.length);
    const act = splitShell(r.stdout, ids.length);
    ids.forEach((c, k) => cases.push({ id: `shell:${c.id}`, expr: c.expr, expected: exp[k] ?? '<missing in recording>', actual: act[k] }));
  } else {
    let args: string[];
    let setup: (dir: string) => void = () => undefined;
    if (b.setting === 'module') {
      setup = (dir) => copyFileSync(join(b.dir, `${b.name}.erl`), join(dir, `${b.name}.erl`));
      args = ['-noshell', '-eval', `c:c(${b.name}), ${b.name}:main(), halt().`];
    } else {
      args = ['-noshell', '-eval', readFileSync(join(b.dir, `${b.name}.eval`), 'utf8')];
    }
    r = await run(command, args, undefined, setup);
    const keys = ids.map((c) => c.id);
    const exp = splitMarked(expectedText, keys);
    const act = splitMarked(r.stdout, keys);
    if (b.setting === 'module') {
      cases.push({ id: `module-compile:${b.name}`, expr: `c:c(${b.name})`, expected: exp.preamble, actual: act.preamble });
    }
    ids.forEach((c, k) => {
      const space = c.id.indexOf(' ');
      const bare = c.id.slice(space + 1);
      cases.push({ id: `${settingOf(b, c.id)}:${bare}`, expr: c.expr, expected: exp.parts[k] ?? '<missing in recording>', actual: act.parts[k] });
    });
  }
  return { batch: b, cases, timedOut: r.timedOut, stderr: r.stderr };
}

export function matches(c: CaseResult): boolean {
  return c.actual !== undefined && normalise(c.actual) === normalise(c.expected);
}

/** test/differential/known_failures.txt, in the format every suite shares (test/support/known_failures.ts). */
export function readKnownFailures(): Map<string, string> {
  return loadKnownFailures('differential').reasons;
}

export function knownReason(known: Map<string, string>, id: string): string | undefined {
  return reasonFor(known, id);
}

/** The group a case is reported under: setting and function (or operator). */
export function groupOf(id: string): string {
  const colon = id.indexOf(':');
  const setting = id.slice(0, colon);
  const parts = id.slice(colon + 1).split('.');
  return `${setting} ${parts[0]}:${parts[1] ?? ''}${parts[0] === 'op' || parts[0] === 'ets' ? '' : `/${parts[2]}`}`;
}

/** A readable report of the mismatches, grouped, with up to `examples` per group. */
export function report(failures: CaseResult[], examples: number, maxChars = Infinity): string {
  const groups = new Map<string, CaseResult[]>();
  for (const c of failures) {
    const g = groupOf(c.id);
    let l = groups.get(g);
    if (!l) groups.set(g, (l = []));
    l.push(c);
  }
  const lines: string[] = [`${failures.length} mismatches in ${groups.size} groups`];
  const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
  for (const [g, cs] of sorted) lines.push(`  ${String(cs.length).padStart(5)}  ${g}`);
  for (const [g, cs] of sorted) {
    lines.push('', `== ${g} (${cs.length})`);
    for (const c of cs.slice(0, examples)) {
      lines.push(`-- ${c.id}: ${c.expr}`, `   erl:   ${show(c.expected)}`, `   erlts: ${c.actual === undefined ? '<nothing>' : show(c.actual)}`);
    }
    if (lines.join('\n').length > maxChars) {
      lines.push('...');
      break;
    }
  }
  return lines.join('\n');
}

function show(s: string): string {
  return s.replace(/\n$/, '').replace(/\n/g, '\n          ');
}

/** Runs batches two at a time. */
export async function runAll(batches: Batch[], command: string, parallel = 2): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(batches.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < batches.length) {
      const k = next++;
      results[k] = await runBatch(batches[k]!, command);
    }
  }
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}
