// Searching a binary for any of several byte patterns, as binary:match/3
// and binary:matches/3 do: at the leftmost position where some pattern
// starts, the longest pattern starting there wins; matches never overlap.
// Learners' binaries are small, so a direct scan beats building automata.

/** A found part of the subject: byte position and length. */
export type Found = [number, number];

function longestAt(subject: Uint8Array, at: number, end: number, patterns: readonly Uint8Array[]): number {
  let best = 0;
  for (const p of patterns) {
    if (p.length <= best || at + p.length > end) continue;
    let i = 0;
    while (i < p.length && subject[at + i] === p[i]) i++;
    if (i === p.length) best = p.length;
  }
  return best;
}

/** Matches inside subject[from, end), the first only unless `all`. */
export function findAll(subject: Uint8Array, patterns: readonly Uint8Array[], from: number, end: number, all: boolean): Found[] {
  const out: Found[] = [];
  let at = from;
  while (at < end) {
    const n = longestAt(subject, at, end, patterns);
    if (n === 0) {
      at++;
      continue;
    }
    out.push([at, n]);
    if (!all) break;
    at += n;
  }
  return out;
}
