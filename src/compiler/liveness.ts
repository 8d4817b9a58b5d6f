// Which locals a suspended frame must keep. A frame saved at label K needs
// only the locals some path from K reads before writing; a body-recursive
// call like `[F(H) | map(F, T)]` then saves one value per level instead of
// every local of the function, and a million-deep recursion stores that much
// less on the heap.
//
// This works on the generated text, which is safe because that text holds no
// user input (names and literals are table indexes): identifiers are the
// builder's own a<N>/v<N>/t<N>/$f, labels are numbers, and statements are
// `;`-separated at brace depth 0.

export interface LivenessBlock {
  label: number;
  lines: readonly string[];
}

/**
 * label -> the subset of `tracked` live at the start of that block, in
 * `tracked` order. `handlerOf[label]` is the block's exception handler (-1).
 */
export function liveAtLabels(blocks: readonly LivenessBlock[], tracked: readonly string[], handlerOf: readonly number[]): Map<number, string[]> {
  const index = new Map(tracked.map((n, i) => [n, i]));
  const parsed = blocks.map((b) => ({ label: b.label, stmts: statements(b.lines).map((s) => analyse(s, index)) }));
  // Bit sets over `tracked`, and a worklist rather than passes over every
  // block until nothing changes: each back edge cost a whole pass, so
  // comprehensions nested a thousand deep (loops in loops) took a thousand
  // passes over thousands of blocks. A block is looked at again only when a
  // block it can go to has changed.
  const words = (tracked.length + 31) >>> 5;
  const slot = new Map<number, number>();
  parsed.forEach((b, k) => slot.set(b.label, k));
  const liveIn = parsed.map(() => new Uint32Array(words));
  const targetsOf = (label: number): Uint32Array | undefined => {
    const k = slot.get(label);
    return k === undefined ? undefined : liveIn[k];
  };
  const preds: number[][] = parsed.map(() => []);
  const addPred = (target: number, k: number) => {
    const t = slot.get(target);
    if (t === undefined) return;
    const list = preds[t]!;
    if (list[list.length - 1] !== k) list.push(k);
  };
  parsed.forEach((b, k) => {
    for (const s of b.stmts) for (const t of s.jumps) addPred(t, k);
    const h = handlerOf[b.label] ?? -1;
    if (h >= 0) addPred(h, k);
  });
  const work: number[] = [];
  const queued = new Uint8Array(parsed.length).fill(1);
  for (let k = 0; k < parsed.length; k++) work.push(k);
  const live = new Uint32Array(words);
  const or = (from: Uint32Array | undefined) => {
    if (from !== undefined) for (let w = 0; w < words; w++) live[w]! |= from[w]!;
  };
  while (work.length > 0) {
    const k = work.pop()!;
    queued[k] = 0;
    const b = parsed[k]!;
    live.fill(0);
    for (let i = b.stmts.length - 1; i >= 0; i--) {
      const s = b.stmts[i]!;
      for (const t of s.jumps) or(targetsOf(t));
      if (s.def >= 0) live[s.def >>> 5]! &= ~(1 << (s.def & 31));
      for (const u of s.uses) live[u >>> 5]! |= 1 << (u & 31);
    }
    const h = handlerOf[b.label] ?? -1;
    if (h >= 0) or(targetsOf(h));
    const old = liveIn[k]!;
    let same = true;
    for (let w = 0; w < words && same; w++) same = old[w] === live[w];
    if (same) continue;
    old.set(live);
    for (const pk of preds[k]!) {
      if (queued[pk] === 0) {
        queued[pk] = 1;
        work.push(pk);
      }
    }
  }
  const out = new Map<number, string[]>();
  parsed.forEach((b, k) => {
    const set = liveIn[k]!;
    out.set(
      b.label,
      tracked.filter((_, i) => (set[i >>> 5]! & (1 << (i & 31))) !== 0),
    );
  });
  return out;
}

interface Stmt {
  /** The local a top-level `x = ...` writes (after reading its right side), -1 none. */
  def: number;
  uses: number[];
  /** Labels control may go to from here (`pc = N`). */
  jumps: number[];
}

const IDENT = /(?<![\w$.])(?:[avt]\d+|\$f)(?![\w$])/g;
const JUMP = /\bpc = (\d+)/g;
const ASSIGN = /^((?:[avt]\d+|\$f)) = (?!=)/;

function analyse(stmt: string, index: Map<string, number>): Stmt {
  const jumps = [...stmt.matchAll(JUMP)].map((m) => Number(m[1]));
  const a = ASSIGN.exec(stmt);
  const def = a === null ? -1 : (index.get(a[1]!) ?? -1);
  const rest = a === null ? stmt : stmt.slice(a[0].length);
  const uses: number[] = [];
  const selfWrite = a !== null && writesBeforeReading(rest, a[1]!);
  for (const m of rest.matchAll(IDENT)) {
    const i = index.get(m[0]);
    if (i !== undefined && !(selfWrite && i === def)) uses.push(i);
  }
  return { def, uses, jumps };
}

/**
 * An arithmetic fast path, `t = (typeof l === 'number' && ... (t = l + r)
 * ... t ...) ? t : rt.add(l, r)` (codegen.ts opExpr): t is written inside
 * before any read of it, and the other branch does not read it, so the
 * statement does not read t's old value.
 */
function writesBeforeReading(rest: string, local: string): boolean {
  if (!rest.startsWith('(typeof ')) return false;
  const at = rest.search(new RegExp(`(?<![\\w$.])${local.replace('$', '\\$')}(?![\\w$])`));
  return at > 0 && rest[at - 1] === '(' && rest.startsWith(' = ', at + local.length) && rest[at + local.length + 3] !== '=';
}

/** Splits lines into top-level statements; comments are dropped. */
function statements(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const text = line.replace(/\/\*.*?\*\//g, '');
    let depth = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') depth--;
      else if (c === ';' && depth === 0) {
        push(out, text.slice(start, i));
        start = i + 1;
      }
    }
    push(out, text.slice(start));
  }
  return out;
}

function push(out: string[], s: string): void {
  const t = s.trim();
  if (t !== '') out.push(t);
}
