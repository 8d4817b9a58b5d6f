// Allocation limits for binaries. One JS typed array holds at most 2^32
// bytes, so that is the largest binary erlts can make; erl goes as far as
// memory goes. Beyond the machine's memory erl ends the node with
// `binary_alloc: Cannot allocate N bytes of memory (of type "binary").`; we
// do the same (OutOfMemory, turned into that exit by the vm). Between 4 GiB
// and the machine's memory, where erl would succeed, we answer
// system_limit (docs/compatibility.md).

import { totalmem } from 'node:os';

/** The most bytes one binary can hold here. */
export const MAX_BINARY_BYTES = 2 ** 32;
/** The same in bits. */
export const MAX_BINARY_BITS = MAX_BINARY_BYTES * 8;

/** Thrown where erl would fail to allocate and end the node. */
export class OutOfMemory extends Error {
  constructor(
    readonly bytes: number | bigint,
    /** erl's allocator and memory type: binary_alloc/"binary" or eheap_alloc/"heap". */
    readonly kind: 'binary' | 'heap',
  ) {
    super(`Cannot allocate ${bytes} bytes of memory (of type "${kind}").`);
  }

  /** The line erl prints before its crash dump. */
  get slogan(): string {
    return `${this.kind === 'binary' ? 'binary_alloc' : 'eheap_alloc'}: ${this.message}`;
  }
}

/**
 * Checks a binary of `bytes` bytes can be made: returns normally when it
 * can, throws OutOfMemory when erl too would run out of memory, and returns
 * false when only our 4 GiB limit is in the way (the caller raises
 * system_limit then).
 */
export function canAllocateBinary(bytes: number | bigint): boolean {
  if (bytes <= MAX_BINARY_BYTES) return true;
  if (Number(bytes) > totalmem()) throw new OutOfMemory(bytes, 'binary');
  return false;
}

/** What a RangeError thrown by a JS allocation means in erl's terms, or null for other errors. */
export function allocationFailure(e: unknown): OutOfMemory | 'system_limit' | null {
  if (!(e instanceof RangeError)) return null;
  const m = /Invalid typed array length: (\d+)|Array buffer allocation failed|Invalid array buffer length/.exec(e.message);
  if (m === null) return null;
  const n = m[1] !== undefined ? Number(m[1]) : null;
  if (n !== null && n <= totalmem()) return 'system_limit';
  return new OutOfMemory(n ?? 0, 'binary');
}
