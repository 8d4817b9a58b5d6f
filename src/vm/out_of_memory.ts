// erl's end when memory runs out: the allocator's complaint, the crash dump
// note, exit status 1. (erl writes erl_crash.dump; like the rest of erlts we
// only print the note.)

import type { OutOfMemory } from '../terms/alloc.js';

export function crashOutOfMemory(e: OutOfMemory): never {
  const dump = process.env.ERL_CRASH_DUMP ?? 'erl_crash.dump';
  process.stderr.write(`${e.slogan}\r\n\r\nCrash dump is being written to: ${dump}...done\r\n`);
  process.exit(1);
}
