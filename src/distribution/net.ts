// The wire half of a live node (DistNet): the listening socket, the EPMD
// registration, one channel per peer, connection attempts (shared by every
// caller, with OTP's tie-break for simultaneous connects), and the ticker.

import * as net from 'node:net';
import { Atom } from '../terms/types.js';
import type { DecodeOptions, FunResolver } from '../terms/etf/index.js';
import type { DistChannel, DistNet } from './transport.js';
import { Channel } from './channel.js';
import { HandshakeSocket } from './handshake/socket.js';
import { accept, initiate, type Established, type HandshakeContext, type PendingVerdict } from './handshake/handshake.js';
import { DFLAG, isHiddenConnection, ourFlags } from './flags.js';
import { names, portPlease, registerNode, type EpmdAddress, type EpmdRegistration } from './epmd/client.js';
import { ensureEpmd } from './epmd/launch.js';
import { epmdPortFromEnv, NODE_TYPE_NORMAL } from './epmd/protocol.js';
import { splitNodeForDial } from './node_host.js';
import type { DistLog } from './dist_log.js';
import { epmdFailure, nameKindFailure, type DialFailure } from './dial_failure.js';
import { WireLog } from './wire_log.js';
import { watchHandshake } from './handshake/xray.js';

export interface StartDistNetOptions {
  /** The full node name, alive@host. */
  name: string;
  /** -name (true) or -sname (false): decides which hosts we may dial. */
  longNames: boolean;
  cookie: string;
  hidden?: boolean;
  /** kernel net_ticktime, seconds (default 60). */
  netTicktime?: number;
  /** kernel net_tickintensity (default 4): ticks per net_ticktime. */
  tickIntensity?: number;
  /** kernel net_setuptime in ms (default 7000): the longest wait per handshake step. */
  setupTimeMs?: number;
  /** Default: ERL_EPMD_PORT, else 4369. */
  epmdPort?: number;
  env?: NodeJS.ProcessEnv;
  /** Where connection reports go (default: stderr). */
  log?: DistLog;
  /** Start an EPMD when none answers (default true, as erl does). */
  startEpmd?: boolean;
}

export type DistStartFailure = 'name_taken' | 'no_epmd' | 'listen_failed' | 'register_failed';

export class DistStartError extends Error {
  constructor(
    readonly reason: DistStartFailure,
    detail: string,
  ) {
    super(detail);
  }
}

interface Attempt {
  superseded: boolean;
  abort(): void;
}

interface Pending {
  owner: Attempt | null;
  promise: Promise<Channel | null>;
  resolve(ch: Channel | null): void;
  timer: NodeJS.Timeout | null;
}

export class Net implements DistNet {
  readonly name: Atom;
  creation = 0;
  cookie: Atom;
  readonly peerCookies = new Map<Atom, Atom>();
  readonly hidden: boolean;
  onChannel: (ch: DistChannel) => void = () => {};
  /** What crossed the wire, for the protocol X-ray. */
  readonly wire = new WireLog();
  /** Lesson faults: peers we are cut off from (no dial, no accept) until healed. */
  private readonly partitioned = new Set<string>();
  private readonly latencies = new Map<string, number>();
  private stalled = false;
  /** Why a connection we tried failed, for the hints (set by the services half). */
  onDialFailure: (why: DialFailure) => void = () => {};
  /** A peer's handshake failed our cookie check. */
  onPeerRefused: (peer: string) => void = () => {};
  /** Finds local code for funs arriving from peers (set by the services half). */
  resolveFun: FunResolver | undefined = undefined;
  flushAfter: ((fn: () => void) => void) | undefined = undefined;
  listenPort = 0;
  readonly epmd: EpmdAddress;

  private readonly channels = new Map<Atom, Channel>();
  private readonly pending = new Map<string, Pending>();
  private readonly server: net.Server;
  private registration: EpmdRegistration | null = null;
  private ticker: NodeJS.Timeout | null = null;
  private nextChannelNo = 1;
  private stopped = false;
  private readonly flags: bigint;
  private readonly tickIntensity: number;
  private readonly setupTimeMs: number;
  private readonly log: DistLog;

  constructor(private readonly opts: StartDistNetOptions) {
    this.name = Atom.of(opts.name);
    this.cookie = Atom.of(opts.cookie);
    this.hidden = opts.hidden ?? false;
    this.flags = ourFlags(this.hidden);
    this.tickIntensity = opts.tickIntensity ?? 4;
    this.setupTimeMs = opts.setupTimeMs ?? 7000;
    this.log = opts.log ?? ((_level, text) => process.stderr.write(text));
    this.epmd = { host: '127.0.0.1', port: opts.epmdPort ?? epmdPortFromEnv(opts.env ?? process.env) };
    this.server = net.createServer((s) => this.acceptSocket(s));
    this.server.on('error', () => {});
  }

  // ---- start and stop ------------------------------------------------------

  /** Listens, makes sure an EPMD runs, registers; rejects with DistStartError. */
  async start(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => reject(new DistStartError('listen_failed', e.message));
      this.server.once('error', onError);
      this.server.listen({ port: 0, host: '0.0.0.0' }, () => {
        this.server.off('error', onError);
        this.listenPort = (this.server.address() as net.AddressInfo).port;
        resolve();
      });
    });
    try {
      if (this.opts.startEpmd !== false && !(await ensureEpmd(this.epmd, this.opts.env ?? process.env))) {
        throw new DistStartError('no_epmd', 'econnrefused');
      }
      const alive = this.opts.name.split('@')[0]!;
      this.wire.note('out', `epmd@${this.epmd.host}`, 'ALIVE2_REQ', { name: alive, port: String(this.listenPort) }, 15 + Buffer.byteLength(alive, 'latin1'));
      const r = await registerNode(this.epmd, {
        name: alive,
        port: this.listenPort,
        nodeType: NODE_TYPE_NORMAL,
        protocol: 0,
        highestVersion: 6,
        lowestVersion: 6,
        extra: new Uint8Array(0),
      });
      if (!r.ok) {
        if (r.reason === 'taken') throw new DistStartError('name_taken', 'duplicate_name');
        throw new DistStartError(r.reason === 'econnrefused' ? 'no_epmd' : 'register_failed', r.reason);
      }
      this.registration = r.registration;
      this.creation = r.registration.creation;
      this.wire.note('in', `epmd@${this.epmd.host}`, 'ALIVE2_X_RESP', { result: 'ok', creation: String(this.creation) }, 8);
    } catch (e) {
      this.server.close();
      throw e;
    }
    this.ticktime = this.opts.netTicktime ?? 60;
    this.startTicker();
  }

  /** kernel net_ticktime, seconds. */
  ticktime = 60;

  private startTicker(): void {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = setInterval(() => this.tickAll(), Math.max(1, (this.ticktime * 1000) / this.tickIntensity));
    this.ticker.unref();
  }

  /** net_kernel:set_net_ticktime/1: the new time applies from the next tick on (no transition period). */
  setTicktime(seconds: number): void {
    this.ticktime = seconds;
    if (!this.stopped) this.startTicker();
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.ticker !== null) clearInterval(this.ticker);
    this.registration?.close();
    this.server.close();
    for (const p of this.pending.values()) p.owner?.abort();
    for (const ch of this.channels.values()) ch.close();
  }

  // ---- DistNet -------------------------------------------------------------

  channel(node: Atom): Channel | undefined {
    return this.channels.get(node);
  }

  /** Every live channel (nodes(connected) order is the services half's business). */
  allChannels(): Channel[] {
    return [...this.channels.values()];
  }

  connect(node: Atom): Promise<Channel | null> {
    const up = this.channels.get(node);
    if (up !== undefined) return Promise.resolve(up);
    if (this.stopped || node === this.name) return Promise.resolve(null);
    const p = this.pending.get(node.name);
    if (p !== undefined) return p.promise;
    const pend = this.newPending(node.name);
    void this.dial(node.name, pend);
    return pend.promise;
  }

  // ---- internals -----------------------------------------------------------

  private cookieFor = (peer: string): string => (this.peerCookies.get(Atom.of(peer)) ?? this.cookie).name;

  private context(): HandshakeContext {
    return { ourName: this.name.name, ourFlags: this.flags, creation: this.creation, cookieFor: this.cookieFor, log: this.log };
  }

  private newPending(node: string): Pending {
    let resolve!: (ch: Channel | null) => void;
    const promise = new Promise<Channel | null>((r) => (resolve = r));
    const p: Pending = { owner: null, promise, resolve, timer: null };
    this.pending.set(node, p);
    return p;
  }

  private finish(node: string, p: Pending, ch: Channel | null): void {
    if (this.pending.get(node) === p) this.pending.delete(node);
    if (p.timer !== null) clearTimeout(p.timer);
    p.resolve(ch);
  }

  private async dial(node: string, p: Pending): Promise<void> {
    let sock: net.Socket | null = null;
    let hs: HandshakeSocket | null = null;
    const attempt: Attempt = {
      superseded: false,
      abort: () => {
        if (hs !== null) hs.close();
        else sock?.destroy();
      },
    };
    p.owner = attempt;
    try {
      if (this.partitioned.has(node)) return this.finish(node, p, null);
      const where = splitNodeForDial(node, this.opts.longNames, this.log);
      if (where === null) {
        const why = nameKindFailure(node, this.opts.longNames);
        if (why !== null) this.onDialFailure(why);
        return this.finish(node, p, null);
      }
      const epmd = { host: where.host, port: this.epmd.port };
      let lookupError: unknown = null;
      const epmdPeer = `epmd@${where.host}`;
      this.wire.note('out', epmdPeer, 'PORT_PLEASE2_REQ', { name: where.alive }, 3 + Buffer.byteLength(where.alive, 'latin1'));
      const entry = await portPlease(epmd, where.alive).catch((e: unknown) => ((lookupError = e), null));
      if (lookupError === null) {
        const fields: Record<string, string> =
          entry === null ? { result: 'not registered' } : { port: String(entry.port), highest_version: String(entry.highestVersion) };
        this.wire.note('in', epmdPeer, 'PORT2_RESP', fields, entry === null ? 2 : 14 + Buffer.byteLength(where.alive, 'latin1'));
      }
      if (attempt.superseded) return;
      if (lookupError !== null) this.onDialFailure(epmdFailure(node, where.host, lookupError));
      else if (entry === null) await this.reportUnregistered(node, where.host, where.alive);
      if (entry === null || entry.highestVersion < 6) return this.finish(node, p, null);
      sock = await this.tcpConnect(where.host, entry.port);
      if (attempt.superseded) {
        sock?.destroy();
        return;
      }
      if (sock === null) return this.finish(node, p, null);
      hs = new HandshakeSocket(sock, this.setupTimeMs);
      watchHandshake(hs, this.wire, 'initiator', node);
      const r = await initiate(hs, this.context(), node);
      if (attempt.superseded) return;
      if (r.kind === 'up') return this.finish(node, p, this.establish(r.conn));
      hs.close();
      if (r.kind === 'failed' && r.actualName !== undefined) this.onDialFailure({ kind: 'other_name', node, host: where.host, actual: r.actualName });
      if (r.kind === 'failed' && r.reason === 'cookie_refused') this.onDialFailure({ kind: 'cookie', node });
      if (r.kind === 'nok') {
        // The peer's own attempt wins; it will reach our listener.
        p.owner = null;
        p.timer = setTimeout(() => {
          if (p.owner === null) this.finish(node, p, null);
        }, this.setupTimeMs);
        return;
      }
      return this.finish(node, p, null);
    } catch {
      hs?.close();
      if (!attempt.superseded) this.finish(node, p, null);
    }
  }

  /** No node of that name at the host: the names that are there help more than `pang`. */
  private async reportUnregistered(node: string, host: string, alive: string): Promise<void> {
    const known = await names({ host, port: this.epmd.port }).catch(() => null);
    this.onDialFailure({ kind: 'not_registered', node, host, alive, names: known?.nodes.map((n) => n.name) ?? [] });
  }

  private tcpConnect(host: string, port: number): Promise<net.Socket | null> {
    return new Promise((resolve) => {
      const sock = net.connect({ host, port, family: net.isIP(host) === 0 ? 4 : undefined });
      const timer = setTimeout(() => done(false), this.setupTimeMs);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        sock.off('error', onError);
        if (!ok) sock.destroy();
        resolve(ok ? sock : null);
      };
      const onError = () => done(false);
      sock.once('connect', () => done(true));
      sock.on('error', onError);
      sock.setNoDelay(true);
    });
  }

  private acceptSocket(sock: net.Socket): void {
    if (this.stopped) {
      sock.destroy();
      return;
    }
    sock.setNoDelay(true);
    sock.on('error', () => {});
    const hs = new HandshakeSocket(sock, this.setupTimeMs);
    watchHandshake(hs, this.wire, 'acceptor', null);
    const attempt: Attempt = { superseded: false, abort: () => hs.close() };
    let claimed: Pending | null = null;
    const markPending = (peer: string): PendingVerdict => {
      // A cut connection: the peer's attempt fails as if the network were gone.
      if (this.partitioned.has(peer)) return 'already_pending';
      const existing = this.pending.get(peer);
      if (this.channels.has(Atom.of(peer))) {
        if (existing !== undefined) return 'already_pending';
        claimed = this.newPending(peer);
        claimed.owner = attempt;
        return 'up_pending';
      }
      if (existing !== undefined) {
        // net_kernel: the node with the greater name keeps its own attempt.
        if (this.name.name > peer) return 'nok';
        if (existing.owner !== null) {
          existing.owner.superseded = true;
          existing.owner.abort();
        }
        if (existing.timer !== null) clearTimeout(existing.timer);
        existing.timer = null;
        existing.owner = attempt;
        claimed = existing;
        return 'ok_simultaneous';
      }
      claimed = this.newPending(peer);
      claimed.owner = attempt;
      return 'ok';
    };
    const replaceUp = (peer: string) => {
      const old = this.channels.get(Atom.of(peer));
      if (old !== undefined) {
        this.channels.delete(old.peer);
        old.close();
      }
    };
    void accept(hs, this.context(), { markPending, replaceUp })
      .then((r) => {
        if (attempt.superseded) return;
        const p = claimed as Pending | null;
        if (r.kind === 'up') {
          const ch = this.establish(r.conn);
          if (p !== null) this.finish(r.conn.peer, p, ch);
          return;
        }
        hs.close();
        if (r.reason === 'bad_cookie' && r.peer !== null) this.onPeerRefused(r.peer);
        if (p !== null && r.peer !== null) this.finish(r.peer, p, null);
      })
      .catch(() => hs.close());
  }

  // ---- lesson faults (erlts_lesson:cut/1, heal/1, latency/2, stall/1) -------

  /** Cuts this node off from `node`: the connection closes, and neither side can reconnect until heal. */
  cut(node: string): void {
    this.partitioned.add(node);
    this.channels.get(Atom.of(node))?.close();
  }

  heal(node: string): void {
    this.partitioned.delete(node);
  }

  /** Adds `ms` before every frame sent to `node` (0 removes it), now and on later connections. */
  setLatency(node: string, ms: number): void {
    if (ms > 0) this.latencies.set(node, ms);
    else this.latencies.delete(node);
    const ch = this.channels.get(Atom.of(node));
    if (ch !== undefined) ch.delayMs = ms;
  }

  /** A stalled node sends nothing, not even ticks: its peers' net_ticktime finds it out. */
  setStalled(on: boolean): void {
    this.stalled = on;
    for (const ch of this.channels.values()) ch.setStalled(on);
  }

  /** The handshake is done: the channel replaces the handshake socket, is announced, then starts reading. */
  private establish(conn: Established): Channel {
    const early = conn.hs.detach();
    const ch = new Channel(conn.hs.sock, {
      ourName: this.name.name,
      peer: conn.peer,
      wire: this.wire,
      peerCreation: conn.peerCreation,
      peerFlags: conn.peerFlags,
      hidden: isHiddenConnection(this.flags, conn.peerFlags),
      header: (this.flags & conn.peerFlags & DFLAG.FRAGMENTS) !== 0n,
      channelNo: this.nextChannelNo++,
      log: this.log,
      decodeOptions: () => this.decodeOptions(),
      flushAfter: (fn) => (this.flushAfter ?? setImmediate)(fn),
      gone: (c) => {
        if (this.channels.get(c.peer) === c) this.channels.delete(c.peer);
      },
    });
    this.channels.set(ch.peer, ch);
    ch.delayMs = this.latencies.get(conn.peer) ?? 0;
    if (this.stalled) ch.setStalled(true);
    if (this.stopped) {
      ch.close();
      return ch;
    }
    try {
      this.onChannel(ch);
    } catch {
      // the services half's fault; the channel still works
    }
    ch.start(early);
    return ch;
  }

  /** Made again only when resolveFun changes: every frame read asks for them. */
  private decodeOpts: DecodeOptions = {};

  private decodeOptions(): DecodeOptions {
    const opts = this.decodeOpts;
    if (opts.resolveFun === this.resolveFun) return opts;
    return (this.decodeOpts = this.resolveFun === undefined ? {} : { resolveFun: this.resolveFun });
  }

  private tickAll(): void {
    for (const ch of [...this.channels.values()]) ch.tick(this.tickIntensity);
  }
}

/** Starts the wire half of a node: resolves once it listens and is registered in EPMD. */
export async function startDistNet(opts: StartDistNetOptions): Promise<Net> {
  const n = new Net(opts);
  await n.start();
  return n;
}
