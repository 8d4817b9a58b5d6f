// Distribution's part of the opt-in hints: why a node could not be reached,
// a peer with the wrong cookie, a message for a name nobody registered.
import { writeAtom } from '../terms/atom_quote.js';
import type { Atom } from '../terms/types.js';
import type { VM } from '../vm/vm.js';
import { hintAfterCommand, hintNow, hintsEnabled } from '../bifs/lesson/hints.js';
import type { DialFailure } from './dial_failure.js';
import type { DistNet } from './transport.js';

const atom = (name: string): string => writeAtom(name, 'unicode');

/** A failed dial explains the `pang` (or nodedown) of the command that caused it. */
export function hintDialFailure(vm: VM, why: DialFailure): void {
  if (!hintsEnabled(vm)) return;
  const node = atom(why.node);
  switch (why.kind) {
    case 'cookie':
      return hintAfterCommand(vm, 'cookie_connect', { node });
    case 'short_calls_long':
    case 'long_calls_short':
      return hintAfterCommand(vm, why.kind, { node });
    case 'host_unknown':
    case 'no_epmd':
      return hintAfterCommand(vm, why.kind, { node, host: why.host });
    case 'not_registered':
      return hintAfterCommand(vm, 'not_registered', { node, host: why.host, alive: why.alive, names: why.names.length > 0 ? why.names.join(', ') : '-' });
    case 'other_name':
      return hintAfterCommand(vm, 'other_name', { node, host: why.host, actual: atom(why.actual) });
  }
}

/** Wires the wire half's reports to the hints. */
export function attachHints(vm: VM, net: DistNet): void {
  net.onDialFailure = (why) => hintDialFailure(vm, why);
  net.onPeerRefused = (peer) => {
    if (hintsEnabled(vm)) hintNow(vm, 'cookie_accept', { node: atom(peer) });
  };
}

/** A REG_SEND for a name nobody here registered: BEAM drops it silently. */
export function hintUnregisteredName(vm: VM, name: Atom, from: string): void {
  if (hintsEnabled(vm)) hintNow(vm, 'unregistered_name', { name: writeAtom(name, 'unicode'), from });
}
