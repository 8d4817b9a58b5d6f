// The one way a suite marks the cases erlts does not pass yet: a file
// test/<suite>/known_failures.txt with one `ID reason...` per line (`#`
// starts a comment; an ID holds no spaces; an ID ending in `*` covers every
// ID with that prefix, for suites of generated cases). Every suite reads its list with
// loadKnownFailures and runs each case through checkCase, so that
//  - a listed case still runs: when it fails it is reported as skipped with
//    its reason, when it passes the test FAILS until its line is removed
//    (the lists only shrink, no stale entries);
//  - an unlisted case must pass;
//  - an ID listed for a case that no longer exists fails too (unusedIds).
// docs/compatibility.md repeats each list with its reasons.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root, seen from build/test/support/. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface KnownFailures {
  /** The list file, relative to the repository root (for messages). */
  file: string;
  reasons: Map<string, string>;
}

/** Parses `ID reason...` lines; an ID given twice is an error in the list. */
export function parseKnownFailures(text: string, file = 'known_failures.txt'): Map<string, string> {
  const reasons = new Map<string, string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') return;
    const space = line.search(/\s/);
    const id = space < 0 ? line : line.slice(0, space);
    const reason = space < 0 ? '' : line.slice(space).trim();
    if (reason === '') throw new Error(`${file}:${index + 1}: ${id} is listed without a reason`);
    if (reasons.has(id)) throw new Error(`${file}:${index + 1}: ${id} is listed twice`);
    reasons.set(id, reason);
  });
  return reasons;
}

/** Reads test/<suite>/known_failures.txt (an absent file is an empty list). */
export function loadKnownFailures(suite: string): KnownFailures {
  const file = `test/${suite}/known_failures.txt`;
  const path = REPO_ROOT + file;
  return { file, reasons: existsSync(path) ? parseKnownFailures(readFileSync(path, 'utf8'), file) : new Map() };
}

/** The reason a case is listed for, trying each of its names (e.g. `201` and `201-seed`). */
export function knownReason(known: KnownFailures, ...ids: string[]): string | undefined {
  for (const id of ids) {
    const r = reasonFor(known.reasons, id);
    if (r !== undefined) return r;
  }
  return undefined;
}

/** The reason listed for `id`: its own line, else a `prefix*` line covering it. */
export function reasonFor(reasons: ReadonlyMap<string, string>, id: string): string | undefined {
  const exact = reasons.get(id);
  if (exact !== undefined) return exact;
  for (const [k, reason] of reasons) if (k.endsWith('*') && id.startsWith(k.slice(0, -1))) return reason;
  return undefined;
}

/** The listed IDs that name none of `caseIds` (a renamed or deleted case). */
export function unusedIds(known: KnownFailures, caseIds: Iterable<string>): string[] {
  const present = new Set(caseIds);
  return [...known.reasons.keys()].filter((id) => !present.has(id));
}

/** What a test does with a case's outcome: nothing (it passed), skip or fail. */
export type Outcome = { kind: 'pass' } | { kind: 'skip'; message: string } | { kind: 'fail'; message: string };

/**
 * Judges a case: `problem` is undefined when its output matched, else why
 * not. A listed failing case is skipped with its reason; a listed passing
 * case fails so that its line gets removed.
 */
export function judgeKnown(known: KnownFailures, reason: string | undefined, id: string, problem: string | undefined): Outcome {
  if (reason === undefined) return problem === undefined ? { kind: 'pass' } : { kind: 'fail', message: problem };
  if (problem !== undefined) return { kind: 'skip', message: `known failure: ${reason}` };
  return { kind: 'fail', message: `${id} passes now: remove its line from ${known.file}` };
}
