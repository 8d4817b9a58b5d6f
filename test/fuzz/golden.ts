// The golden data: real erl's answer to each generated input, recorded by
// record_erl.ts and committed, so the test runs erlts alone.

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Status } from './session.js';
import { loadKnownFailures } from '../support/known_failures.js';

export const GOLDEN_FILE = fileURLToPath(new URL('../../../test/fuzz/golden.jsonl', import.meta.url));

export interface GoldenHeader {
  generator: number;
  seed: number;
  count: number;
  batch: number;
  erl: string;
}

export interface GoldenEntry {
  id: number;
  /** inputHash of the generated text: a different hash means the generator changed. */
  hash: string;
  /** ok, or how erl itself did not get through the input (then the input is not run). */
  status: Status;
  /** Kinds of erl's answers (classify.ts signature). */
  kinds: string;
  /** erl's output, normalised, cut to a few hundred characters: for reports. */
  out: string;
}

export interface Golden {
  header: GoldenHeader;
  entries: Map<number, GoldenEntry>;
}

export function readGolden(): Golden | null {
  if (!existsSync(GOLDEN_FILE)) return null;
  const lines = readFileSync(GOLDEN_FILE, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
  const header = JSON.parse(lines.shift()!) as GoldenHeader;
  const entries = new Map<number, GoldenEntry>();
  for (const line of lines) {
    const e = JSON.parse(line) as GoldenEntry;
    entries.set(e.id, e);
  }
  return { header, entries };
}

export function writeGolden(g: Golden): void {
  const lines = [JSON.stringify(g.header)];
  for (const e of [...g.entries.values()].sort((a, b) => a.id - b.id)) lines.push(JSON.stringify(e));
  writeFileSync(GOLDEN_FILE, lines.join('\n') + '\n');
}

/** known_failures.txt through the project's one mechanism (test/support/known_failures.ts), by input id. */
export function readKnownFailures(): Map<number, string> {
  const known = new Map<number, string>();
  for (const [id, reason] of loadKnownFailures('fuzz').reasons) known.set(Number(id), reason);
  return known;
}
