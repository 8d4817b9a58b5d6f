// PCRE (as erl's re module compiles it) to JavaScript RegExp source. Both
// engines backtrack the same way, so a pattern keeps its meaning when every
// construct is spelled out in JS terms: `.`, `^`, `$`, \w, \s, \b are
// rewritten to PCRE's definitions (newline conventions, Latin-1 tables),
// atomic groups and possessive quantifiers become (?=(X))\N, and capture
// groups are numbered in a last pass so that helper groups do not shift
// them. What JS cannot express is a compile error rather than a different
// meaning. Error texts and positions are PCRE's for the usual mistakes.

import { POSIX, type Ranges, caseVariants, escapeClass, lit, rangesText } from './charsets.js';
import { parseClass } from './class.js';
import { type Newline, PatternCursor, ReCompileError, type ReFlags, isDigit, isWordChar } from './cursor.js';

export { ReCompileError, type Newline, type ReFlags };

export interface Translated {
  source: string;
  /** JS flags besides the matching mode (y/g) and d. */
  flags: string;
  numSubs: number;
  /** JS group index of each PCRE group (index 0: the whole match). */
  groupIndex: number[][];
  /** JS groups that mark where a \K was passed: the match starts there. */
  keepOut: number[];
  /** name to PCRE group numbers, in the order of the names. */
  names: Map<string, number[]>;
  /** The longest match, in characters (Infinity when unbounded). */
  maxLength: number;
  /** \G at the start: the match is anchored. */
  anchored: boolean;
}

interface Piece {
  t: string;
  min: number;
  max: number;
  /**
   * A \w or \W in unicode mode: PCRE matches the mandatory repetitions of a
   * quantified one by ASCII alone, and the optional ones by its Latin-1 table.
   */
  mandatory?: string;
}

interface Local {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
}

const ANY = '[\\s\\S]';

export function translate(pattern: number[], f: ReFlags): Translated {
  // A first pass in the JS 'i' mode; a pattern that switches caselessness
  // part-way is done again with its caseless parts spelled out.
  for (const jsCaseless of [f.caseless, !f.caseless]) {
    try {
      return new Translator(pattern, { ...f }, jsCaseless).run();
    } catch (e) {
      if (e !== MIXED_CASE) throw e;
    }
  }
  return new Translator(pattern, { ...f }, null).run();
}

const MIXED_CASE = Symbol('mixed case');

class Translator extends PatternCursor {
  private groups = 0;
  private helpers = 0;
  private readonly names = new Map<string, number[]>();
  private readonly refs: Array<{ n: number | string; pos: number }> = [];
  private anchored = false;
  private readonly keepOutHelpers: number[] = [];
  private readonly totalGroups: number;

  constructor(
    p: number[],
    f: ReFlags,
    /** The JS 'i' flag, or null when caselessness is spelled out. */
    private readonly jsCaseless: boolean | null,
  ) {
    super(p, f);
    this.totalGroups = countGroups(p);
  }

  run(): Translated {
    const start: Local = { i: this.f.caseless, m: this.f.multiline, s: this.f.dotall, x: this.f.extended, U: this.f.ungreedy };
    this.startVerbs();
    const body = this.alternation(start, 0);
    if (this.f.firstline) body.t = `(?<!${this.nl().seq}[\\s\\S]*)(?:${body.t})`;
    if (this.i < this.p.length) throw new ReCompileError('unmatched parentheses', this.i);
    for (const r of this.refs) {
      if (typeof r.n === 'number' ? r.n > this.groups || r.n <= 0 : !this.names.has(r.n))
        throw new ReCompileError('reference to non-existent subpattern', r.pos);
    }
    // Number the groups in the order their parentheses open.
    const groupIndex: number[][] = [[0]];
    const helperIndex: number[] = [];
    let js = 0;
    let source = body.t.replace(/\(\x01([ch])(\d+)\x02/g, (_m, kind: string, n: string) => {
      js++;
      if (kind === 'c') (groupIndex[Number(n)] ??= []).push(js);
      else helperIndex[Number(n)] = js;
      return '(';
    });
    source = source.replace(/\x01([rRH])([^\x02]*)\x02/g, (_m, kind: string, n: string) => {
      if (kind === 'H') return '\\' + helperIndex[Number(n)];
      const nums = kind === 'r' ? [Number(n)] : this.names.get(n)!;
      const js = nums.flatMap((k) => groupIndex[k]!);
      // JS would let an unset one of several groups match the empty string.
      if (js.length > 1) throw new ReCompileError('back references to duplicate groups are not supported by erlts', this.p.length);
      return `(?:\\${js[0]})`;
    });
    const sorted = new Map([...this.names.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
    return {
      source,
      flags: (this.jsCaseless === true ? 'i' : '') + (this.f.unicode ? 'u' : ''),
      numSubs: this.groups,
      groupIndex,
      maxLength: body.max,
      keepOut: this.keepOutHelpers.map((h) => helperIndex[h]!),
      names: sorted,
      anchored: this.anchored,
    };
  }

  /** Leading (*CR)-style newline settings. */
  private startVerbs(): void {
    const verbs: Record<string, Newline | 'ucp'> = {
      '(*CR)': 'cr',
      '(*LF)': 'lf',
      '(*CRLF)': 'crlf',
      '(*ANYCRLF)': 'anycrlf',
      '(*ANY)': 'any',
      '(*UCP)': 'ucp',
    };
    for (let again = true; again; ) {
      again = false;
      for (const [v, what] of Object.entries(verbs)) {
        if (this.at(v)) {
          this.i += v.length;
          if (what === 'ucp') this.f.ucp = true;
          else this.f.newline = what;
          again = true;
        }
      }
    }
  }

  /** Alternatives; in a (?| group each one numbers its groups from resetBase on. */
  private alternation(l: Local, depth: number, resetBase?: number): Piece & { alts: Piece[] } {
    const alts: Piece[] = [this.sequence(l, depth)];
    let most = this.groups;
    while (this.peek() === 0x7c) {
      this.i++;
      if (resetBase !== undefined) this.groups = resetBase;
      alts.push(this.sequence(l, depth));
      most = Math.max(most, this.groups);
    }
    if (resetBase !== undefined) this.groups = most;
    return {
      t: alts.map((a) => a.t).join('|'),
      min: Math.min(...alts.map((a) => a.min)),
      max: Math.max(...alts.map((a) => a.max)),
      alts,
    };
  }

  private sequence(l: Local, depth: number): Piece {
    let t = '';
    let min = 0;
    let max = 0;
    for (;;) {
      this.skipExtended(l);
      const c = this.peek();
      if (c === undefined || c === 0x7c) break;
      if (c === 0x29) {
        if (depth === 0) throw new ReCompileError('unmatched parentheses', this.i);
        break;
      }
      if (c === 0x2a || c === 0x2b || c === 0x3f) throw new ReCompileError('nothing to repeat', this.i);
      if (c === 0x7b && this.quantifierAhead()) throw new ReCompileError('nothing to repeat', this.i + this.quantifierAhead()!.length - 1);
      const atom = this.atom(l, depth);
      if (atom === null) continue;
      const q = this.quantified(atom, l);
      t += q.t;
      min += q.min;
      max += q.max;
    }
    return { t, min, max };
  }

  private skipExtended(l: Local): void {
    for (;;) {
      if (this.at('(?#')) {
        while (this.i < this.p.length && this.peek() !== 0x29) this.i++;
        if (this.i >= this.p.length) throw new ReCompileError('missing ) after comment', this.i);
        this.i++;
        continue;
      }
      if (!l.x) return;
      const c = this.peek();
      if (c === 0x20 || (c !== undefined && c >= 9 && c <= 13)) this.i++;
      else if (c === 0x23) {
        while (this.i < this.p.length && this.peek() !== 10) this.i++;
      } else return;
    }
  }

  /** The text of a {n,m} quantifier here, or null. */
  private quantifierAhead(): string | null {
    const m = /^\{\d+(,\d*)?\}/.exec(String.fromCharCode(...this.p.slice(this.i, this.i + 24)));
    return m === null ? null : m[0];
  }

  private quantified(atom: Piece & { quantifiable?: boolean }, l: Local): Piece {
    this.skipExtended(l);
    const c = this.peek();
    let lo: number;
    let hi: number;
    if (c === 0x2a) [lo, hi] = [0, Infinity];
    else if (c === 0x2b) [lo, hi] = [1, Infinity];
    else if (c === 0x3f) [lo, hi] = [0, 1];
    else if (c === 0x7b && this.quantifierAhead()) {
      const text = String.fromCharCode(...this.p.slice(this.i, this.i + 24));
      const m = /^\{(\d+)(,(\d*))?\}/.exec(text)!;
      lo = Number(m[1]);
      hi = m[2] === undefined ? lo : m[3] === '' ? Infinity : Number(m[3]);
      if (lo > 65535 || (hi !== Infinity && hi > 65535)) throw new ReCompileError('number too big in {} quantifier', this.i + m[0].length - 1);
      if (hi < lo) throw new ReCompileError('numbers out of order in {} quantifier', this.i + m[0].length - 1);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (atom.quantifiable === false) throw new ReCompileError('nothing to repeat', this.i - 1);
    let lazy = false;
    let possessive = false;
    if (this.peek() === 0x3f) {
      lazy = true;
      this.i++;
    } else if (this.peek() === 0x2b) {
      possessive = true;
      this.i++;
    }
    if (l.U && !possessive) lazy = !lazy;
    const q = lo === 0 && hi === Infinity ? '*' : lo === 1 && hi === Infinity ? '+' : lo === 0 && hi === 1 ? '?' : `{${lo},${hi === Infinity ? '' : hi}}`;
    let body = `(?:${atom.t})${q}${lazy ? '?' : ''}`;
    // PCRE compiles {1,n} as the item itself then up to n-1 more: no mandatory repeat.
    if (atom.mandatory !== undefined && (lo >= 2 || (lo === 1 && hi === Infinity))) {
      const rest = hi === Infinity ? '*' : hi - lo === 0 ? '{0}' : `{0,${hi - lo}}`;
      body = `(?:${atom.mandatory}){${lo}}(?:${atom.t})${rest}${lazy ? '?' : ''}`;
    }
    const piece = { min: atom.min * lo, max: hi === 0 ? 0 : atom.max * hi };
    if (possessive) return { t: this.atomic(body), ...piece };
    return { t: body, ...piece };
  }

  private atomic(body: string): string {
    const h = this.helpers++;
    return `(?:(?=(\x01h${h}\x02${body}))\x01H${h}\x02)`;
  }

  private charText(cp: number, l: Local, pos: number): string {
    if (cp > this.max) throw new ReCompileError('character value in \\x{} or \\o{} is too large', pos);
    if (this.jsCaseless === null) {
      if (!l.i) return lit(cp);
      const v = caseVariants([[cp, cp]], this.f.unicode);
      return v.length === 0 ? lit(cp) : `[${rangesText([[cp, cp], ...v])}]`;
    }
    if (l.i !== this.jsCaseless) throw MIXED_CASE;
    return lit(cp);
  }

  private classText(rs: Ranges, negated: boolean, l: Local, extra = ''): string {
    let all = rs;
    if (this.jsCaseless === null) {
      if (l.i) all = [...rs, ...caseVariants(rs, this.f.unicode)];
    } else if (l.i !== this.jsCaseless) throw MIXED_CASE;
    if (all.length === 0 && extra === '') return negated ? ANY : '(?!)';
    return `[${negated ? '^' : ''}${rangesText(all)}${extra}]`;
  }

  private nl(): { seq: string; behind: string } {
    switch (this.f.newline) {
      case 'cr':
        return { seq: '\\r', behind: '\\r' };
      case 'crlf':
        return { seq: '\\r\\n', behind: '\\r\\n' };
      case 'anycrlf':
        return { seq: '(?:\\r\\n|\\r|\\n)', behind: '(?:\\n|\\r(?!\\n))' };
      case 'any': {
        const one = this.f.unicode ? '[\\n\\x0b\\x0c\\r\\x85\\u2028\\u2029]' : '[\\n\\x0b\\x0c\\r\\x85]';
        return { seq: `(?:\\r\\n|${one})`, behind: `(?:\\n|(?!\\r\\n)${one})` };
      }
      default:
        return { seq: '\\n', behind: '\\n' };
    }
  }

  private dot(l: Local): string {
    if (l.s) return ANY;
    switch (this.f.newline) {
      case 'cr':
        return '[^\\r]';
      case 'crlf':
        return '(?:(?!\\r\\n)[\\s\\S])';
      case 'anycrlf':
        return '[^\\r\\n]';
      case 'any':
        return this.f.unicode ? '[^\\n\\x0b\\x0c\\r\\x85\\u2028\\u2029]' : '[^\\n\\x0b\\x0c\\r\\x85]';
      default:
        return '[^\\n]';
    }
  }

  private wordBoundary(negated: boolean): string {
    const u = this.ucpSet('w');
    const w = u === null ? `[${rangesText(POSIX.word!)}]` : this.f.unicode ? `[${u.text}]` : `[${rangesText(this.latin1Set(u))}]`;
    return negated ? `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))` : `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
  }

  private atom(l: Local, depth: number): (Piece & { quantifiable?: boolean }) | null {
    const start = this.i;
    const c = this.p[this.i++]!;
    const one = (t: string) => ({ t, min: 1, max: 1 });
    const zero = (t: string) => ({ t, min: 0, max: 0, quantifiable: false });
    switch (c) {
      case 0x2e:
        return one(this.dot(l));
      case 0x5e: {
        if (!l.m) return zero(this.f.notbol ? '(?!)' : '(?<![\\s\\S])');
        const nl = this.nl();
        return zero(`(?:${this.f.notbol ? '(?!)' : '(?<![\\s\\S])'}|(?<=${nl.behind})(?=[\\s\\S]))`);
      }
      case 0x24: {
        const nl = this.nl();
        if (l.m) return zero(this.f.noteol ? `(?=${nl.seq})` : `(?=${nl.seq}|(?![\\s\\S]))`);
        if (this.f.noteol) return zero('(?!)');
        return zero(this.f.dollarEndonly ? '(?![\\s\\S])' : `(?=${nl.seq}?(?![\\s\\S]))`);
      }
      case 0x5b: {
        const c = parseClass(this);
        return one(this.classText(c.ranges, c.negated, l, c.texts));
      }
      case 0x28:
        return this.group(l, depth);
      case 0x5c:
        return this.escape(l, start);
      default:
        return one(this.charText(c, l, start));
    }
  }

  private group(outer: Local, depth: number): (Piece & { quantifiable?: boolean }) | null {
    const l: Local = { ...outer };
    let open = '(?:';
    let kind: 'plain' | 'ahead' | 'behind' | 'atomic' = 'plain';
    let resetBase: number | undefined;
    let name: string | null = null;
    if (this.peek() === 0x2a) {
      if (this.peek(1) !== undefined && this.peek(1)! >= 0x41 && this.peek(1)! <= 0x5a)
        throw new ReCompileError('(*VERB) not recognized or malformed', this.i + 1);
      throw new ReCompileError('nothing to repeat', this.i);
    }
    if (this.peek() !== 0x3f) {
      if (!this.f.noAutoCapture) open = this.capture(null);
    } else {
      this.i++;
      const c = this.peek();
      if (this.at('<=') || this.at('<!')) {
        open = this.at('<=') ? '(?<=' : '(?<!';
        kind = 'behind';
        this.i += 2;
      } else if (c === 0x3d || c === 0x21) {
        open = c === 0x3d ? '(?=' : '(?!';
        kind = 'ahead';
        this.i++;
      } else if (c === 0x3a) this.i++;
      else if (c === 0x3e) {
        kind = 'atomic';
        this.i++;
      } else if (c === 0x7c) {
        this.i++;
        resetBase = this.groups;
      } else if (c === 0x3c || c === 0x27 || this.at('P<')) {
        if (c === 0x50) this.i++;
        const close = this.peek() === 0x27 ? 0x27 : 0x3e;
        this.i++;
        if (close === 0x3e && c === 0x3c && !isWordChar(this.peek())) throw new ReCompileError('unrecognized character after (?<', this.i);
        name = this.groupName(close);
        open = this.capture(name);
      } else if (this.at('P=')) {
        this.i += 2;
        const n = this.groupName(0x29, true);
        this.refs.push({ n, pos: this.i });
        return { t: `\x01R${n}\x02`, min: 0, max: Infinity };
      } else if (c === 0x23) {
        // (?#...) was skipped before; unreachable
        return null;
      } else if (c !== undefined && /[imsxUXJ-]/.test(String.fromCharCode(c))) {
        let on = true;
        while (this.peek() !== undefined && /[imsxUXJ-]/.test(String.fromCharCode(this.peek()!))) {
          const o = String.fromCharCode(this.p[this.i++]!);
          if (o === '-') on = false;
          else if (o === 'i') l.i = on;
          else if (o === 'm') l.m = on;
          else if (o === 's') l.s = on;
          else if (o === 'x') l.x = on;
          else if (o === 'U') l.U = on;
        }
        if (this.peek() === 0x29) {
          this.i++;
          // The setting holds to the end of the enclosing group.
          Object.assign(outer, l);
          return null;
        }
        if (this.peek() !== 0x3a) throw new ReCompileError('unrecognized character after (? or (?-', this.i);
        this.i++;
      } else if (c === 0x52 || isDigit(c) || c === 0x26 || this.at('P>') || c === 0x2b) {
        throw new ReCompileError('recursion and subroutine calls are not supported by erlts', this.i);
      } else if (c === 0x28) {
        return this.conditional(l, depth);
      } else if (c === 0x43) {
        throw new ReCompileError('callouts are not supported by erlts', this.i);
      } else throw new ReCompileError('unrecognized character after (? or (?-', this.i);
    }
    const body = this.alternation(l, depth + 1, resetBase);
    if (this.peek() !== 0x29) throw new ReCompileError('missing )', this.i);
    if (kind === 'behind' && body.alts.some((a) => a.min !== a.max)) throw new ReCompileError('lookbehind assertion is not fixed length', this.i);
    this.i++;
    if (kind === 'atomic') return { t: this.atomic(body.t), min: body.min, max: body.max };
    if (kind === 'ahead' || kind === 'behind') return { t: `${open}${body.t})`, min: 0, max: 0 };
    return { t: `${open}${body.t})`, min: body.min, max: body.max };
  }

  /** (?(?=c)yes|no): JS says it as (?:(?=c)yes|(?!c)no). Group conditions it cannot say. */
  private conditional(l: Local, depth: number): Piece {
    const look = ['(?=', '(?!', '(?<=', '(?<!'].find((x) => this.at(x));
    if (look === undefined) throw new ReCompileError('conditions on groups are not supported by erlts', this.i + 1);
    this.i++;
    const cond = this.group(l, depth)!;
    const opposite = { '(?=': '(?!', '(?!': '(?=', '(?<=': '(?<!', '(?<!': '(?<=' }[look]!;
    const negated = opposite + cond.t.slice(look.length);
    const body = this.alternation({ ...l }, depth + 1);
    if (this.peek() !== 0x29) throw new ReCompileError('missing )', this.i);
    if (body.alts.length > 2) throw new ReCompileError('conditional group contains more than two branches', this.i);
    this.i++;
    const no = body.alts[1];
    return {
      t: `(?:${cond.t}${body.alts[0]!.t}|${negated}${no?.t ?? ''})`,
      min: Math.min(body.alts[0]!.min, no?.min ?? 0),
      max: Math.max(body.alts[0]!.max, no?.max ?? 0),
    };
  }

  private capture(name: string | null): string {
    const n = ++this.groups;
    if (name !== null) {
      const have = this.names.get(name);
      if (have?.includes(n)) return `(\x01c${n}\x02`;
      if (have !== undefined && !this.f.dupnames) throw new ReCompileError('two named subpatterns have the same name', this.i - 1);
      this.names.set(name, [...(have ?? []), n]);
    }
    return `(\x01c${n}\x02`;
  }

  /** A group name up to its closing character, which is consumed. */
  private groupName(close: number, isRef = false): string {
    const from = this.i;
    if (isDigit(this.peek())) throw new ReCompileError('group name must start with a non-digit', this.i);
    while (isWordChar(this.peek())) this.i++;
    if (this.peek() !== close || this.i === from) {
      throw new ReCompileError(isRef || this.i !== from ? 'syntax error in subpattern name (missing terminator)' : 'group name expected', this.i);
    }
    const name = String.fromCharCode(...this.p.slice(from, this.i));
    if (name.length > 32) throw new ReCompileError('subpattern name is too long (maximum 32 characters)', this.i);
    this.i++;
    return name;
  }

  private backref(n: number | string, pos: number): Piece {
    this.refs.push({ n, pos });
    if (this.jsCaseless === null) throw new ReCompileError('back references in partly caseless patterns are not supported by erlts', pos);
    return { t: typeof n === 'number' ? `\x01r${n}\x02` : `\x01R${n}\x02`, min: 0, max: Infinity };
  }

  private escape(l: Local, start: number): (Piece & { quantifiable?: boolean }) | null {
    const c = this.peek();
    if (c === undefined) throw new ReCompileError('\\ at end of pattern', this.i);
    const ch = String.fromCharCode(c);
    const one = (t: string) => ({ t, min: 1, max: 1 });
    const zero = (t: string) => ({ t, min: 0, max: 0, quantifiable: false });
    const cls = escapeClass(ch, this.max);
    if (cls !== undefined) {
      this.i++;
      const u = this.ucpSet(ch);
      if (u !== null) return one(this.f.unicode ? `[${u.negated ? '^' : ''}${u.text}]` : `[${rangesText(this.latin1Set(u))}]`);
      if (this.f.unicode && (ch === 'w' || ch === 'W')) return { ...one(`[${rangesText(cls)}]`), mandatory: ch === 'w' ? '[0-9A-Za-z_]' : '[^0-9A-Za-z_]' };
      return one(`[${rangesText(cls)}]`);
    }
    if (isDigit(c) && c !== 0x30) {
      let j = this.i;
      while (isDigit(this.p[j])) j++;
      const n = Number(String.fromCharCode(...this.p.slice(this.i, j)));
      if (n < 8 || n <= this.totalGroups) {
        this.i = j;
        return this.backref(n, this.i);
      }
      if (c === 0x38 || c === 0x39) {
        this.i++;
        return one(this.charText(c, l, start));
      }
      let v = 0;
      for (let k = 0; k < 3 && this.peek() !== undefined && this.peek()! >= 0x30 && this.peek()! <= 0x37; k++) v = v * 8 + this.p[this.i++]! - 0x30;
      return one(this.charText(v, l, start));
    }
    const v = this.escapedChar(false);
    if (v !== null) return one(this.charText(v, l, start));
    this.i++;
    switch (ch) {
      case 'b':
        return zero(this.wordBoundary(false));
      case 'B':
        return zero(this.wordBoundary(true));
      case 'A':
        return zero('(?<![\\s\\S])');
      case 'z':
        return zero('(?![\\s\\S])');
      case 'Z':
        return zero(`(?=${this.nl().seq}?(?![\\s\\S]))`);
      case 'G':
        if (start !== 0) throw new ReCompileError('\\G is supported by erlts only at the start of a pattern', this.i);
        this.anchored = true;
        return zero('');
      case 'R':
        if (this.f.bsrAnycrlf) return { t: '(?:\\r\\n|\\n|\\r)', min: 1, max: 2 };
        return { t: this.f.unicode ? '(?:\\r\\n|[\\n\\x0b\\x0c\\r\\x85\\u2028\\u2029])' : '(?:\\r\\n|[\\n\\x0b\\x0c\\r\\x85])', min: 1, max: 2 };
      case 'N':
        return one('[^\\n]');
      case 'Q': {
        let t = '';
        let n = 0;
        while (this.i < this.p.length && !this.at('\\E')) {
          t += this.charText(this.p[this.i++]!, l, this.i - 1);
          n++;
        }
        if (this.at('\\E')) this.i += 2;
        // A quantifier after \Q..\E applies to its last character only.
        return n === 0 ? null : { t, min: n, max: n, quantifiable: n === 1 };
      }
      case 'E':
        return null;
      case 'g': {
        const m = /^(\{(-?\d+|[A-Za-z_]\w*)\}|-?\d+)/.exec(String.fromCharCode(...this.p.slice(this.i, this.i + 40)));
        if (m === null) throw new ReCompileError('a numbered reference must not be zero', this.i);
        this.i += m[0].length;
        const ref = m[2] ?? m[1]!;
        if (/^-?\d+$/.test(ref)) {
          let n = Number(ref);
          if (n === 0) throw new ReCompileError('a numbered reference must not be zero', this.i - 1);
          if (n < 0) n = this.groups + 1 + n;
          return this.backref(n, this.i);
        }
        return this.backref(ref, this.i);
      }
      case 'k': {
        const close = { '<': 0x3e, "'": 0x27, '{': 0x7d }[String.fromCharCode(this.peek() ?? 0)];
        if (close === undefined) throw new ReCompileError('\\k is not followed by a braced, angle-bracketed, or quoted name', this.i);
        this.i++;
        const name = this.groupName(close, true);
        return this.backref(name, this.i - 1);
      }
      case 'p':
      case 'P':
        return one(this.property(ch === 'P'));
      case 'L':
      case 'l':
      case 'U':
      case 'u':
        throw new ReCompileError('PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u', this.i - 1);
      case 'K': {
        const h = this.helpers++;
        this.keepOutHelpers.push(h);
        return zero(`(\x01h${h}\x02)`);
      }
      case 'X':
      case 'C':
        throw new ReCompileError(`\\${ch} is not supported by erlts`, this.i);
      default:
        return one(this.charText(c, l, start));
    }
  }
}

/** Capturing groups in the pattern, for telling \12 (a back reference) from an octal escape. */
function countGroups(p: number[]): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === 0x5c) i++;
    else if (inClass) {
      if (c === 0x5d) inClass = false;
    } else if (c === 0x5b) {
      inClass = true;
      if (p[i + 1] === 0x5e) i++;
      if (p[i + 1] === 0x5d) i++;
    } else if (c === 0x28) {
      if (p[i + 1] !== 0x3f) n++;
      else if ((p[i + 2] === 0x3c && p[i + 3] !== 0x3d && p[i + 3] !== 0x21) || p[i + 2] === 0x27 || (p[i + 2] === 0x50 && p[i + 3] === 0x3c)) n++;
    }
  }
  return n;
}
