// {packet,4} frames read from a connected socket with one copy: the kernel
// writes straight into the buffer the frame is decoded from.
//
// Node's default reading hands over one fresh 64 KB chunk per read, which a
// reader must then join (a second copy) and which costs one trip through the
// event loop per 64 KB: a 10 MB frame took 160 reads and three times erl's
// time on loopback. Here reads go into buffers we choose (the socket's
// `onread` mode, switched on after the handshake):
// - small frames land in a per-connection scratch buffer and are handed out
//   as views of it, valid only during the callback (the decoder copies what
//   it keeps);
// - a frame too big for the scratch space gets a buffer of exactly its size,
//   which the kernel fills directly, read after read; it belongs to the
//   receiver afterwards (its terms may keep views of it).
// A lying length costs address space, not memory: pages of an unwritten
// buffer are never touched.

import type * as net from 'node:net';

/** Per-connection scratch space for small frames and headers. */
const SCRATCH_BYTES = 64 * 1024;
/** An incomplete frame longer than this gets its own buffer instead of waiting in scratch. */
const OWN_BUFFER_FROM = 16 * 1024;

export interface FrameSink {
  /**
   * One whole frame (without its length; empty for a tick). `owned`: the
   * buffer is the receiver's for good; otherwise it is reused after the
   * call returns. Returns false to stop reading (the connection is closing).
   */
  frame(frame: Uint8Array, owned: boolean): boolean;
  /** The length field announced more than the limit. */
  tooLong(): void;
}

interface UserBufferKeys {
  buffer: symbol;
  gen: symbol;
  callback: symbol;
}

let keys: UserBufferKeys | null | undefined;

/**
 * The symbols under which net.Socket keeps its `onread` settings (Node's
 * internals, read from a socket made with the option, never connected).
 * null when this Node.js does not have them: reading then falls back to
 * 'data' events.
 */
function userBufferKeys(socketClass: typeof net.Socket): UserBufferKeys | null {
  if (keys !== undefined) return keys;
  keys = null;
  try {
    const gen = () => new Uint8Array(1);
    const callback = () => true;
    // Node's types do not list onread for the constructor, which takes it.
    const opts = { onread: { buffer: gen, callback } } as unknown as net.SocketConstructorOpts;
    const probe = new socketClass(opts) as unknown as Record<symbol, unknown>;
    let buffer: symbol | undefined;
    let g: symbol | undefined;
    let c: symbol | undefined;
    for (const s of Object.getOwnPropertySymbols(probe)) {
      if (probe[s] === gen) g = s;
      else if (probe[s] === callback) c = s;
      else if (s.description === 'kBuffer' && probe[s] === true) buffer = s;
    }
    if (buffer !== undefined && g !== undefined && c !== undefined) keys = { buffer, gen: g, callback: c };
  } catch {
    keys = null;
  }
  return keys;
}

export class FrameReader {
  private readonly scratch = Buffer.allocUnsafe(SCRATCH_BYTES);
  /** The same bytes as a plain Uint8Array: frames are handed out as its views, whose slice() copies. */
  private readonly plain = new Uint8Array(this.scratch.buffer, this.scratch.byteOffset, SCRATCH_BYTES);
  /** Unread bytes of the scratch buffer are scratch[start, fill). */
  private start = 0;
  private fill = 0;
  /** The frame being read into its own buffer, and how much of it has arrived. */
  private own: Uint8Array | null = null;
  private ownFill = 0;
  private stopped = false;

  constructor(
    private readonly maxLength: number,
    private readonly sink: FrameSink,
  ) {}

  /**
   * Takes over reading from `sock` (which must have no 'data' listener left);
   * `early` are bytes already read from it.
   */
  attach(sock: net.Socket, early: Uint8Array): void {
    this.feed(early);
    const k = userBufferKeys(sock.constructor as typeof net.Socket);
    const handle = (sock as unknown as { _handle?: { useUserBuffer?: (b: Uint8Array) => void } })._handle;
    if (k === null || handle === undefined || typeof handle.useUserBuffer !== 'function') {
      sock.on('data', (d: Buffer) => this.feed(d));
      return;
    }
    const s = sock as unknown as Record<symbol, unknown>;
    const first = this.nextBuffer();
    s[k.buffer] = first;
    s[k.gen] = () => this.nextBuffer();
    s[k.callback] = (n: number) => this.arrived(n);
    handle.useUserBuffer(first);
    // The stream stays in flowing mode, so that end and close still come.
    sock.on('data', () => {});
  }

  /** Bytes read some other way (the handshake's leftovers, or the fallback): copied into place. */
  feed(data: Uint8Array): void {
    let at = 0;
    while (at < data.length && !this.stopped) {
      const target = this.nextBuffer();
      const n = Math.min(target.length, data.length - at);
      target.set(data.subarray(at, at + n));
      at += n;
      this.arrived(n);
    }
  }

  /** Where the next read goes: the rest of the frame being filled, or the free end of scratch. */
  private nextBuffer(): Uint8Array {
    if (this.own !== null) return this.own.subarray(this.ownFill);
    return this.scratch.subarray(this.fill);
  }

  /** n bytes were written at nextBuffer(). Returns false to stop reading. */
  private arrived(n: number): boolean {
    if (this.stopped) return false;
    const own = this.own;
    if (own !== null) {
      this.ownFill += n;
      if (this.ownFill < own.length) return true;
      this.own = null;
      if (!this.sink.frame(own, true)) return this.stop();
      return true;
    }
    this.fill += n;
    return this.frames();
  }

  private stop(): boolean {
    this.stopped = true;
    this.own = null;
    return false;
  }

  /** The size of the frame being read into its own buffer, 0 when none. */
  get pendingBytes(): number {
    return this.own?.length ?? 0;
  }

  /** The connection is gone: a half-read frame's buffer is let go at once, not with the socket. */
  close(): void {
    this.stop();
  }

  /** Hands out every whole frame in scratch, then makes room for the next read. */
  private frames(): boolean {
    const b = this.scratch;
    for (;;) {
      const avail = this.fill - this.start;
      if (avail < 4) break;
      const len = b.readUInt32BE(this.start);
      if (len > this.maxLength) {
        this.stop();
        this.sink.tooLong();
        return false;
      }
      if (avail - 4 >= len) {
        const at = this.start + 4;
        this.start = at + len;
        if (!this.sink.frame(this.plain.subarray(at, at + len), false)) return this.stop();
        continue;
      }
      if (len > OWN_BUFFER_FROM || len > SCRATCH_BYTES - 4) {
        // The rest goes straight into a buffer of the frame's own.
        const own = new Uint8Array(Buffer.allocUnsafeSlow(len).buffer, 0, len);
        own.set(b.subarray(this.start + 4, this.fill));
        this.own = own;
        this.ownFill = avail - 4;
        this.start = this.fill = 0;
        return true;
      }
      break;
    }
    // What is left (part of a frame) moves to the front, so a whole frame always fits.
    if (this.start > 0) {
      b.copyWithin(0, this.start, this.fill);
      this.fill -= this.start;
      this.start = 0;
    }
    return true;
  }
}
