// Character sets of erl's PCRE as code point ranges. erl builds PCRE with
// Latin-1 character tables, so \w, [:alpha:] and friends take in the Latin-1
// letters in both byte and unicode mode, while \s stays ASCII (no ucp).

export type Ranges = Array<[number, number]>;

const LATIN_LETTERS: Ranges = [
  [170, 170],
  [181, 181],
  [186, 186],
  [192, 214],
  [216, 246],
  [248, 255],
];
const LOWER: Ranges = [
  [97, 122],
  [170, 170],
  [181, 181],
  [186, 186],
  [223, 246],
  [248, 255],
];

export const POSIX: Record<string, Ranges> = {
  alpha: [[65, 90], [97, 122], ...LATIN_LETTERS],
  digit: [[48, 57]],
  alnum: [[48, 57], [65, 90], [97, 122], ...LATIN_LETTERS],
  upper: [
    [65, 90],
    [192, 214],
    [216, 222],
  ],
  lower: LOWER,
  space: [
    [9, 13],
    [32, 32],
  ],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126],
    [160, 169],
    [171, 180],
    [182, 185],
    [187, 191],
    [215, 215],
    [247, 247],
  ],
  print: [
    [32, 126],
    [160, 255],
  ],
  graph: [
    [33, 126],
    [160, 255],
  ],
  cntrl: [
    [0, 31],
    [127, 159],
  ],
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102],
  ],
  word: [[48, 57], [65, 90], [95, 95], [97, 122], ...LATIN_LETTERS],
  blank: [
    [9, 9],
    [32, 32],
  ],
  ascii: [[0, 255]],
};

export const HSPACE: Ranges = [
  [9, 9],
  [32, 32],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];
export const VSPACE: Ranges = [
  [10, 13],
  [0x85, 0x85],
  [0x2028, 0x2029],
];

/** The ranges of a backslash class letter (d, D, w, W, s, S, h, H, v, V), or undefined. */
export function escapeClass(c: string, max: number): Ranges | undefined {
  const base: Record<string, Ranges> = { d: POSIX.digit!, w: POSIX.word!, s: POSIX.space!, h: HSPACE, v: VSPACE };
  const r = base[c.toLowerCase()];
  if (r === undefined) return undefined;
  return c === c.toLowerCase() ? r : complement(r, max);
}

export function complement(rs: Ranges, max: number): Ranges {
  const sorted = [...rs].sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  let next = 0;
  for (const [lo, hi] of sorted) {
    if (lo > next) out.push([next, Math.min(lo - 1, max)]);
    next = Math.max(next, hi + 1);
  }
  if (next <= max) out.push([next, max]);
  return out.filter(([lo, hi]) => lo <= hi && lo <= max);
}

/** A code point as JS regex text, safe in and out of classes, with or without the u flag. */
export function lit(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCharCode(cp);
  if (cp <= 0xff) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\u{' + cp.toString(16) + '}';
}

export function rangesText(rs: Ranges): string {
  return rs.map(([lo, hi]) => (lo === hi ? lit(lo) : lit(lo) + '-' + lit(hi))).join('');
}

/** The other-case forms of the characters in rs, for caseless parts of a case-sensitive regex. */
export function caseVariants(rs: Ranges, unicode: boolean): Ranges {
  const out: Ranges = [];
  for (const [lo, hi] of rs) {
    if (hi - lo > 2000) continue;
    for (let c = lo; c <= hi; c++) {
      if (!unicode && c > 255) break;
      const s = String.fromCodePoint(c);
      for (const v of [s.toLowerCase(), s.toUpperCase()]) {
        const cp = v.codePointAt(0)!;
        if ([...v].length === 1 && cp !== c && (unicode || cp <= 255)) out.push([cp, cp]);
      }
    }
  }
  return out;
}
