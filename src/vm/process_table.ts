// The node's live processes by pid number. Pid numbers only grow, so the
// table is blocks of consecutive slots: a spawn fills the next slot of the
// last block and an exit empties one, where a Map of a hundred thousand
// processes rehashed as it grew and shrank and touched a random bucket at
// every spawn and exit (about a tenth of bench_spawn's time). Iteration is
// in pid order, as erlang:processes/0 lists them. The last block made stays
// while it is empty: a node answering calls one at a time (a process
// spawned, run and ended per erpc call) would otherwise drop and remake
// its 1024 slots at every call.

import type { Process } from './process.js';

const BITS = 10;
const SLOTS = 1 << BITS;
const MASK = SLOTS - 1;

interface Block {
  readonly slots: (Process | undefined)[];
  live: number;
}

export class ProcessTable {
  /** Block number -> block, made in increasing order; a block leaves when its last process does. */
  private readonly blocks = new Map<number, Block>();
  /** The block made last (highest numbers) and its number: kept while empty, until the next one is made. */
  private last: Block | null = null;
  private lastNo = -1;
  size = 0;

  get(id: number): Process | undefined {
    return this.blocks.get(id >> BITS)?.slots[id & MASK];
  }

  set(id: number, p: Process): void {
    let b = this.blocks.get(id >> BITS);
    if (b === undefined) {
      if (this.last !== null && this.last.live === 0) this.blocks.delete(this.lastNo);
      b = { slots: new Array<Process | undefined>(SLOTS).fill(undefined), live: 0 };
      this.blocks.set(id >> BITS, b);
      this.last = b;
      this.lastNo = id >> BITS;
    }
    if (b.slots[id & MASK] === undefined) {
      b.live++;
      this.size++;
    }
    b.slots[id & MASK] = p;
  }

  delete(id: number): boolean {
    const b = this.blocks.get(id >> BITS);
    if (b === undefined || b.slots[id & MASK] === undefined) return false;
    b.slots[id & MASK] = undefined;
    this.size--;
    if (--b.live === 0 && b !== this.last) this.blocks.delete(id >> BITS);
    return true;
  }

  *values(): IterableIterator<Process> {
    for (const b of this.blocks.values()) {
      for (const p of b.slots) if (p !== undefined) yield p;
    }
  }
}
