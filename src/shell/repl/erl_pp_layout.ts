// erl_pp's layout engine (its f/5 and helpers), which the shell's h() uses
// to print commands: an expression becomes a tree of layout items, and
// each part goes on one line when it fits in 72 columns, else its items
// go on lines of their own, clause bodies indented by 4.
//
// Items, as erl_pp's (see its "What the tags mean"):
//   - a string: a leaf (no newline); "atomic" when packing lines;
//   - an array: items one after the other;
//   - list: all on one line if they fit, else one per line;
//   - first: `item` follows `e`, indented by e's width;
//   - seq: `before`, the items separated by `sep`, then `after`;
//   - prefer_nl: always one per line (clauses, bodies);
//   - reserved: a keyword-like item that is not atomic;
//   - step / cstep in item lists: the second part on the next line,
//     indented by 4 (cstep: on the same line when the first part is
//     narrower than 4, for `A = <expression over several lines>`).

export type Item =
  | string
  | Item[]
  | { k: 'list'; items: CItem[] }
  | { k: 'first'; e: Item; item: CItem }
  | { k: 'seq'; before: Item; after: Item; sep: Sep; items: CItem[] }
  | { k: 'prefer_nl'; sep: Sep; items: CItem[] }
  | { k: 'reserved'; w: Item };

export type CItem = Item | { k: 'step'; a: Item; b: Item } | { k: 'cstep'; a: Item; b: Item };

/** A separator; `spaced`: items on one line get a space between them (erl_pp: Sep is a non-empty list). */
export interface Sep {
  sep: Item;
  last: Item;
  spaced: boolean;
}

type Size = number | { line: number };
type CS = [string, Size];

const WIDTH = 72;
const INDENT = 4;

export const sep = (s: Item, spaced = true, last: Item = s): Sep => ({ sep: s, last, spaced });
export const list = (...items: CItem[]): Item => ({ k: 'list', items });
export const first = (e: Item, item: CItem): Item => ({ k: 'first', e, item });
export const seq = (before: Item, after: Item, s: Sep, items: CItem[]): Item => ({ k: 'seq', before, after, sep: s, items });
export const preferNl = (s: Sep, items: CItem[]): Item => ({ k: 'prefer_nl', sep: s, items });
export const reserved = (w: Item): Item => ({ k: 'reserved', w });
export const step = (a: Item, b: Item): CItem => ({ k: 'step', a, b });
export const cstep = (a: Item, b: Item): CItem => ({ k: 'cstep', a, b });
/** A leaf that does not count as atomic when lines are packed (erl_pp's chars, strings, {char, C}). */
export const complexLeaf = (s: string): Item => [s];

/** The text of `item` starting at column `indent` (0-based). */
export function layout(item: Item, indent: number): string {
  return f(item, indent)[0];
}

const NO_SEP: Sep = { sep: '', last: '', spaced: true };

function f(item: Item, i0: number): CS {
  if (typeof item === 'string') return [item, item.length];
  if (Array.isArray(item)) return item.length === 0 ? ['', 0] : consecutive(item.slice(1), f(item[0]!, i0), i0);
  switch (item.k) {
    case 'list':
      return seqLayout('', '', NO_SEP, item.items, i0);
    case 'first':
      return seqLayout(item.e, '', NO_SEP, [item.item], i0);
    case 'seq':
      return seqLayout(item.before, item.after, item.sep, item.items, i0);
    case 'prefer_nl':
      return preferNlLayout(item.sep, item.items, i0);
    case 'reserved':
      return f(item.w, i0);
  }
}

function consecutive(items: Item[], cs1: CS, i0: number): CS {
  const all: CS[] = [cs1];
  let len = indentAfter(cs1, i0);
  for (const it of items) {
    const cs = f(it, len);
    all.push(cs);
    len = indentAfter(cs, len);
  }
  const nz = all.filter(nonzero);
  return [nz.map((c) => c[0]).join(''), lineSize(nz.map((c) => c[1]))];
}

function seqLayout(before: Item, after: Item, s: Sep, items: CItem[], i0: number): CS {
  const bcs = f(before, i0);
  const i = indentAfter(bcs, i0);
  const pairs = fl(items, s, i, after);
  const flat = pairs.flat().filter(nonzero);
  const charsL = flat.map((c) => c[0]);
  const bChars = nonzero(bcs) ? bcs[0] : '';
  const sizes = [...(nonzero(bcs) ? [bcs[1]] : []), ...flat.map((c) => c[1])];
  const nSep = s.spaced ? Math.max(0, charsL.length - 1) : 0;
  const same = sameLine(i0, sizes, nSep);
  if (same !== null) return [bChars + (nSep > 0 ? charsL.join(' ') : charsL.join('')), same];
  const [lChars, lSize] = maybeNewlines(handleStep(pairs, i), items, i, nSep);
  return [bChars + lChars, nsz(lSize, i0)];
}

function preferNlLayout(s: Sep, items: CItem[], i0: number): CS {
  const pairs = fl(items, s, i0, '');
  const sizes = pairs
    .flat()
    .filter(nonzero)
    .map((c) => c[1]);
  if (sizes.length === 0) return ['', 0];
  const charsL = handleStep(pairs, i0)
    .filter(nonzero)
    .map((c) => c[0]);
  return [insertNl(charsL, i0), nsz(sizes[sizes.length - 1]!, i0)];
}

/** Each item followed by its separator (the last by `after`), as [first part, stepped part] pairs. */
function fl(items: CItem[], s: Sep, i0: number, after: Item): [CS, CS][] {
  if (items.length === 0) return [[f(after, i0), ['', 0]]];
  const one = (c: CItem, sepItem: Item): [CS, CS] => {
    if (typeof c === 'object' && !Array.isArray(c) && (c.k === 'step' || c.k === 'cstep')) {
      const cs1 = f(c.a, i0);
      if (c.k === 'cstep' && typeof cs1[1] === 'number' && cs1[1] < INDENT) return [consecutive([' ', c.b, sepItem], cs1, i0), ['', 0]];
      return [cs1, f([c.b, sepItem], incr(i0, INDENT))];
    }
    return [f([c as Item, sepItem], i0), ['', 0]];
  };
  return items.map((c, k) => one(c, k === items.length - 1 ? after : k === items.length - 2 ? s.last : s.sep));
}

function handleStep(pairs: [CS, CS][], i: number): CS[] {
  return pairs.map(([c1, c2]) => {
    if (c2[1] === 0) return c1[1] === 0 ? ['', 0] : c1;
    return [insertNl([c1[0], c2[0]], i + INDENT), lineSize([c1[1], c2[1]])];
  });
}

function maybeNewlines(csList: CS[], items: CItem[], i: number, nSep: number): CS {
  if (csList.length === 1 && items.length === 0) return csList[0]!;
  const nl = nlIndent(i);
  const [c0, s0] = csList[0]!;
  let col = isAtomic(items[0]) && typeof s0 === 'number' ? i + s0 : WIDTH + 1;
  let size: Size = s0;
  const out = [c0];
  for (let k = 1; k < csList.length && k < items.length; k++) {
    const [c, s] = csList[k]!;
    if (isAtomic(items[k]) && typeof s === 'number') {
      const s1 = s + 1;
      if (col + s1 <= WIDTH) {
        out.push(nSep > 0 ? ' ' : '', c);
        col += s1;
        size = typeof size === 'number' ? size + s1 : size;
      } else {
        out.push(nl, c);
        col = i + s;
        size = s1;
      }
    } else {
      out.push(nl, c);
      col = WIDTH + 1;
      size = 0;
    }
  }
  return [out.join(''), size];
}

/** erl_pp's classify_item: leaves and words pack on a line; everything else gets one of its own. */
function isAtomic(c: CItem | undefined): boolean {
  return typeof c === 'string';
}

function sameLine(i0: number, sizes: Size[], nSep: number): number | null {
  let size = nSep;
  for (const s of sizes) {
    if (typeof s !== 'number') return null;
    size += s;
  }
  return incr(i0, size) <= WIDTH ? size : null;
}

function lineSize(sizes: Size[]): Size {
  let size = 0;
  let line = false;
  for (const s of sizes) {
    if (typeof s === 'number') size += s;
    else {
      size = s.line;
      line = true;
    }
  }
  return line ? { line: size } : size;
}

function nsz(size: Size, i: number): Size {
  return typeof size === 'number' ? { line: size + i } : size;
}

function indentAfter(cs: CS, i: number): number {
  return typeof cs[1] === 'number' ? incr(i, cs[1]) : cs[1].line;
}

function incr(i: number, n: number): number {
  return i < 0 ? i : i + n;
}

function nonzero(cs: CS): boolean {
  return cs[1] !== 0;
}

function insertNl(charsL: string[], i: number): string {
  return charsL.join(nlIndent(i));
}

function nlIndent(i: number): string {
  return '\n' + ' '.repeat(Math.max(0, i));
}
