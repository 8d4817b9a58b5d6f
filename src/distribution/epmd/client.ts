// Talking to an EPMD (real epmd or ours): register this node and keep the
// registration alive, look a node's port up, list names. Like OTP's
// erl_epmd, the registration is the open TCP connection itself.

import * as net from 'node:net';
import {
  ALIVE2_RESP,
  ALIVE2_X_RESP,
  alive2Request,
  killRequest,
  namesRequest,
  parseNamesText,
  parsePort2Response,
  portPlease2Request,
  type NodeEntry,
} from './protocol.js';

export interface EpmdAddress {
  host: string;
  port: number;
}

/** How long one EPMD request may take before we give up on it. */
const REQUEST_TIMEOUT_MS = 5000;
/** erl_epmd retries a lost registration every 2 s. */
const REREGISTER_MS = 2000;

/** One request/answer exchange: connect, write, collect until `done` says so or EPMD closes. */
function exchange<T>(addr: EpmdAddress, req: Buffer, done: (got: Buffer, closed: boolean) => T | undefined, timeoutMs = REQUEST_TIMEOUT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const sock = net.connect({ host: addr.host, port: addr.port, family: net.isIP(addr.host) === 0 ? 4 : undefined });
    let got = Buffer.alloc(0);
    let finished = false;
    const finish = (err: Error | null, value?: T) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      sock.destroy();
      if (err !== null) reject(err);
      else resolve(value as T);
    };
    const timer = setTimeout(() => finish(new Error('timeout')), timeoutMs);
    sock.setNoDelay(true);
    sock.on('connect', () => sock.write(req));
    sock.on('data', (d: Buffer) => {
      got = Buffer.concat([got, d]);
      try {
        const v = done(got, false);
        if (v !== undefined) finish(null, v);
      } catch (e) {
        finish(e as Error);
      }
    });
    sock.on('end', () => {
      try {
        const v = done(got, true);
        finish(v === undefined ? new Error('closed') : null, v);
      } catch (e) {
        finish(e as Error);
      }
    });
    sock.on('error', (e: NodeJS.ErrnoException) => finish(new Error(e.code ?? e.message)));
    sock.on('close', () => finish(new Error('closed')));
  });
}

/** PORT_PLEASE2_REQ: the entry of `name`, or null when EPMD does not know it. */
export function portPlease(addr: EpmdAddress, name: string): Promise<NodeEntry | null> {
  return exchange(addr, portPlease2Request(name), (got, closed) => {
    const r = parsePort2Response(got);
    if (r.kind === 'found') return r.entry;
    if (r.kind === 'not_found') return null;
    if (r.kind === 'bad' || closed) throw new Error('bad_response');
    return undefined;
  });
}

/** NAMES_REQ: EPMD's own port (as it says) and the registered names. */
export function names(addr: EpmdAddress): Promise<{ epmdPort: number; nodes: { name: string; port: number }[] }> {
  return exchange(addr, namesRequest(), (got, closed) => {
    if (!closed) return undefined;
    if (got.length < 4) throw new Error('bad_response');
    return { epmdPort: got.readUInt32BE(0), nodes: parseNamesText(got.subarray(4).toString('latin1')) };
  });
}

/** True when something answers on EPMD's port. */
export function epmdAnswers(addr: EpmdAddress, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: addr.host, port: addr.port });
    const done = (ok: boolean) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    sock.on('connect', () => done(true));
    sock.on('error', () => done(false));
  });
}

export type RegisterFailure =
  /** Nothing listens on EPMD's port. */
  | 'econnrefused'
  /** EPMD answered with a non-zero result: the name is taken (or refused). */
  | 'taken'
  | 'timeout'
  | 'closed'
  | 'bad_response';

/** A live registration: the socket stays open until close(). */
export class EpmdRegistration {
  private closed = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private sock: net.Socket,
    readonly creation: number,
    private readonly addr: EpmdAddress,
    private readonly entry: NodeEntry,
  ) {
    this.watch();
  }

  /** Unregisters (EPMD forgets a node when its registration socket closes). */
  close(): void {
    this.closed = true;
    if (this.retry !== null) clearTimeout(this.retry);
    this.sock.destroy();
  }

  private watch(): void {
    // EPMD going away must not take the node down: re-register every 2 s,
    // keeping the creation we started with (as erl_epmd does).
    this.sock.on('error', () => {});
    this.sock.on('close', () => {
      if (!this.closed) this.scheduleRetry();
    });
  }

  private scheduleRetry(): void {
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      void openRegistration(this.addr, this.entry).then((r) => {
        if (this.closed) {
          if (r.ok) r.sock.destroy();
          return;
        }
        if (!r.ok) {
          this.scheduleRetry();
          return;
        }
        this.sock = r.sock;
        this.watch();
      });
    }, REREGISTER_MS);
    this.retry.unref();
  }
}

type Opened = { ok: true; sock: net.Socket; creation: number } | { ok: false; reason: RegisterFailure };

function openRegistration(addr: EpmdAddress, entry: NodeEntry): Promise<Opened> {
  return new Promise((resolve) => {
    const sock = net.connect({ host: addr.host, port: addr.port });
    let got = Buffer.alloc(0);
    let settled = false;
    const settle = (r: Opened) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (!r.ok) sock.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => settle({ ok: false, reason: 'timeout' }), REQUEST_TIMEOUT_MS);
    sock.setNoDelay(true);
    sock.on('connect', () => sock.write(alive2Request(entry)));
    sock.on('data', (d: Buffer) => {
      if (settled) return;
      got = Buffer.concat([got, d]);
      const type = got[0];
      if (type === ALIVE2_X_RESP && got.length >= 6) {
        settle(got[1] === 0 ? { ok: true, sock, creation: got.readUInt32BE(2) } : { ok: false, reason: 'taken' });
      } else if (type === ALIVE2_RESP && got.length >= 4) {
        settle(got[1] === 0 ? { ok: true, sock, creation: got.readUInt16BE(2) } : { ok: false, reason: 'taken' });
      } else if (type !== ALIVE2_X_RESP && type !== ALIVE2_RESP) {
        settle({ ok: false, reason: 'bad_response' });
      }
    });
    sock.on('error', (e: NodeJS.ErrnoException) => settle({ ok: false, reason: e.code === 'ECONNREFUSED' ? 'econnrefused' : 'closed' }));
    sock.on('close', () => settle({ ok: false, reason: 'closed' }));
  });
}

/** ALIVE2_REQ: registers `entry` and keeps the connection open as the registration. */
export async function registerNode(
  addr: EpmdAddress,
  entry: NodeEntry,
): Promise<{ ok: true; registration: EpmdRegistration } | { ok: false; reason: RegisterFailure }> {
  const r = await openRegistration(addr, entry);
  if (!r.ok) return r;
  return { ok: true, registration: new EpmdRegistration(r.sock, r.creation, addr, entry) };
}

/** KILL_REQ: asks a local EPMD to exit; true when it answered OK. */
export function killEpmd(addr: EpmdAddress): Promise<boolean> {
  return exchange(addr, killRequest(), (got, closed) => (got.length >= 2 || closed ? got.subarray(0, 2).toString('latin1') === 'OK' : undefined));
}
