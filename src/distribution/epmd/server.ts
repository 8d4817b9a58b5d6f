// Our own EPMD, for machines without Erlang/OTP: the subset of epmd_srv.c
// that nodes use (ALIVE2, PORT_PLEASE2, NAMES, KILL). It runs in its own
// detached OS process (bin/erlts-epmd, see epmd_launch.ts), never inside a
// node: a registry that died with the first node would unregister every
// other node, real erl ones included.

import * as net from 'node:net';
import {
  ALIVE2_REQ,
  KILL_REQ,
  NAMES_REQ,
  PORT_PLEASE2_REQ,
  alive2Response,
  alive2XResponse,
  namesLine,
  parseAlive2Body,
  port2Response,
  type NodeEntry,
} from './protocol.js';

/** Requests are small; anything claiming more is not an EPMD client. */
const MAX_REQUEST = 1024;

interface Registered {
  entry: NodeEntry;
  sock: net.Socket;
  creation: number;
}

function isLocalPeer(sock: net.Socket): boolean {
  const a = sock.remoteAddress ?? '';
  return a.startsWith('127.') || a.startsWith('::ffff:127.') || a === '::1';
}

export class EpmdServer {
  private readonly nodes = new Map<string, Registered>();
  /** Last creation handed out per name, so a node coming back gets a new one. */
  private readonly creations = new Map<string, number>();
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  constructor(
    /** Called after a local KILL_REQ has been answered with OK. */
    private readonly onKill: () => void = () => {},
  ) {
    this.server = net.createServer((s) => this.accept(s));
  }

  /** Listens on every address (IPv6 and IPv4 when available, like epmd). */
  listen(port: number): Promise<void> {
    const tryListen = (host: string) =>
      new Promise<void>((resolve, reject) => {
        const onError = (e: Error) => reject(e);
        this.server.once('error', onError);
        this.server.listen({ port, host, ipv6Only: false }, () => {
          this.server.off('error', onError);
          this.port = (this.server.address() as net.AddressInfo).port;
          resolve();
        });
      });
    return tryListen('::').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') throw e;
      return tryListen('0.0.0.0');
    });
  }

  close(): void {
    for (const s of this.sockets) s.destroy();
    this.server.close();
  }

  /** name -> port of every registered node. */
  registered(): { name: string; port: number }[] {
    return [...this.nodes.values()].map((r) => ({ name: r.entry.name, port: r.entry.port }));
  }

  private accept(sock: net.Socket): void {
    this.sockets.add(sock);
    sock.setNoDelay(true);
    let buf = Buffer.alloc(0);
    let handled = false;
    let registration: Registered | null = null;
    sock.on('data', (d: Buffer) => {
      if (handled) {
        // epmd_srv.c: anything more on a registration socket unregisters.
        sock.destroy();
        return;
      }
      buf = Buffer.concat([buf, d]);
      if (buf.length < 2) return;
      const len = buf.readUInt16BE(0);
      if (len === 0 || len > MAX_REQUEST) {
        sock.destroy();
        return;
      }
      if (buf.length < 2 + len) return;
      handled = true;
      registration = this.handle(sock, buf.subarray(2, 2 + len));
    });
    sock.on('error', () => {});
    sock.on('close', () => {
      this.sockets.delete(sock);
      const r = registration;
      if (r !== null && this.nodes.get(r.entry.name) === r) this.nodes.delete(r.entry.name);
    });
  }

  /** Answers one request; returns the registration when it was a successful ALIVE2_REQ. */
  private handle(sock: net.Socket, req: Buffer): Registered | null {
    const type = req[0];
    if (type === ALIVE2_REQ) return this.alive2(sock, req.subarray(1));
    if (type === PORT_PLEASE2_REQ) {
      const r = this.nodes.get(req.subarray(1).toString('utf8'));
      sock.end(port2Response(r?.entry ?? null));
    } else if (type === NAMES_REQ) {
      const head = Buffer.alloc(4);
      head.writeUInt32BE(this.port, 0);
      const lines = [...this.nodes.values()].map((r) => namesLine(r.entry.name, r.entry.port)).join('');
      sock.end(Buffer.concat([head, Buffer.from(lines, 'utf8')]));
    } else if (type === KILL_REQ && isLocalPeer(sock)) {
      if (this.nodes.size > 0) {
        sock.end('NO');
      } else {
        sock.end('OK', () => this.onKill());
      }
    } else {
      sock.destroy();
    }
    return null;
  }

  private alive2(sock: net.Socket, body: Buffer): Registered | null {
    const entry = parseAlive2Body(body);
    const v6 = entry !== null && entry.highestVersion >= 6;
    const refuse = () => {
      sock.end(v6 ? alive2XResponse(1, 0) : alive2Response(1, 0));
      return null;
    };
    if (entry === null || !isLocalPeer(sock) || entry.name.length === 0 || this.nodes.has(entry.name)) return refuse();
    const creation = this.nextCreation(entry.name);
    const r: Registered = { entry, sock, creation };
    this.nodes.set(entry.name, r);
    sock.write(v6 ? alive2XResponse(0, creation) : alive2Response(0, ((creation - 1) % 3) + 1));
    return r;
  }

  /** epmd_srv.c: a new name gets the time in seconds + 1; a known one the previous value + 1 (never below 4). */
  private nextCreation(name: string): number {
    const prev = this.creations.get(name);
    let c = prev === undefined ? (Math.floor(Date.now() / 1000) + 1) >>> 0 : (prev + 1) >>> 0;
    if (c < 4) c = 4;
    this.creations.set(name, c);
    return c;
  }
}
