// Which locals may hold a value before each call of a compiled function.
// Before a call the function sets its dead locals to undefined (fn_builder's
// deadBeforeCall: its JS frame stays on the stack during the call and
// would keep them alive). A local that no path has written since the last
// clear, or that no path has written at all, is undefined already, and a
// store of undefined into it is only code: in a function of forty locals
// each call cleared all forty, which the interpreter runs one store at a
// time and TurboFan compiles as one more value per local per call. This
// forward pass finds the locals that may hold something; only those are
// cleared, which leaves every local's value at every point as before.
//
// Like liveness.ts it reads the generated text, which holds no user input.

import type { LivenessBlock } from './liveness.js';

/** A block of the function and, for each of its lines, the locals a call on that line clears (null: not a call). */
export interface ClearingBlock extends LivenessBlock {
  clears: readonly (readonly string[] | null)[];
}

/**
 * For each block (by index) and each of its call lines, the subset of that
 * call's clears that may hold a value just before it (other lines: null).
 * `entry` holds the locals set on entry (the parameters); `resumed` the
 * locals a resumed frame record restores at each label where the function
 * can suspend (it goes on there, or at the label's handler with an
 * exception). Past `maxWork` (a huge function), every clear is kept.
 */
export function holdingBeforeCalls(
  blocks: readonly ClearingBlock[],
  tracked: readonly string[],
  entry: readonly string[],
  handlerOf: readonly number[],
  resumed: ReadonlyMap<number, readonly string[]>,
  maxWork = 1_000_000,
): (readonly string[] | null)[][] {
  const keepAll = () => blocks.map((b) => b.clears.slice());
  const words = (tracked.length + 31) >>> 5;
  let lines = 0;
  for (const b of blocks) lines += b.lines.length;
  if (lines * words > maxWork) return keepAll();
  const index = new Map(tracked.map((n, i) => [n, i]));
  const slot = new Map<number, number>();
  blocks.forEach((b, k) => slot.set(b.label, k));
  const bits = (names: readonly string[]): Uint32Array => {
    const out = new Uint32Array(words);
    for (const n of names) {
      const i = index.get(n);
      if (i !== undefined) out[i >>> 5]! |= 1 << (i & 31);
    }
    return out;
  };
  const indexes = (names: readonly string[]): number[] => {
    const out: number[] = [];
    for (const n of names) {
      const i = index.get(n);
      if (i !== undefined) out.push(i);
    }
    return out;
  };
  // Each line as what it does in order: the call's clears, then the locals
  // its statements write and the labels they may go to.
  const parsed = blocks.map((b) =>
    b.lines.map((line, j) => {
      const c = b.clears[j] ?? null;
      return { kill: c === null ? null : indexes(c), gen: indexes(writes(line)), jumps: [...line.matchAll(JUMP)].map((m) => Number(m[1])) };
    }),
  );
  const into = blocks.map(() => new Uint32Array(words));
  const work: number[] = [];
  const queued = new Uint8Array(blocks.length);
  const join = (label: number, from: Uint32Array) => {
    const k = slot.get(label);
    if (k === undefined) return;
    const dst = into[k]!;
    let changed = false;
    for (let w = 0; w < words; w++) {
      const v = (dst[w]! | from[w]!) >>> 0;
      if (v !== dst[w]) {
        dst[w] = v;
        changed = true;
      }
    }
    if (changed && queued[k] === 0) {
      queued[k] = 1;
      work.push(k);
    }
  };
  join(0, bits(entry));
  for (const [label, names] of resumed) {
    const b = bits(names);
    join(label, b);
    const h = handlerOf[label] ?? -1;
    if (h >= 0) join(h, b);
  }
  for (let k = 0; k < blocks.length; k++) {
    if (queued[k] === 0) {
      queued[k] = 1;
      work.push(k);
    }
  }
  const state = new Uint32Array(words);
  const seen = new Uint32Array(words);
  const walk = (k: number, before: ((j: number, s: Uint32Array) => void) | null) => {
    state.set(into[k]!);
    seen.set(state);
    parsed[k]!.forEach((l, j) => {
      if (l.kill !== null) {
        if (before !== null) before(j, state);
        for (const i of l.kill) state[i >>> 5]! &= ~(1 << (i & 31));
      }
      for (const i of l.gen) {
        state[i >>> 5]! |= 1 << (i & 31);
        seen[i >>> 5]! |= 1 << (i & 31);
      }
      for (const t of l.jumps) join(t, state);
    });
    // An exception may leave from anywhere in the block.
    const h = handlerOf[blocks[k]!.label] ?? -1;
    if (h >= 0) join(h, seen);
  };
  while (work.length > 0) {
    const k = work.pop()!;
    queued[k] = 0;
    walk(k, null);
  }
  return blocks.map((b, k) => {
    const out: (readonly string[] | null)[] = b.clears.map(() => null);
    walk(k, (j, s) => {
      out[j] = b.clears[j]!.filter((n) => {
        const i = index.get(n);
        return i === undefined || (s[i >>> 5]! & (1 << (i & 31))) !== 0;
      });
    });
    return out;
  });
}

const JUMP = /\bpc = (\d+)/g;
/** Every `local = ` in a line, at any depth (an arithmetic fast path writes its temporary inside). */
const WRITE = /(?<![\w$.])([avt]\d+|\$f) = (?!=)/g;

function writes(line: string): string[] {
  return [...line.matchAll(WRITE)].map((m) => m[1]!);
}
