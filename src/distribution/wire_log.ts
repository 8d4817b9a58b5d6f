// The protocol X-ray's source: what crossed the wire, decoded into words
// (EPMD requests and answers, each handshake message with its flags named,
// ticks, control messages with their tuple and size). Never the cookie:
// only challenges and digests. The rare events (EPMD, handshakes) are kept
// in a short history so a view opened later still shows how a connection
// began; control messages are recorded only while someone watches.
import { flagName } from './flags.js';

export interface WireEvent {
  /** ms since the epoch. */
  at: number;
  dir: 'in' | 'out';
  /** The other side: a node name, or `epmd@host`. */
  peer: string;
  /** EPMD's or the protocol's name for the message: PORT_PLEASE2_REQ, send_name, REG_SEND, tick... */
  step: string;
  /** Decoded fields, in words. */
  fields: Record<string, string>;
  bytes: number;
}

const HISTORY = 200;

export class WireLog {
  private readonly history: WireEvent[] = [];
  /** Who watches: the shell's xray(on), the live view; none, usually. */
  private readonly watchers = new Set<(ev: WireEvent) => void>();

  get watched(): boolean {
    return this.watchers.size > 0;
  }

  /** Calls `watcher` for everything that crosses the wire from now on; returns how to stop. */
  watch(watcher: (ev: WireEvent) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  private tell(ev: WireEvent): void {
    for (const w of this.watchers) w(ev);
  }

  /** Records a rare event (EPMD, handshake): kept in the history and passed to a watcher. */
  note(dir: WireEvent['dir'], peer: string, step: string, fields: Record<string, string>, bytes: number): void {
    const ev: WireEvent = { at: Date.now(), dir, peer, step, fields, bytes };
    this.history.push(ev);
    if (this.history.length > HISTORY) this.history.shift();
    if (this.watchers.size > 0) this.tell(ev);
  }

  /** Records a frequent event (a control message, a tick), only while watched. */
  pass(dir: WireEvent['dir'], peer: string, step: string, fields: Record<string, string>, bytes: number): void {
    if (this.watchers.size > 0) this.tell({ at: Date.now(), dir, peer, step, fields, bytes });
  }

  recent(): readonly WireEvent[] {
    return this.history;
  }
}

/** Flags as words: each set bit's DFLAG name, as dist_util:dflag2str/1 spells them. */
export function flagWords(flags: bigint): string {
  const words: string[] = [];
  for (let bit = 1n; bit <= flags; bit <<= 1n) if ((flags & bit) !== 0n) words.push(flagName(bit));
  return words.join(' ');
}

/** The operation names of control messages, by number (erl_dist_protocol). */
export const CONTROL_NAMES: Record<number, string> = {
  1: 'LINK',
  2: 'SEND',
  3: 'EXIT',
  4: 'UNLINK',
  5: 'NODE_LINK',
  6: 'REG_SEND',
  7: 'GROUP_LEADER',
  8: 'EXIT2',
  12: 'SEND_TT',
  13: 'EXIT_TT',
  16: 'REG_SEND_TT',
  18: 'EXIT2_TT',
  19: 'MONITOR_P',
  20: 'DEMONITOR_P',
  21: 'MONITOR_P_EXIT',
  22: 'SEND_SENDER',
  23: 'SEND_SENDER_TT',
  24: 'PAYLOAD_EXIT',
  25: 'PAYLOAD_EXIT_TT',
  26: 'PAYLOAD_EXIT2',
  27: 'PAYLOAD_EXIT2_TT',
  28: 'PAYLOAD_MONITOR_P_EXIT',
  29: 'SPAWN_REQUEST',
  30: 'SPAWN_REQUEST_TT',
  31: 'SPAWN_REPLY',
  32: 'SPAWN_REPLY_TT',
  33: 'ALIAS_SEND',
  34: 'ALIAS_SEND_TT',
  35: 'UNLINK_ID',
  36: 'UNLINK_ID_ACK',
};
