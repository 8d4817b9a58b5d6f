// Lines typed at the terminal, oldest first, for Up/Down and Ctrl-R. Like
// group.erl it skips empty lines and a line equal to the one before it.
// Going down past the newest entry gives an empty line; a step beyond either
// end is refused (the editor beeps).

export class History {
  readonly lines: string[] = [];
  /** Called for each new entry (the history file appends it). */
  onAdd: ((line: string) => void) | null = null;

  constructor(
    initial: readonly string[] = [],
    private readonly max = 1000,
  ) {
    this.lines.push(...initial.slice(-max));
  }

  add(line: string): void {
    if (line.trim().length === 0 || this.lines[this.lines.length - 1] === line) return;
    this.lines.push(line);
    if (this.lines.length > this.max) this.lines.shift();
    this.onAdd?.(line);
  }

  /** A browsing position: lines.length means "below the newest entry". */
  cursor(): HistoryCursor {
    return new HistoryCursor(this);
  }

  /** The newest entry at or before index `from` that contains `query`. */
  search(query: string, from: number): number | null {
    for (let i = Math.min(from, this.lines.length - 1); i >= 0; i--) if (this.lines[i]!.includes(query)) return i;
    return null;
  }
}

export class HistoryCursor {
  index: number;
  constructor(private readonly h: History) {
    this.index = h.lines.length;
  }

  up(): string | null {
    if (this.index <= 0) return null;
    return this.h.lines[--this.index]!;
  }

  down(): string | null {
    if (this.index >= this.h.lines.length) return null;
    this.index++;
    return this.index === this.h.lines.length ? '' : this.h.lines[this.index]!;
  }
}
