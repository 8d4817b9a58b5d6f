// A socket during the handshake: {packet,2} messages read one at a time
// with the net_setuptime limit on each step, then handed over (with any
// bytes that already arrived) to the connected channel.

import type * as net from 'node:net';
import { PacketReader, framePacket } from '../framing.js';

export class HandshakeFailed extends Error {}

export class HandshakeSocket {
  private readonly reader = new PacketReader(2, 0xffff);
  private waiter: { resolve: (b: Buffer) => void; reject: (e: Error) => void; timer: NodeJS.Timeout } | null = null;
  private failure: HandshakeFailed | null = null;
  private readonly onData = (d: Buffer) => {
    this.reader.push(d);
    this.pump();
  };
  private readonly onGone = () => this.fail('connection_closed');

  constructor(
    readonly sock: net.Socket,
    /** net_setuptime in ms: the longest wait for one handshake message. */
    private readonly stepTimeoutMs: number,
  ) {
    sock.on('data', this.onData);
    sock.on('end', this.onGone);
    sock.on('close', this.onGone);
    sock.on('error', this.onGone);
  }

  /** The next handshake message; rejects with HandshakeFailed on close or timeout. */
  recv(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      // A message that arrived before the peer closed is still read first.
      const timer = setTimeout(() => this.fail('setup_timeout'), this.stepTimeoutMs);
      this.waiter = { resolve, reject, timer };
      this.pump();
      if (this.waiter !== null && this.failure !== null) this.fail(this.failure.message);
    });
  }

  send(body: Uint8Array): void {
    if (!this.sock.destroyed) this.sock.write(framePacket(2, body));
  }

  close(): void {
    this.detach();
    this.sock.destroy();
  }

  /** Stops reading handshake messages; returns the bytes that came after the last one. */
  detach(): Buffer {
    this.sock.off('data', this.onData);
    this.sock.off('end', this.onGone);
    this.sock.off('close', this.onGone);
    this.sock.off('error', this.onGone);
    if (this.waiter !== null) clearTimeout(this.waiter.timer);
    this.waiter = null;
    return this.reader.drain();
  }

  private pump(): void {
    const w = this.waiter;
    if (w === null) return;
    const p = this.reader.next();
    if (p === null) return;
    if (p === 'too_long') {
      this.fail('bad_packet');
      return;
    }
    this.waiter = null;
    clearTimeout(w.timer);
    w.resolve(p);
  }

  private fail(reason: string): void {
    if (this.failure === null) this.failure = new HandshakeFailed(reason);
    const w = this.waiter;
    if (w !== null) {
      this.waiter = null;
      clearTimeout(w.timer);
      w.reject(this.failure);
    }
  }
}
