// A connected peer: {packet,4} frames carrying pass-through messages
// (112, 131 Control [, 131 Payload]) both ways, zero-length ticks, and the
// net_ticktime watchdog. Whatever a peer sends, the worst outcome is that
// this connection closes (logged as erts logs it); the node lives on.

import type * as net from 'node:net';
import { Atom, type Term } from '../terms/types.js';
import { ByteOutput, decodeTermAt, decodeTermBodyAt, encodeTermBody, type DecodeOptions } from '../terms/etf/index.js';
import { writeTerm } from '../terms/print/write.js';
import { FrameReader } from './frame_reader.js';
import { SocketWriter } from './socket_writer.js';
import { DIST_FRAG_CONT, DIST_FRAG_HEADER, DIST_HEADER, HEADER_BYTES, Reassembly, fragmentBytes, fragmentFrames } from './dist_header.js';
import { distText, type DistLog } from './dist_log.js';
import type { DistChannel } from './transport.js';
import { CONTROL_NAMES, type WireLog } from './wire_log.js';
import { collectSoon } from '../vm/full_gc.js';
import { wireFunOf } from './shell_funs_out.js';

const PASS_THROUGH = 112;
const VERSION_MAGIC = 131;
/** A frame announcing more than this is not something we will buffer. */
const MAX_PACKET = 128 * 1024 * 1024;
/** How many bytes of a corrupted term the warning shows at most. */
const MAX_DUMP = 4096;
const TICK = Buffer.alloc(4);
/** Frames up to this size are copied into the turn's buffer; bigger ones go out as they are. */
const COALESCE_BYTES = 64 * 1024;
const MIN_TURN_BYTES = 512;
/** Binaries from this size on are written from the term itself, not copied into the frame. */
const SPLICE_BYTES = 64 * 1024;
/** A connection that read this much, or a half-read frame this big, leaves garbage worth collecting when it closes. */
const HEAVY_BYTES = 1024 * 1024;
const WIRE = { utf8Atoms: true };
const WIRE_SPLICING = { utf8Atoms: true, spliceFrom: SPLICE_BYTES };
/** Messages: shell funs become erl_eval closures as they are written, with no pass over the term before. */
const WIRE_MESSAGE = { ...WIRE, funOut: wireFunOf };
const WIRE_MESSAGE_SPLICING = { ...WIRE_SPLICING, funOut: wireFunOf };

/** Channels with frames waiting for the end of the turn; halt() in that turn still sends them. */
const unflushed = new Set<Channel>();
let exitHookInstalled = false;

function flushOnExit(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const ch of [...unflushed]) ch.flush();
  });
}

export interface ChannelOptions {
  ourName: string;
  peer: string;
  peerCreation: number;
  peerFlags: bigint;
  hidden: boolean;
  /** The number erts shows as "distribution channel N" in its reports. */
  channelNo: number;
  log: DistLog;
  /** How terms from this peer are decoded (funs resolved against local code, ...). */
  decodeOptions: () => DecodeOptions;
  /** The node's wire log, for the protocol X-ray (control messages only while watched). */
  wire?: WireLog;
  /** Runs the flush of this turn's frames (see Channel.writeNow). */
  flushAfter: (fn: () => void) => void;
  /** Told first when the connection is gone (the net forgets the channel), before onClose. */
  gone: (ch: Channel) => void;
  /**
   * Both sides set DFLAG_FRAGMENTS: messages carry the distribution header
   * (131, 68) and big ones go as fragments (dist_header.ts); otherwise
   * pass-through (112).
   */
  header?: boolean;
}

export class Channel implements DistChannel {
  readonly peer: Atom;
  readonly peerCreation: number;
  readonly peerFlags: bigint;
  readonly hidden: boolean;
  onControl: (control: Term, payload: Term | undefined) => void = () => {};
  onClose: () => void = () => {};
  readonly encodesShellFuns = true;
  payloadWanted?: (control: Term) => boolean;

  /** Lesson faults: milliseconds added before each frame we send. */
  delayMs = 0;
  /** Lesson faults: a stalled node sends nothing, not even ticks, until resumed. */
  private stalled = false;
  private stalledFrames: Uint8Array[] = [];

  private readonly reader = new FrameReader(MAX_PACKET, {
    frame: (f, owned) => this.receive(f, owned),
    tooLong: () => this.drop(),
  });
  /** This turn's output not yet handed to the socket: small frames packed together (turnOutput), big ones apart. */
  private turnOut: ByteOutput | null = null;
  private turnCapacity = MIN_TURN_BYTES;
  /** The last turn's buffer, when the socket took all of it at once: the next turn writes into it again. */
  private spareOut: ByteOutput | null = null;
  /** The buffer of the frames being flushed, to keep as spareOut if the write completes at once. */
  private sealedOut: ByteOutput | null = null;
  private outFrames: Uint8Array[] = [];
  private readonly writer: SocketWriter;
  private closed = false;
  private closeAnnounced = false;
  private readonly reassembly = new Reassembly();
  private readonly fragmentBytes = fragmentBytes();
  private nextSequence = 1;
  /** Bytes of the frames read so far, and whether the peer broke the protocol (see shutdown). */
  private bytesIn = 0;
  private broken = false;
  // net_ticktime bookkeeping (dist_util:send_tick/2): what happened since the last ticker firing.
  private readSinceTick = true;
  private wroteSinceTick = false;
  private tickNo = 0;
  private lastReadTick = 0;

  constructor(
    private readonly sock: net.Socket,
    private readonly opts: ChannelOptions,
  ) {
    this.peer = Atom.of(opts.peer);
    this.peerCreation = opts.peerCreation;
    this.peerFlags = opts.peerFlags;
    this.hidden = opts.hidden;
    this.writer = new SocketWriter(sock);
    flushOnExit();
  }

  /** Starts reading; `early` are bytes that came with the last handshake message. Call after onControl is set. */
  start(early: Buffer): void {
    this.sock.setNoDelay(true);
    this.sock.on('error', () => this.shutdown());
    this.sock.on('close', () => this.shutdown());
    this.sock.on('end', () => this.shutdown());
    this.reader.attach(this.sock, early);
  }

  send(control: Term, payload?: Term): void {
    if (this.closed) return;
    // Normally encoded straight into this turn's output buffer; the lesson
    // faults (stall, latency) keep frames apart.
    const direct = !this.stalled && this.delayMs === 0 && !this.sock.destroyed;
    const out = direct ? this.turnOutput() : new ByteOutput(64);
    const start = out.length;
    const splicedBefore = out.spliced;
    const header = this.opts.header === true;
    // Big binaries go to the socket straight from the term (direct only: the
    // other paths keep frames as single buffers).
    const eopts = direct ? WIRE_SPLICING : WIRE;
    try {
      out.u32(0);
      if (header) {
        out.u8(VERSION_MAGIC);
        out.u8(DIST_HEADER);
        out.u8(0);
      } else {
        out.u8(PASS_THROUGH);
        out.u8(VERSION_MAGIC);
      }
      encodeTermBody(control, eopts, out);
      if (payload !== undefined) {
        if (!header) out.u8(VERSION_MAGIC);
        encodeTermBody(payload, direct ? WIRE_MESSAGE_SPLICING : WIRE_MESSAGE, out);
      }
    } catch (e) {
      out.truncate(start); // nothing half-written stays in the turn's buffer
      throw e;
    }
    const size = out.length - start + out.spliced - splicedBefore;
    out.patchU32(start, size - 4);
    if (this.opts.wire?.watched) this.xray('out', control, payload, size);
    if (header && size - 4 - HEADER_BYTES > this.fragmentBytes) {
      this.sendFragments(out, start + splicedBefore, direct);
      return;
    }
    if (direct) this.wroteSinceTick = true;
    else this.write(out.written());
  }

  /**
   * The message just encoded at `start` (counting spliced bytes) of `out`
   * leaves as fragments: their headers and views of its bytes. The turn's
   * buffer is not written into again (a fresh one takes the turn's next
   * frames).
   */
  private sendFragments(out: ByteOutput, start: number, direct: boolean): void {
    const pieces = out.pieces();
    // Spliced binaries are joined for the cutting: a rare, huge message.
    const all = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    const data = all.subarray(start + 4 + HEADER_BYTES);
    const seq = this.nextSequence++;
    const frames = fragmentFrames(seq, data, this.fragmentBytes);
    if (!direct) {
      for (let i = 0; i < frames.length; i += 2) this.write(Buffer.concat([frames[i]!, frames[i + 1]!]));
      return;
    }
    this.turnOut = null;
    if (start > 0) this.outFrames.push(all.subarray(0, start));
    this.outFrames.push(...frames);
    this.wroteSinceTick = true;
  }

  /** A control message for the X-ray: its name, the tuple as erl prints it, the message, the size. */
  private xray(dir: 'in' | 'out', control: Term, payload: Term | undefined, bytes: number): void {
    const op = Array.isArray(control) && typeof control[0] === 'number' ? (CONTROL_NAMES[control[0]] ?? String(control[0])) : '?';
    const fields: Record<string, string> = { control: writeTerm(control, { depth: 12 }) };
    if (payload !== undefined) fields.message = writeTerm(payload, { depth: 12 });
    this.opts.wire!.pass(dir, this.opts.peer, op, fields, bytes);
  }

  close(): void {
    this.shutdown();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * One firing of the ticker, every net_ticktime / intensity: send a tick
   * when we wrote nothing since the last firing (hidden peers also when we
   * read nothing), and drop a peer we have not heard from for `intensity`
   * firings, i.e. net_ticktime.
   */
  tick(intensity: number): void {
    if (this.closed) return;
    const t = this.tickNo + 1;
    this.tickNo = t % intensity;
    if (!this.readSinceTick && this.lastReadTick === t) {
      this.opts.log('error', distText.notResponding(this.opts.peer));
      this.shutdown();
      return;
    }
    if (!this.wroteSinceTick || (this.hidden && !this.readSinceTick)) {
      this.opts.wire?.pass('out', this.opts.peer, 'tick', {}, 4);
      this.write(TICK);
    }
    if (this.readSinceTick) this.lastReadTick = t;
    this.readSinceTick = false;
    this.wroteSinceTick = false;
  }

  private write(frame: Uint8Array): void {
    if (this.stalled) {
      // Silence is the point: ticks are not kept, the peer's net_ticktime runs out.
      if (frame !== TICK) this.stalledFrames.push(frame);
      return;
    }
    // Prefix and body together, batched per turn (Nagle is off).
    this.wroteSinceTick = true;
    if (this.delayMs > 0) setTimeout(() => this.writeNow(frame), this.delayMs);
    else this.writeNow(frame);
  }

  /**
   * The buffer this turn's frames are packed into. It goes out in one write
   * once the scheduler's turn is over: a turn that sends a thousand
   * messages, or a spawn reply and the DOWN that follows it, costs one
   * system call and no allocation per message.
   */
  private turnOutput(): ByteOutput {
    if (this.turnOut === null) {
      const spare = this.spareOut;
      if (spare !== null) {
        this.spareOut = null;
        spare.reset();
        this.turnOut = spare;
      } else this.turnOut = new ByteOutput(this.turnCapacity);
      if (this.outFrames.length === 0) this.scheduleFlush();
    }
    return this.turnOut;
  }

  private scheduleFlush(): void {
    this.opts.flushAfter(this.flush);
    unflushed.add(this);
  }

  /** A frame made elsewhere (ticks, delayed or held frames) joins this turn's output. */
  private writeNow(frame: Uint8Array): void {
    if (this.sock.destroyed) return;
    if (frame.length <= COALESCE_BYTES) {
      this.turnOutput().bytes(frame);
      return;
    }
    this.sealTurnOutput();
    this.outFrames.push(frame);
    if (this.outFrames.length === 1) this.scheduleFlush();
  }

  private sealTurnOutput(): void {
    const out = this.turnOut;
    if (out === null) return;
    this.turnOut = null;
    this.outFrames.push(...out.pieces());
    // The next turn starts with room for what this one needed, within reason.
    this.turnCapacity = Math.min(Math.max(out.length, MIN_TURN_BYTES), COALESCE_BYTES);
    this.sealedOut = out.length <= COALESCE_BYTES ? out : null;
  }

  readonly flush = (): void => {
    unflushed.delete(this);
    this.sealTurnOutput();
    const frames = this.outFrames;
    const sealed = this.sealedOut;
    this.outFrames = [];
    this.sealedOut = null;
    if (this.sock.destroyed || frames.length === 0) return;
    // Nothing left queued: the kernel has the bytes, the buffer is free again.
    if (this.writer.write(frames) && sealed !== null) this.spareOut = sealed;
  };

  /** Stalls or resumes this connection (erlts_lesson:stall/1); what waited goes out on resume. */
  setStalled(on: boolean): void {
    this.stalled = on;
    if (on) return;
    const waiting = this.stalledFrames;
    this.stalledFrames = [];
    for (const f of waiting) this.write(f);
  }

  /** One frame; `owned` when its buffer is ours to keep (see FrameReader). Returns false once closed. */
  private receive(packet: Uint8Array, owned: boolean): boolean {
    if (this.closed) return false;
    this.readSinceTick = true;
    this.bytesIn += packet.length;
    if (packet.length === 0) {
      this.opts.wire?.pass('in', this.opts.peer, 'tick', {}, 4);
      return true;
    }
    this.dispatch(packet, owned);
    return !this.closed;
  }

  /**
   * erts_prepare_dist_ext + erts_net_message. Whatever was negotiated, a
   * frame starting with 131 is read as a distribution header (68) or a
   * fragment (69, 70); any other first byte as pass-through, whose byte
   * erts skips unchecked.
   */
  private dispatch(packet: Uint8Array, owned: boolean): void {
    if (packet[0] === VERSION_MAGIC && packet.length >= 2 && packet[1] !== VERSION_MAGIC) {
      const kind = packet[1];
      if (kind === DIST_HEADER) {
        // Atom cache references: never, since we do not ask for the cache.
        if (packet.length < 4 || packet[2] !== 0) return this.incompatible();
        this.deliver(packet, HEADER_BYTES, false, owned);
        return;
      }
      if (kind === DIST_FRAG_HEADER || kind === DIST_FRAG_CONT) {
        const r = this.reassembly.add(packet, owned);
        if (r === 'bad') return this.incompatible();
        if (r !== 'more') this.deliver(r.done, 0, false, true);
        return;
      }
      return this.incompatible();
    }
    // Like erts, the pass-through byte itself is skipped unchecked.
    if (packet.length < 3) {
      this.drop();
      return;
    }
    if (packet[1] !== VERSION_MAGIC) return this.incompatible();
    this.deliver(packet, 1, true, owned);
  }

  private incompatible(): void {
    this.opts.log('error', distText.incompatible(this.opts.channelNo));
    this.drop();
  }

  /** The decode options of frames in their own buffers, made from `borrowBase` (the same per frame). */
  private borrowBase: DecodeOptions | null = null;
  private borrowOpts: DecodeOptions = {};

  /** Decodes the control (and message) at `at`, each with its 131 when `versioned`, and hands them on. */
  private deliver(packet: Uint8Array, at: number, versioned: boolean, owned: boolean): void {
    const base = this.opts.decodeOptions();
    // A frame in its own buffer lends its bytes to the binaries in it.
    let dopts = base;
    if (owned) {
      if (this.borrowBase !== base) {
        this.borrowBase = base;
        this.borrowOpts = { ...base, borrow: true };
      }
      dopts = this.borrowOpts;
    }
    const decode = versioned ? decodeTermAt : decodeTermBodyAt;
    let control: Term;
    let payload: Term | undefined;
    try {
      const c = decode(packet, at, dopts);
      control = c.term;
      at = c.next;
      if (at < packet.length && !this.wanted(control)) return;
      if (at < packet.length) {
        const p = decode(packet, at, dopts);
        payload = p.term;
      }
    } catch {
      const from = versioned ? at + 1 : at;
      const dump = packet.subarray(from, Math.min(packet.length, from + MAX_DUMP));
      this.opts.log('warning', distText.corruptedTerm(this.opts.ourName, this.opts.peer, this.opts.channelNo, dump));
      this.drop();
      return;
    }
    if (!Array.isArray(control) || control.length === 0 || typeof control[0] !== 'number') {
      this.opts.log('error', distText.invalidMessage(writeTerm(control, { depth: 200 })));
      this.drop();
      return;
    }
    if (this.opts.wire?.watched) this.xray('in', control, payload, packet.length + 4);
    try {
      this.onControl(control, payload);
    } catch (e) {
      // A fault in the services half must not take the connection or the node down.
      this.opts.log('error', `** erlts: dropped a message from ${this.opts.peer}: ${(e as Error)?.message ?? String(e)} **\n`);
    }
  }

  /** Whether the message `control` carries has a receiver; one nobody will receive is dropped undecoded (the X-ray shows it whole). */
  private wanted(control: Term): boolean {
    if (this.payloadWanted === undefined || this.opts.wire?.watched) return true;
    try {
      return this.payloadWanted(control);
    } catch {
      return true;
    }
  }

  /** Closes a connection whose peer broke the protocol: what it made us allocate is collected soon. */
  private drop(): void {
    this.broken = true;
    this.shutdown();
  }

  private shutdown(): void {
    // What the connection made the node allocate (frames, decoded terms, a
    // half-read big frame's buffer) is given back soon, not once the node
    // has been quiet for seconds; an ordinary connection leaves that to V8.
    const heavy = this.broken || this.bytesIn >= HEAVY_BYTES || this.reader.pendingBytes >= HEAVY_BYTES;
    this.closed = true;
    this.reassembly.clear();
    this.reader.close();
    if (!this.sock.destroyed) {
      // What this turn already sent goes out first, as it would have unbatched.
      this.flush();
      this.sock.destroy();
    }
    if (this.closeAnnounced) return;
    this.closeAnnounced = true;
    if (heavy) collectSoon();
    this.opts.gone(this);
    // onClose fires later, never inside send()/close() of the caller.
    setImmediate(() => {
      try {
        this.onClose();
      } catch {
        // the services half's business; the node lives on
      }
    });
  }
}
