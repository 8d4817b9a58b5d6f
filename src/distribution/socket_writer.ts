// Writes of a distribution connection handed to the socket's handle itself.
//
// socket.write() goes through Node's Writable machinery (write, _write,
// writeOrBuffer, _writeGeneric, writeGeneric, createWriteWrap,
// afterWriteDispatched, onwrite, then afterWriteTick on the next tick; cork
// and _writev for several buffers): about fifteen JS functions per write,
// run by the interpreter on a fresh node for its first thousands of calls.
// A channel writes once per scheduler turn and never needs Writable's
// buffering: libuv keeps writes in order and queues what the kernel does
// not take at once. So once connected, a channel's frames go to the
// handle's writeBuffer/writev with a request object of Node's own kind
// (what writeGeneric makes), and nothing else runs per write.
//
// Falls back to socket.write when this Node.js has no such handle or
// request class, and while Writable still holds bytes of its own (the
// handshake's last message), so that the order on the wire never changes.
// What the kernel has not taken stays queued in libuv, as it stayed queued in
// Writable before: the amount buffered for a slow peer is the same.

import type * as net from 'node:net';

interface WriteReq {
  handle: unknown;
  oncomplete: (status: number) => void;
  async: boolean;
  buffer: unknown;
}

interface StreamHandle {
  writeBuffer(req: WriteReq, data: Uint8Array): number;
  writev(req: WriteReq, chunks: Uint8Array[], allBuffers: boolean): number;
}

interface StreamWrapBinding {
  WriteWrap: new () => WriteReq;
  streamBaseState: Int32Array;
  kLastWriteWasAsync: number;
}

let binding: StreamWrapBinding | null | undefined;

/** Node's stream_wrap binding (WriteWrap and the last write's state), null when not there. */
function streamWrap(): StreamWrapBinding | null {
  if (binding !== undefined) return binding;
  binding = null;
  // Under --pending-deprecation, process.binding() prints DEP0111 on stderr: keep to socket.write then.
  if (pendingDeprecation()) return binding;
  try {
    const b = (process as unknown as { binding(name: string): Partial<StreamWrapBinding> }).binding('stream_wrap');
    if (typeof b.WriteWrap === 'function' && b.streamBaseState instanceof Int32Array && typeof b.kLastWriteWasAsync === 'number')
      binding = b as StreamWrapBinding;
  } catch {
    binding = null;
  }
  return binding;
}

function pendingDeprecation(): boolean {
  const env = process.env;
  if (env.NODE_PENDING_DEPRECATION === '1') return true;
  const flag = '--pending-deprecation';
  return process.execArgv.includes(flag) || (env.NODE_OPTIONS ?? '').includes(flag);
}

export class SocketWriter {
  /** Writes handed to libuv and not completed yet. */
  private inFlight = 0;
  private readonly onComplete: (status: number) => void;

  constructor(private readonly sock: net.Socket) {
    this.onComplete = (status: number) => {
      this.inFlight--;
      if (status < 0 && !this.sock.destroyed) this.sock.destroy(writeError(status));
    };
  }

  /**
   * Writes the buffers in order. Returns true when the kernel took all of
   * them at once (their memory is free again), false when some wait in a
   * queue.
   */
  write(chunks: Uint8Array[]): boolean {
    const sock = this.sock;
    const b = streamWrap();
    const handle = (sock as unknown as { _handle?: Partial<StreamHandle> | null })._handle;
    if (
      b === null ||
      handle == null ||
      typeof handle.writeBuffer !== 'function' ||
      typeof handle.writev !== 'function' ||
      sock.writableLength > 0 ||
      sock.connecting
    ) {
      return this.viaStream(chunks);
    }
    const req = new b.WriteWrap();
    req.handle = handle;
    req.oncomplete = this.onComplete;
    req.async = false;
    req.buffer = null;
    const err = chunks.length === 1 ? handle.writeBuffer(req, chunks[0]!) : handle.writev(req, chunks, true);
    if (err !== 0) {
      sock.destroy(writeError(err));
      return false;
    }
    if (b.streamBaseState[b.kLastWriteWasAsync] !== 0) {
      // libuv holds the rest; the request keeps the bytes alive until it completes.
      req.async = true;
      req.buffer = chunks;
      this.inFlight++;
      return false;
    }
    return this.inFlight === 0;
  }

  private viaStream(chunks: Uint8Array[]): boolean {
    const sock = this.sock;
    if (chunks.length === 1) sock.write(chunks[0]!);
    else {
      sock.cork();
      for (const c of chunks) sock.write(c);
      sock.uncork();
    }
    return sock.writableLength === 0 && this.inFlight === 0;
  }
}

function writeError(status: number): Error {
  const e = new Error(`write failed (${status})`) as Error & { errno: number; syscall: string };
  e.errno = status;
  e.syscall = 'write';
  return e;
}
