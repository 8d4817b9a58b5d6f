// The seam between the two halves of distribution. The wire half (EPMD,
// handshake, framing, ticks, ETF on sockets) produces channels; the services
// half (signals for remote pids, net_kernel, rex, erpc, group leaders) only
// ever sees these interfaces, so it can be tested with two VMs in one process
// joined by an in-memory pair of channels.

import type { WireLog } from './wire_log.js';
import type { DialFailure } from './dial_failure.js';
import type { Atom, Term } from '../terms/types.js';
import type { FunResolver } from '../terms/etf/index.js';

/** One established connection to a peer node, after a successful handshake. */
export interface DistChannel {
  readonly peer: Atom;
  readonly peerCreation: number;
  /** The flags the peer advertised in its handshake (DFLAG_* bits). */
  readonly peerFlags: bigint;
  /** True when either side is hidden: such peers are in nodes(hidden), not nodes(). */
  readonly hidden: boolean;
  /** Sends one control message, with the message payload for SEND-like controls. */
  send(control: Term, payload?: Term): void;
  /** Drops the connection (disconnect_node/1); onClose fires once, later. */
  close(): void;
  /** Set by the services half as soon as the channel is announced. */
  onControl: (control: Term, payload: Term | undefined) => void;
  /** Fires once when the connection is gone, whoever closed it. */
  onClose: () => void;
  /**
   * Optional, set by the services half: false when the message a control
   * carries has nobody to go to (a name nobody registered, a pid that is
   * gone). Its payload is then never decoded, as erts never decodes what it
   * does not queue; onControl is not called for it.
   */
  payloadWanted?: (control: Term) => boolean;
  /** True when send() itself writes shell funs as erl_eval closures (shell_funs_out.ts); otherwise the caller converts them first. */
  readonly encodesShellFuns?: boolean;
}

/** What the services half needs from the wire half of a live node. */
export interface DistNet {
  readonly name: Atom;
  readonly creation: number;
  /** The node's own cookie (erlang:set_cookie/1 changes it). */
  cookie: Atom;
  /** erlang:set_cookie/2 overrides for single peers. */
  readonly peerCookies: Map<Atom, Atom>;
  readonly hidden: boolean;
  /** The live channel to a node, if any. */
  channel(node: Atom): DistChannel | undefined;
  /** EPMD lookup and handshake; null when it fails (pang). Concurrent calls share one attempt. */
  connect(node: Atom): Promise<DistChannel | null>;
  /** Fires for every new channel, initiated or accepted, before any control arrives. */
  onChannel: (ch: DistChannel) => void;
  /** Unregisters from EPMD, stops listening, closes every channel. */
  stop(): void;
  /**
   * Optional: how funs arriving from peers find local code (binary_to_term's
   * resolver). The services half may set it; without it such funs decode to
   * UnresolvedFunCode.
   */
  resolveFun?: FunResolver;
  /**
   * Optional: when frames written during a turn go out. The services half
   * points it at the end of the scheduler's turn, so that what one turn sends
   * to a peer leaves in one write; without it, at the next check phase.
   */
  flushAfter?: (fn: () => void) => void;
  /** Optional: why a connection we tried failed (for the hints). */
  onDialFailure?: (why: DialFailure) => void;
  /** Optional: a peer failed our cookie check. */
  onPeerRefused?: (peer: string) => void;
  /** Optional: what crossed the wire, for the protocol X-ray. */
  readonly wire?: WireLog;
  /** Optional, lesson faults: cut off from a node until heal, latency to a node, stall everything. */
  cut?(node: string): void;
  heal?(node: string): void;
  setLatency?(node: string, ms: number): void;
  setStalled?(on: boolean): void;
  /** kernel net_ticktime in seconds, and net_kernel:set_net_ticktime/1's change of it. */
  ticktime: number;
  setTicktime(seconds: number): void;
}
