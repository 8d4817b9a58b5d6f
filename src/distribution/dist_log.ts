// What a real node logs about its connections, word for word (dist_util,
// inet_tcp_dist, erts dist.c). The texts are the report bodies; the CLI puts
// logger's "=ERROR REPORT==== <time> ===" header above them.

import { Atom } from '../terms/types.js';
import { writeAtom } from '../terms/atom_quote.js';

export type LogLevel = 'error' | 'warning';
/** Receives one report: its level and its text (ending in a newline). */
export type DistLog = (level: LogLevel, text: string) => void;

function w(node: string): string {
  return writeAtom(Atom.of(node), 'latin1');
}

export const distText = {
  invalidChallengeReply: (node: string) => `** Connection attempt from node ${w(node)} rejected. Invalid challenge reply. **\n`,
  invalidChallengeAck: (node: string) => `** Connection attempt to node ${w(node)} cancelled. Invalid challenge ack. **\n`,
  /** dist_util:check_dflags/2; `missing` printed with ~p, a list of strings. */
  cannotHandle: (ours: string, from: boolean, node: string, missing: string[]) =>
    `** ${w(ours)}: Connection attempt ${from ? 'from' : 'to'} node ${w(node)} ${from ? 'rejected' : 'aborted'} since it cannot handle [${missing.map((m) => `"${m}"`).join(',')}].**\n`,
  notResponding: (node: string) => `** Node ${w(node)} not responding **\n** Removing (timedout) connection **\n`,
  shortNamesIllegalHost: (host: string) => `** System NOT running to use fully qualified hostnames **\n** Hostname ${host} is illegal **\n`,
  longNamesIllegalHost: (host: string) => `** System running to use fully qualified hostnames **\n** Hostname ${host} is illegal **\n`,
  incompatible: (channel: number) => `** Got message from incompatible erlang on channel ${channel}\n`,
  corruptedTerm: (ours: string, node: string, channel: number, bytes: Uint8Array) =>
    `${w(ours)} got a corrupted external term from ${w(node)} on distribution channel ${channel}\n<<...,${Array.from(bytes).join(',')}>>\nATOM_CACHE_REF translations: none`,
  invalidMessage: (text: string) => `Invalid distribution message: ${text}`,
};
