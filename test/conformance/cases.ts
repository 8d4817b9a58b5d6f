// Reading the conformance corpus: one directory per case (see README of the
// shared corpus), plus our list of known failures.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * known-failures.txt: one `ID reason` per line (ID is `201` or the full
 * directory name); `#` starts a comment. Returns reason by case id or name.
 */
export function parseKnownFailures(text: string): Map<string, string> {
  const reasons = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const [key, ...reason] = line.split(/\s+/);
    reasons.set(key!, reason.join(' ') || 'known failure');
  }
  return reasons;
}

export function knownFailureReason(known: Map<string, string>, c: ConformanceCase): string | undefined {
  return known.get(c.name) ?? known.get(c.id);
}
