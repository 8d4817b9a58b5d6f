// How erl ends the node when a system table or memory runs out: the reason
// on stderr, the crash dump note, exit status 1. (erl writes erl_crash.dump;
// like the rest of erlts we only print the note.)

import type { OutOfMemory } from '../terms/alloc.js';
import { Atom } from '../terms/types.js';

export function crashNode(slogan: string): never {
  const dump = process.env.ERL_CRASH_DUMP ?? 'erl_crash.dump';
  process.stderr.write(`${slogan}\r\n\r\nCrash dump is being written to: ${dump}...done\r\n`);
  process.exit(1);
}

export function crashOutOfMemory(e: OutOfMemory): never {
  return crashNode(e.slogan);
}

/** The atom table is full: erl's emergency exit. */
export function installAtomLimit(): void {
  Atom.onTableFull = () => crashNode(`no more index entries in atom_tab (max=${Atom.LIMIT})`);
}
