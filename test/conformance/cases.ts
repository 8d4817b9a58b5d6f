// Reading the conformance corpus: one directory per case (see README of the
// shared corpus); known failures are read by test/support/known_failures.ts.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownReason, type KnownFailures } from '../support/known_failures.js';

export interface ConformanceCase {
  /** Directory name, e.g. `201-seed-walkthrough-sname`. */
  name: string;
  /** The numeric id, e.g. `201`. */
  id: string;
  dir: string;
  /** Has a `steps` script: several nodes driven step by step. */
  multiNode: boolean;
  tty: boolean;
  /** meta says the output depends on scheduling, so a failure may be retried. */
  timingDependent: boolean;
  /** Starts named nodes (goldserver@localhost...) that cannot run twice at once. */
  usesFixedNodeNames: boolean;
  /** Its cmd needs real Erlang/OTP: `realerl` or `erlc`. */
  needsRealErlang: boolean;
}

function readText(path: string): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

export function loadCase(dir: string, name: string): ConformanceCase {
  const cmd = readText(join(dir, 'cmd'));
  const meta = readText(join(dir, 'meta'));
  const timingLine = /^timing-dependent: (.*)$/m.exec(meta)?.[1] ?? 'no';
  return {
    name,
    id: name.split('-')[0]!,
    dir,
    multiNode: existsSync(join(dir, 'steps')),
    tty: existsSync(join(dir, 'tty')),
    timingDependent: timingLine.trim() !== 'no',
    usesFixedNodeNames: /(^|\s)-s?name(\s|$)/m.test(cmd),
    needsRealErlang: /(^|[\s:])(realerl|erlc)(\s|$)/m.test(cmd),
  };
}

/** Every case in `casesDir`, sorted by name. */
export function listCases(casesDir: string): ConformanceCase[] {
  return readdirSync(casesDir)
    .filter((name) => existsSync(join(casesDir, name, 'cmd')))
    .sort()
    .map((name) => loadCase(join(casesDir, name), name));
}

/** Keeps the cases whose name contains one of the filters (all when there are none). */
export function filterCases(cases: ConformanceCase[], filters: string[]): ConformanceCase[] {
  if (filters.length === 0) return cases;
  return cases.filter((c) => filters.some((f) => c.name.includes(f)));
}

/** A case is listed in known_failures.txt by its number (`201`) or its directory name. */
export function knownFailureReason(known: KnownFailures, c: ConformanceCase): string | undefined {
  return knownReason(known, c.name, c.id);
}
