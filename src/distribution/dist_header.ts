// The distribution header, once both sides set DFLAG_FRAGMENTS: every
// message is `131, 68 'D', 0, Control, Message` (terms without their own
// 131; 0 atom cache references, since we do not ask for the cache), and a
// big one travels as fragments: `131, 69 'E', Seq:64, FragmentId:64, 0,
// <first bytes of Control and Message>`, then `131, 70 'F', Seq:64,
// FragmentId:64, <more bytes>`, the ids counting down to 1. Real erl cuts at
// 64 KB and interleaves fragments of different senders; we reassemble per
// sequence and deliver when the last fragment is in.

import { constants as bufferConstants } from 'node:buffer';

export const VERSION_MAGIC = 131;
export const DIST_HEADER = 68;
export const DIST_FRAG_HEADER = 69;
export const DIST_FRAG_CONT = 70;
/** 131, 68, 0 */
export const HEADER_BYTES = 3;
/** 131, 69, Seq, FragmentId, 0 */
const FIRST_FRAGMENT_HEADER = 19;
/** 131, 70, Seq, FragmentId */
const NEXT_FRAGMENT_HEADER = 18;

/**
 * Messages whose header-less bytes exceed this go out as fragments of this
 * size: well under what one frame may be (erl takes any; we take up to 128
 * MB), big enough that a large term costs few frames. Tests make it small
 * with ERLTS_DIST_FRAGMENT_BYTES.
 */
export function fragmentBytes(): number {
  const v = Number(process.env.ERLTS_DIST_FRAGMENT_BYTES);
  return Number.isInteger(v) && v >= 1 ? v : 32 * 1024 * 1024;
}

/**
 * The frames of one fragmented message: each is a header (with its 4-byte
 * length) and a view of `data`, written one after the other without copying.
 */
export function fragmentFrames(seq: number, data: Uint8Array, size: number): Uint8Array[] {
  const count = Math.ceil(data.length / size);
  const frames: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const chunk = data.subarray(i * size, Math.min(data.length, (i + 1) * size));
    const first = i === 0;
    const head = Buffer.allocUnsafe(4 + (first ? FIRST_FRAGMENT_HEADER : NEXT_FRAGMENT_HEADER));
    head.writeUInt32BE(head.length - 4 + chunk.length, 0);
    head[4] = VERSION_MAGIC;
    head[5] = first ? DIST_FRAG_HEADER : DIST_FRAG_CONT;
    head.writeUInt32BE(Math.floor(seq / 2 ** 32), 6);
    head.writeUInt32BE(seq >>> 0, 10);
    const id = count - i;
    head.writeUInt32BE(Math.floor(id / 2 ** 32), 14);
    head.writeUInt32BE(id >>> 0, 18);
    if (first) head[22] = 0;
    frames.push(head, chunk);
  }
  return frames;
}

/** A copy, also of a Buffer (whose own slice() would not copy). */
function copy(b: Uint8Array): Uint8Array {
  return Uint8Array.prototype.slice.call(b);
}

interface Sequence {
  /** The fragment id expected next. */
  next: number;
  chunks: Uint8Array[];
}

/** What a fragment frame meant: a whole message's bytes (owned, header-less), nothing yet, or a protocol error. */
export type FragmentResult = { done: Uint8Array } | 'more' | 'bad';

/** A connection's fragments in flight, by sequence. */
export class Reassembly {
  private readonly sequences = new Map<string, Sequence>();
  private buffered = 0;

  /** One 'E' or 'F' frame; `owned` as FrameReader says (else its bytes are copied). */
  add(frame: Uint8Array, owned: boolean): FragmentResult {
    const first = frame[1] === DIST_FRAG_HEADER;
    const headLen = first ? FIRST_FRAGMENT_HEADER : NEXT_FRAGMENT_HEADER;
    if (frame.length < headLen) return 'bad';
    const v = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
    const key = `${v.getUint32(2)}:${v.getUint32(6)}`;
    const id = v.getUint32(10) * 2 ** 32 + v.getUint32(14);
    if (id < 1) return 'bad';
    // Atom cache references: we never asked for the cache.
    if (first && frame[18] !== 0) return 'bad';
    const body = frame.subarray(headLen);
    let s = this.sequences.get(key);
    if (first) {
      if (s !== undefined) return 'bad';
      if (id === 1) return { done: owned ? body : copy(body) };
      s = { next: id - 1, chunks: [] };
      this.sequences.set(key, s);
    } else {
      if (s === undefined || id !== s.next) return 'bad';
      s.next = id - 1;
    }
    // A message bigger than a buffer can be is refused, like any frame over the limit.
    if (this.buffered + body.length > bufferConstants.MAX_LENGTH) return 'bad';
    s.chunks.push(owned ? body : copy(body));
    this.buffered += body.length;
    if (s.next >= 1) return 'more';
    this.sequences.delete(key);
    let total = 0;
    for (const c of s.chunks) total += c.length;
    this.buffered -= total;
    const all = s.chunks.length === 1 ? s.chunks[0]! : Buffer.concat(s.chunks, total);
    return { done: all };
  }

  /** Drops everything (the connection is gone). */
  clear(): void {
    this.sequences.clear();
    this.buffered = 0;
  }
}
