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
  const liveIn = new Map<number, Set<number>>();
  for (const b of blocks) liveIn.set(b.label, new Set());
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = parsed.length - 1; k >= 0; k--) {
      const b = parsed[k]!;
      const live = new Set<number>();
      for (let i = b.stmts.length - 1; i >= 0; i--) {
        const s = b.stmts[i]!;
        for (const t of s.jumps) for (const v of liveIn.get(t) ?? []) live.add(v);
        if (s.def >= 0) live.delete(s.def);
        for (const u of s.uses) live.add(u);
      }
      const h = handlerOf[b.label] ?? -1;
      if (h >= 0) for (const v of liveIn.get(h) ?? []) live.add(v);
      const old = liveIn.get(b.label)!;
      if (live.size !== old.size || [...live].some((v) => !old.has(v))) {
        liveIn.set(b.label, live);
        changed = true;
      }
    }
  }
  const out = new Map<number, string[]>();
  for (const [label, set] of liveIn)
    out.set(
      label,
      tracked.filter((_, i) => set.has(i)),
    );
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
