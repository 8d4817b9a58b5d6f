// Out of memory the way erl reports it. V8 aborts the whole Node.js process
// when its heap is full, with its own text and status 134; erl prints
// `eheap_alloc: Cannot allocate N bytes of memory (of type "heap").` and
// the crash dump note, and exits with status 1. We watch the major
// collections: when one leaves the heap more than nearly full, the next
// allocations would end in V8's abort, so we end the node erl's way first.
// N is the size of the heap in use then (erl names the block it failed to
// get; we cannot know what the next allocation would be).

import { PerformanceObserver, constants } from 'node:perf_hooks';
import { getHeapSpaceStatistics, getHeapStatistics } from 'node:v8';
import { crashNode } from './out_of_memory.js';
import { onTurnEnd } from './scheduler.js';

/** The share of V8's heap limit still in use after a major collection that counts as out of memory. */
const NEARLY_FULL = 0.9;

let observer: PerformanceObserver | null = null;

export function watchHeap(): void {
  if (observer !== null) return;
  // Between turns of the run queue too: a busy node may not reach the
  // observer's callback before V8 gives up.
  onTurnEnd(checkAfterTurn);
  observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind;
      if (kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      checkHeap();
    }
  });
  observer.observe({ entryTypes: ['gc'] });
}

/** Turns end thousands of times a second on a node answering calls; the heap is read at most this often from there. */
const TURN_CHECK_MS = 1;
let lastTurnCheck = 0;

/**
 * After a turn of the run queue. Reading V8's heap spaces costs a few
 * microseconds (an array of objects each time), as much as a warm node
 * spends on the rest of an rpc:call's turn; what a node can allocate
 * within a millisecond of the last reading is far below the margin
 * NEARLY_FULL leaves, so a reading that recent stands.
 */
function checkAfterTurn(): void {
  const now = performance.now();
  if (now - lastTurnCheck < TURN_CHECK_MS) return;
  lastTurnCheck = now;
  checkHeap();
}

/**
 * V8's limit covers the young generation too (three semi-spaces, 128 MB
 * each with bin/erlts's --max-semi-space-size), but only the old
 * generation's limit ends the process: compare what lives there with that.
 */
let oldLimit = 0;

function oldGenerationLimit(): number {
  let semiMb = 16;
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  for (const f of flags) {
    const m = /^--max-semi-space-size=(\d+)$/.exec(f);
    if (m !== null) semiMb = Number(m[1]);
  }
  semi = semiMb * 2 ** 20;
  return getHeapStatistics().heap_size_limit - 3 * semi;
}

/** One semi-space: what a single scavenge may move into the old generation at once. */
let semi = 0;

function checkHeap(): void {
  if (oldLimit === 0) oldLimit = oldGenerationLimit();
  let used = 0;
  for (const s of getHeapSpaceStatistics()) if (s.space_name !== 'new_space') used += s.space_used_size;
  if (used > Math.min(oldLimit * NEARLY_FULL, oldLimit - semi)) {
    crashNode(`eheap_alloc: Cannot allocate ${used} bytes of memory (of type "heap").`);
  }
}
