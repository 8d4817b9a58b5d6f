// Everything thrown inside the VM becomes an Erlang exception: a bug of ours
// must crash one Erlang process with a readable reason, never the node.

import { ErlException } from '../terms/exception.js';
import { Atom, str } from '../terms/types.js';
import { OutOfMemory, allocationFailure } from '../terms/alloc.js';
import { crashOutOfMemory } from './out_of_memory.js';

export function toErlException(e: unknown): ErlException {
  if (e instanceof ErlException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new ErlException('error', Atom.of('system_limit'));
  }
  const alloc = e instanceof OutOfMemory ? e : allocationFailure(e);
  if (alloc === 'system_limit') return new ErlException('error', Atom.of('system_limit'));
  if (alloc !== null) crashOutOfMemory(alloc);
  if (process.env.ERLTS_DEBUG) process.stderr.write(`erlts internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  const msg = e instanceof Error ? e.message : String(e);
  return new ErlException('error', [Atom.of('erlts_internal_error'), str(msg)]);
}
