// Character classes of PCRE patterns: [...] with ranges, escapes, POSIX
// [:name:] sets and \Q..\E, read into code point ranges plus JS text for
// what only Unicode properties can say.

import { POSIX, type Ranges, complement, escapeClass } from './charsets.js';
import { type PatternCursor, ReCompileError } from './cursor.js';

export interface ParsedClass {
  ranges: Ranges;
  /** Class text to add as it is (\p{..} in unicode mode). */
  texts: string;
  negated: boolean;
}

/** Reads a class; the cursor is just after its `[`. */
export function parseClass(c: PatternCursor): ParsedClass {
  return new ClassReader(c).read();
}

class ClassReader {
  constructor(private readonly cur: PatternCursor) {}

  read(): ParsedClass {
    let negated = false;
    if (this.cur.peek() === 0x5e) {
      negated = true;
      this.cur.i++;
    }
    const rs: Ranges = [];
    const texts: string[] = [];
    let first = true;
    for (;;) {
      const c = this.cur.peek();
      if (c === undefined) throw new ReCompileError('missing terminating ] for character class', this.cur.i);
      if (c === 0x5d && !first) {
        this.cur.i++;
        break;
      }
      first = false;
      if (c === 0x5b && (this.cur.peek(1) === 0x3a || this.cur.peek(1) === 0x2e || this.cur.peek(1) === 0x3d) && this.posixAhead()) {
        const kind = this.cur.peek(1)!;
        const from = this.cur.i + 2;
        this.cur.i = from;
        let neg = false;
        if (this.cur.peek() === 0x5e) {
          neg = true;
          this.cur.i++;
        }
        const nameStart = this.cur.i;
        while (this.cur.peek() !== kind) this.cur.i++;
        const name = String.fromCharCode(...this.cur.p.slice(nameStart, this.cur.i));
        this.cur.i += 2;
        if (kind !== 0x3a) throw new ReCompileError('POSIX collating elements are not supported', from - 2);
        const set = POSIX[name];
        if (set === undefined) throw new ReCompileError('unknown POSIX class name', from);
        const u = this.cur.ucpSet(name);
        if (u !== null && !this.cur.f.unicode) rs.push(...(neg ? complement(this.cur.latin1Set(u), 0xff) : this.cur.latin1Set(u)));
        else if (u !== null && !neg) texts.push(u.text);
        else if (u !== null) throw new ReCompileError('negated POSIX classes with ucp are not supported by erlts', from);
        else rs.push(...(neg ? complement(set, this.cur.max) : set));
        continue;
      }
      const lo = this.classAtom();
      if (typeof lo === 'string') {
        texts.push(lo);
        continue;
      }
      if (typeof lo !== 'number') {
        rs.push(...lo);
        continue;
      }
      if (this.cur.peek() === 0x2d && this.cur.peek(1) !== 0x5d && this.cur.peek(1) !== undefined) {
        const save = this.cur.i;
        this.cur.i++;
        if (this.cur.peek() === 0x5b && this.cur.peek(1) === 0x3a && this.posixAhead()) {
          this.cur.i = save;
          rs.push([lo, lo]);
          continue;
        }
        const hi = this.classAtom();
        if (typeof hi !== 'number' || typeof hi === 'string') throw new ReCompileError('invalid range in character class', this.cur.i - 1);
        if (hi < lo) throw new ReCompileError('range out of order in character class', this.cur.i - 1);
        rs.push([lo, hi]);
        continue;
      }
      rs.push([lo, lo]);
    }
    return { ranges: rs, texts: texts.join(''), negated };
  }

  private posixAhead(): boolean {
    const kind = this.cur.peek(1);
    for (let j = this.cur.i + 2; j < this.cur.p.length; j++) {
      if (this.cur.p[j] === 0x5d) return this.cur.p[j - 1] === kind && j - 1 > this.cur.i + 1;
      if (this.cur.p[j] === 0x5c || this.cur.p[j] === 0x5b) return false;
    }
    return false;
  }

  /** One character of a class, the ranges of a class escape, or class text (Unicode properties). */
  private classAtom(): number | Ranges | string {
    const c = this.cur.p[this.cur.i++]!;
    if (c !== 0x5c) {
      if (c > this.cur.max) throw new ReCompileError('character value in \\x{} or \\o{} is too large', this.cur.i - 1);
      return c;
    }
    const e = this.cur.peek();
    if (e === undefined) throw new ReCompileError('\\ at end of pattern', this.cur.i);
    const ch = String.fromCharCode(e);
    const cls = escapeClass(ch, this.cur.max);
    if (cls !== undefined) {
      this.cur.i++;
      const u = this.cur.ucpSet(ch);
      if (u === null) return cls;
      if (!this.cur.f.unicode) return this.cur.latin1Set(u);
      if (!u.negated) return u.text;
      if (ch === 'D') return '\\P{Nd}';
      throw new ReCompileError(`\\${ch} inside a class with ucp is not supported by erlts`, this.cur.i - 1);
    }
    if (ch === 'Q') {
      this.cur.i++;
      const rs: Ranges = [];
      while (this.cur.i < this.cur.p.length && !this.cur.at('\\E')) {
        const x = this.cur.p[this.cur.i++]!;
        rs.push([x, x]);
      }
      if (this.cur.at('\\E')) this.cur.i += 2;
      return rs;
    }
    if (ch === 'E') {
      this.cur.i++;
      return [];
    }
    if (ch === 'p' || ch === 'P') {
      this.cur.i++;
      const t = this.cur.property(ch === 'P');
      return this.cur.f.unicode ? t : parseRangesText(t);
    }
    const v = this.cur.escapedChar(true);
    if (v !== null) return v;
    this.cur.i++;
    if (/[A-Za-z]/.test(ch) && 'LlUuNRXKCkg'.includes(ch)) throw new ReCompileError(`\\${ch} in a character class is not supported by erlts`, this.cur.i);
    return e;
  }
}

/** Ranges back from the text property() makes in byte mode. */
function parseRangesText(t: string): Ranges {
  const m = /^\[(\^?)(.*)\]$/.exec(t)!;
  const rs: Ranges = [];
  const re = /\\x([0-9a-f]{2})|([0-9A-Za-z])/g;
  const cps: number[] = [];
  let x: RegExpExecArray | null;
  while ((x = re.exec(m[2]!)) !== null) cps.push(x[1] !== undefined ? parseInt(x[1], 16) : x[2]!.charCodeAt(0));
  for (const c of cps) rs.push([c, c]);
  return m[1] === '^' ? complement(rs, 0xff) : rs;
}
