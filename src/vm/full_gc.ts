// Giving memory back. Every process lives in V8's one heap, and V8 keeps
// what a burst made it take: garbage promoted to the old generation stays
// until the old generation nears its own limit, and a young generation that
// grew to bin/erlts's 128 MB semi-spaces never shrinks while the node is
// busy. After a burst of short-lived processes or messages that is hundreds
// of megabytes a BEAM node would have returned.
//
// Two ways back, both full collections of the heap:
// - erlang:garbage_collect/0,1,2 (BEAM collects one process; the nearest
//   thing here is the whole heap), only when the heap has grown since the
//   last one, so a loop calling it costs almost nothing;
// - when the node has been quiet for a few seconds after growing: V8 shrinks
//   its young generation at a full collection that finds the allocation
//   rate low over its window of about five seconds.

import { getHeapSpaceStatistics, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';

/** How much the heap must have grown since the last full collection for another to be worth it. */
const GROWTH_BYTES = 8 * 2 ** 20;

let collect: (() => void) | null | undefined;

function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      // V8 gives the collector only to contexts made after the flag is set.
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

let usedAfterLast = 0;

/** What the heap holds, counting the buffers outside it that its objects keep (a frame read into its own buffer). */
function used(): number {
  const h = getHeapStatistics();
  return h.used_heap_size + h.external_memory;
}

function collectNow(): void {
  collector()?.();
  usedAfterLast = used();
}

/** A full collection of the node's heap, when it has grown enough since the last one to matter. */
export function fullCollection(): void {
  if (used() - usedAfterLast < GROWTH_BYTES) return;
  collectNow();
}

let soon: ReturnType<typeof setTimeout> | null = null;

/**
 * Something that may have left a lot of garbage is over (a peer's
 * connection closed): a full collection `ms` later if the heap grew,
 * instead of waiting for the node to be quiet for several seconds.
 */
export function collectSoon(ms = 1000): void {
  if (soon !== null) return;
  soon = setTimeout(() => {
    soon = null;
    fullCollection();
  }, ms);
  soon.unref();
}

/** How often the quiet node looks at its heap, and how many quiet looks in a row it waits for. */
const LOOK_MS = 2000;
const QUIET_LOOKS = 2;
/** Collections a quiet node tries to get its young generation back with. */
const MAX_TRIES = 4;
/** The share of time the event loop may be busy for the node to count as quiet. */
const QUIET_UTILISATION = 0.05;
/** A young generation beyond V8's default (two 16 MB semi-spaces) is what a burst left. */
const YOUNG_DEFAULT_BYTES = 32 * 2 ** 20;

let watching = false;

/** Starts looking, every LOOK_MS, for a quiet node holding what a burst made it take. */
export function collectWhenQuiet(): void {
  if (watching) return;
  watching = true;
  let last = performance.eventLoopUtilization();
  let quiet = 0;
  let tries = 0;
  const look = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, last).utilization;
    last = now;
    quiet = busy <= QUIET_UTILISATION ? quiet + 1 : 0;
    if (quiet === 0) tries = 0;
    // V8 may not shrink at the first try (its window still holds the
    // burst): try again at the next quiet looks, a few times, so that a
    // node V8 will not shrink does not collect every LOOK_MS for ever.
    if (quiet < QUIET_LOOKS) return;
    const grown = used() - usedAfterLast >= GROWTH_BYTES;
    if (grown || (youngBytes() > YOUNG_DEFAULT_BYTES && tries < MAX_TRIES)) {
      tries++;
      collectNow();
    }
  }, LOOK_MS);
  look.unref();
}

function youngBytes(): number {
  for (const s of getHeapSpaceStatistics()) if (s.space_name === 'new_space') return s.space_size;
  return 0;
}
