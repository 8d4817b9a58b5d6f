// How many reductions a time slice has. BEAM gives 4000. Here a slice's
// reductions also bound the JS stack: compiled code keeps no depth count,
// each function entry costs one reduction per FRAME_UNIT_BYTES of its JS
// frame (fn_builder.ts frameUnits), and a process with none left moves its
// frames to its heap stack. So a slice may only have as many reductions as
// the JS stack has room for such units, after a reserve for what runs on
// top of the deepest compiled frame (natives, the runtime, V8 itself).
// bin/erlts gives V8 a stack for the full 4000; code running under a plain
// `node` (the test runner) gets fewer reductions per slice, never a
// deeper stack than it has.

import { FRAME_UNIT_BYTES } from '../compiler/fn_builder.js';

/** BEAM's reductions per slice. */
const BEAM_REDUCTIONS = 4000;
/** Node's default --stack-size, in KB. */
const DEFAULT_STACK_KB = 984;
/** Left for everything above the compiled frames (the depth count used to leave about 750 KB). */
const RESERVE_BYTES = 512 * 1024;
/** Fewer than this and slices get short; a stack this small is not worth running on. */
const MIN_REDUCTIONS = 1000;

/** V8's stack limit in KB: its --stack-size if Node was started with one. */
function stackKB(argv: readonly string[]): number {
  for (const a of argv) {
    const m = /^--stack[-_]size=(\d+)$/.exec(a);
    if (m !== null) return Number(m[1]);
  }
  return DEFAULT_STACK_KB;
}

/** The reductions of one slice, for a V8 started with these flags. */
export function sliceReductions(argv: readonly string[] = process.execArgv): number {
  const units = Math.floor((stackKB(argv) * 1024 - RESERVE_BYTES) / FRAME_UNIT_BYTES);
  return Math.max(MIN_REDUCTIONS, Math.min(BEAM_REDUCTIONS, units));
}
