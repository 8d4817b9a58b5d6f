// An in-memory DistNet for tests: several VMs in one OS process joined by
// pairs of channels. Every control and payload goes through the external
// term format (encode, then decode on the other side), and delivery is
// asynchronous and in order, as on a socket.

import { Atom, type Term } from '../../src/terms/types.js';
import { decodeTerm, encodeTerm, type FunResolver } from '../../src/terms/etf/index.js';
import type { DistChannel, DistNet } from '../../src/distribution/transport.js';

/** OTP's default flags without the atom cache and fragments (distribution.md §4). */
export const FLAGS = 0xd075f5fbdn;

export class MemHub {
  readonly nets = new Map<Atom, MemNet>();
  /** Every control sent, decoded, for assertions on the wire traffic. */
  readonly log: { from: string; to: string; control: Term; payload?: Term }[] = [];

  net(name: string, opts: { cookie?: string; hidden?: boolean; creation?: number } = {}): MemNet {
    const n = new MemNet(this, Atom.of(name), opts.creation ?? 1000 + this.nets.size, Atom.of(opts.cookie ?? 'testcookie'), opts.hidden ?? false);
    this.nets.set(n.name, n);
    return n;
  }
}

export class MemNet implements DistNet {
  readonly peerCookies = new Map<Atom, Atom>();
  readonly live = new Map<Atom, MemChannel>();
  onChannel: (ch: DistChannel) => void = () => {};
  resolveFun: FunResolver | undefined = undefined;
  stopped = false;
  ticktime = 60;

  setTicktime(seconds: number): void {
    this.ticktime = seconds;
  }

  constructor(
    readonly hub: MemHub,
    readonly name: Atom,
    readonly creation: number,
    public cookie: Atom,
    readonly hidden: boolean,
  ) {}

  channel(node: Atom): DistChannel | undefined {
    return this.live.get(node);
  }

  cookieFor(node: Atom): Atom {
    return this.peerCookies.get(node) ?? this.cookie;
  }

  connect(node: Atom): Promise<DistChannel | null> {
    return new Promise((resolve) => {
      setImmediate(() => {
        const existing = this.live.get(node);
        if (existing !== undefined) return resolve(existing);
        const peer = this.hub.nets.get(node);
        // The handshake: both sides must agree on the cookie.
        if (this.stopped || peer === undefined || peer.stopped || peer.cookieFor(this.name) !== this.cookieFor(node)) return resolve(null);
        const hidden = this.hidden || peer.hidden;
        const mine = new MemChannel(this, peer, hidden);
        const theirs = new MemChannel(peer, this, hidden);
        mine.other = theirs;
        theirs.other = mine;
        this.live.set(node, mine);
        peer.live.set(this.name, theirs);
        peer.onChannel(theirs);
        this.onChannel(mine);
        resolve(mine);
      });
    });
  }

  /** EPMD's view: every node of the hub on `host`. */
  names(host: string): Promise<[string, number][] | null> {
    const out: [string, number][] = [];
    let port = 40000;
    for (const n of this.hub.nets.values()) {
      const [alive, h] = n.name.name.split('@');
      if (h === host && !n.stopped) out.push([alive!, port++]);
    }
    return Promise.resolve(out);
  }

  stop(): void {
    this.stopped = true;
    for (const ch of [...this.live.values()]) ch.close();
  }
}

export class MemChannel implements DistChannel {
  other!: MemChannel;
  closed = false;
  onControl: (control: Term, payload: Term | undefined) => void = () => {};
  onClose: () => void = () => {};
  readonly peer: Atom;
  readonly peerCreation: number;
  readonly peerFlags = FLAGS;

  constructor(
    readonly owner: MemNet,
    readonly peerNet: MemNet,
    readonly hidden: boolean,
  ) {
    this.peer = peerNet.name;
    this.peerCreation = peerNet.creation;
  }

  send(control: Term, payload?: Term): void {
    if (this.closed) return;
    const c = encodeTerm(control, { utf8Atoms: true });
    const p = payload === undefined ? undefined : encodeTerm(payload, { utf8Atoms: true });
    const other = this.other;
    setImmediate(() => {
      if (other.closed) return;
      const opts = { resolveFun: other.owner.resolveFun };
      const control2 = decodeTerm(c, opts);
      const payload2 = p === undefined ? undefined : decodeTerm(p, opts);
      this.owner.hub.log.push({ from: this.owner.name.name, to: this.peer.name, control: control2, ...(payload2 !== undefined ? { payload: payload2 } : {}) });
      other.onControl(control2, payload2);
    });
  }

  /** Raw bytes, as a hostile or broken peer might send them. */
  sendRaw(control: Term, payload?: Term): void {
    const other = this.other;
    setImmediate(() => other.onControl(control, payload));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.other.closed = true;
    if (this.owner.live.get(this.peer) === this) this.owner.live.delete(this.peer);
    if (this.peerNet.live.get(this.owner.name) === this.other) this.peerNet.live.delete(this.owner.name);
    setImmediate(() => {
      this.onClose();
      this.other.onClose();
    });
  }
}
