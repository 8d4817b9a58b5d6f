// Runs cases a few at a time. Cases that start fixed node names
// (goldserver@localhost...) run alone: two at once would fight over the
// names in epmd, and the timing-dependent ones need a quiet machine.

export class CaseScheduler {
  private running = 0;
  private exclusiveRunning = false;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly parallelism: number) {}

  /** Runs `task` when a slot is free; `alone` waits for an empty machine and keeps it empty. */
  async run<T>(alone: boolean, task: () => Promise<T>): Promise<T> {
    while (!this.canStart(alone)) await new Promise<void>((wake) => this.waiting.push(wake));
    this.running++;
    if (alone) this.exclusiveRunning = true;
    try {
      return await task();
    } finally {
      this.running--;
      if (alone) this.exclusiveRunning = false;
      for (const wake of this.waiting.splice(0)) wake();
    }
  }

  private canStart(alone: boolean): boolean {
    if (this.exclusiveRunning) return false;
    return alone ? this.running === 0 : this.running < this.parallelism;
  }
}
