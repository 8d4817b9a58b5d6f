// io_lib's results as the deep character lists erl returns. The shell prints
// a result with ~p, so io_lib:format("~w-~w", [1,2]) must be ["1",45,"2"],
// not "1-2". The shapes follow io_lib:write/2 and io_lib_format's build step:
// plain characters and "small" directives (~s of an atom, numbers, ~c, ~n...)
// are spliced in flat, each ~w/~p/~s of a list is one element, padding is
// io_lib_format:chars/2's halving tree. Every shape is checked against the
// flat text; where the two disagree (a term ~p breaks over several lines,
// which io_lib_pretty shapes differently) the flat text is returned instead.

import type { Encoding } from '../../terms/atom_quote.js';
import type { FormatPart, Spec } from '../../terms/format.js';
import { prettyTerm } from '../../terms/print/pretty.js';
import { binarySegments, mapEntries, writeAtomic, writeTerm } from '../../terms/print/write.js';
import { BitStr, Cons, NIL, type Term, isMap } from '../../terms/types.js';
import { codePointsToString } from '../../terms/code_points.js';

/** A JS string as an Erlang list of code points. */
export function str(s: string): Term {
  let l: Term = NIL;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return strAstral(s);
    l = new Cons(c, l);
  }
  return l;
}

/** str/1 for text with surrogate pairs: one element per code point. */
function strAstral(s: string): Term {
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  let l: Term = NIL;
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i]!, l);
  return l;
}

/**
 * Whether a deep character list has the characters of `text` (what
 * flatText(t) === text says, without building the text): code points,
 * nested lists, binaries as bytes.
 */
export function hasText(t: Term, text: string): boolean {
  let at = 0;
  const rest: Term[] = [];
  let x: Term = t;
  for (;;) {
    if (x instanceof Cons) {
      const h = x.head;
      x = x.tail;
      if (typeof h === 'number') {
        const c = text.codePointAt(at);
        if (c !== h) return false;
        at += c > 0xffff ? 2 : 1;
      } else {
        rest.push(x);
        x = h;
      }
    } else {
      if (x instanceof BitStr) {
        const n = Math.floor(x.bits / 8);
        for (let i = 0; i < n; i++) {
          if (text.codePointAt(at) !== x.buf[i]) return false;
          at++;
        }
      }
      if (rest.length === 0) return at === text.length;
      x = rest.pop()!;
    }
  }
}

/** [a, b, c | tail] */
function cons(items: Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i]!, l);
  return l;
}

/** The text of a deep character list (code points, nested lists and binaries as bytes). */
export function flatText(t: Term): string {
  const out: number[] = [];
  // The rest of each outer list waits on a heap stack: no JS recursion.
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    for (; x instanceof Cons; x = x.tail) {
      if (typeof x.head === 'number') out.push(x.head);
      else {
        stack.push(x.tail, x.head);
        x = NIL;
        break;
      }
    }
    if (x instanceof BitStr) for (let i = 0; i < Math.floor(x.bits / 8); i++) out.push(x.buf[i]!);
  }
  return codePointsToString(out);
}

/** Whether a list holds only integers (the only lists ~p may print as a string). */
function integersOnly(l: Term): boolean {
  for (; l instanceof Cons; l = l.tail) if (typeof l.head !== 'number') return false;
  return true;
}

/**
 * The nested shape recurses once per level of the term; a term nested so
 * deep that the JS stack runs out gets the flat text, which has the same
 * characters (only the nesting of the result list differs from erl's).
 */
function shapeOr(make: () => Term, flat: () => Term): Term {
  try {
    return make();
  } catch (e) {
    if (e instanceof RangeError) return flat();
    throw e;
  }
}

// ---- io_lib:write/2 ---------------------------------------------------------

interface Style {
  enc: Encoding;
  /** io_lib_pretty's one-line form: strings and printable binaries as text, a list tail spliced. */
  pretty: { strings: boolean } | null;
}

function binaryShape(b: BitStr, d: number): Term {
  const segs = binarySegments(b, d);
  const body: Term[] = [];
  segs.forEach((seg, i) => {
    if (i > 0) body.push(44);
    const colon = seg.indexOf(':');
    if (colon < 0) body.push(str(seg));
    else body.push(str(seg.slice(0, colon)), 58, str(seg.slice(colon + 1)));
  });
  return cons([60, 60, cons(body), 62, 62]);
}

function shape(t: Term, d: number, st: Style): Term {
  if (d === 0) return str('...');
  const atomic = writeAtomic(t, st.enc);
  if (atomic !== null) return str(atomic);
  if (st.pretty !== null && ((t instanceof Cons && integersOnly(t)) || t instanceof BitStr)) {
    const text = prettyTerm(t, { depth: d, lineLength: 0, encoding: st.enc, strings: st.pretty.strings });
    if (text.startsWith('"')) return str(text);
    if (text.startsWith('<<"')) return cons([60, 60, str(text.slice(2, -2)), 62, 62]);
  }
  if (t instanceof BitStr) return binaryShape(t, d);
  if (t instanceof Cons) {
    if (d === 1) return str('[...]');
    return cons([91, new Cons(shape(t.head, d - 1, st), listTail(t.tail, d - 1, st)), 93]);
  }
  if (isMap(t)) {
    const entries = mapEntries(t);
    if (d === 1 || entries.length === 0) return str('#{}');
    const d0 = d - 1;
    const assoc = ([k, v]: [Term, Term]) => cons([shape(k, d0, st), str(' => '), shape(v, d0, st)]);
    let body: Term = NIL;
    // write_map_body counts down from D0 over the pairs after the first.
    const rest: Term[] = [];
    let left = d0;
    let cut = false;
    for (let i = 1; ; i++) {
      if (left === 1) {
        cut = true;
        break;
      }
      if (i >= entries.length) break;
      rest.push(44, assoc(entries[i]!));
      left--;
    }
    body = cons(rest, cut ? str(',...') : NIL);
    return cons([35, 123, new Cons(assoc(entries[0]!), body), 125]);
  }
  if (Array.isArray(t)) {
    if (d === 1) return str('{...}');
    const items: Term[] = [];
    let dd = d - 1;
    let tail: Term = NIL;
    for (let i = 1; i < t.length; i++) {
      if (dd === 1) {
        tail = str(',...');
        break;
      }
      items.push(44, shape(t[i]!, dd - 1, st));
      dd--;
    }
    return cons([123, new Cons(shape(t[0]!, d - 1, st), cons(items, tail)), 125]);
  }
  return str(String(t));
}

function listTail(tail: Term, d: number, st: Style): Term {
  const items: Term[] = [];
  let l = tail;
  let dd = d;
  for (;;) {
    if (l === NIL) return cons(items);
    if (dd === 1) return cons(items, str('|...'));
    if (l instanceof Cons) {
      items.push(44, shape(l.head, dd - 1, st));
      l = l.tail;
      dd--;
    } else if (st.pretty !== null) {
      return cons(items, new Cons(124, shape(l, dd - 1, st)));
    } else {
      items.push(124, shape(l, dd - 1, st));
      return cons(items);
    }
  }
}

/** io_lib:write(Term, Depth) with erl's nesting; `text` is what the flat writer gives. */
export function deepWrite(t: Term, depth: number, enc: Encoding = 'latin1', text: string = writeTerm(t, { depth, encoding: enc })): Term {
  return shapeOr(
    () => {
      const deep = shape(t, depth, { enc, pretty: null });
      return hasText(deep, text) ? deep : str(text);
    },
    () => str(text),
  );
}

/** io_lib_pretty:print's result for a term that fits on one line, else the flat text. */
export function deepPrint(t: Term, text: string, depth: number, enc: Encoding, strings: boolean): Term {
  if (text.includes('\n')) return str(text);
  return shapeOr(
    () => {
      const deep = shape(t, depth, { enc, pretty: { strings } });
      return hasText(deep, text) ? deep : str(text);
    },
    () => str(text),
  );
}

// ---- io_lib_format's build step ------------------------------------------------

/** io_lib_format:chars(C, N): N copies of C as a halving tree. */
function chars(c: number, n: number): Term {
  if (n <= 0) return NIL;
  if (n <= 3) return cons(new Array<Term>(n).fill(c));
  const half = chars(c, n >> 1);
  return n % 2 === 0 ? new Cons(half, half) : cons([c, half], half);
}

function adjust(data: Term, pad: Term, adj: 'left' | 'right'): Term {
  if (pad === NIL) return data;
  return adj === 'left' ? new Cons(data, pad) : new Cons(pad, data);
}

const length = (s: string) => Array.from(s).length;

/** io_lib_format:term/5 over a deep term whose text is `text`. */
function termField(t: Term, text: string, f: number | null, adj: 'left' | 'right', p0: number | null, pad: number): Term {
  if (f === null && p0 === null) return t;
  if (f === null) return termField(t, text, p0, adj, p0, pad);
  const len = length(text);
  const p = Math.min(len, p0 === null ? f : Math.min(p0, f));
  if (len > p) return adjust(chars(0x2a, p), chars(pad, f - p), adj);
  return adjust(t, chars(pad, f - len), adj);
}

/** The characters ~s works on, nesting kept (iolist_to_chars/cdata_to_chars). */
function stringChars(a: Term, enc: Encoding): Term {
  if (a instanceof BitStr) return str(enc === 'unicode' ? Buffer.from(a.buf.subarray(0, Math.floor(a.bits / 8))).toString('utf8') : flatText(a));
  if (!(a instanceof Cons)) return a;
  const items: Term[] = [];
  let l: Term = a;
  for (; l instanceof Cons; l = l.tail) items.push(typeof l.head === 'number' ? l.head : stringChars(l.head, enc));
  return cons(items);
}

/** io_lib_format:string/6 for ~s; `text` is the finished field's text. */
function stringField(s: Term, n: number, text: string, spec: Spec): Term {
  const { width: f, adjust: adj, precision: p, pad } = spec;
  const field = (width: number, a: 'left' | 'right') => (n > width ? str(text) : n < width ? adjust(s, chars(pad, width - n), a) : s);
  if (f === null && p === null) return s;
  if (p === null) return field(f!, adj);
  if (f === null) return field(p, 'left');
  if (f === p) return field(f, adj);
  if (n > p) return adjust(str(Array.from(flatText(s)).slice(0, p).join('')), chars(pad, f - p), adj);
  if (n < p) return adjust(new Cons(s, chars(pad, p - n)), chars(pad, f - p), adj);
  return adjust(s, chars(pad, f - p), adj);
}

/** One directive's element of the result, or null when io_lib_format splices its characters in. */
function limited(spec: Spec, text: string): Term | null {
  const [a, b] = spec.args;
  switch (spec.control) {
    case 'w':
    case 'W': {
      const depth = spec.control === 'W' ? Number(b) : -1;
      // Without a width or precision the field is the term's text itself:
      // written once, its shape checked once.
      const plain = spec.width === null && spec.precision === null;
      const bare = plain ? text : writeTerm(a!, { depth, encoding: spec.encoding });
      const written = deepWrite(a!, depth, spec.encoding, bare);
      if (plain) return written;
      const deep = termField(written, bare, spec.width, spec.adjust, spec.precision, spec.pad);
      return hasText(deep, text) ? deep : str(text);
    }
    case 'p':
    case 'P':
      return deepPrint(a!, text, spec.control === 'P' ? Number(b) : -1, spec.encoding, spec.strings);
    case 's': {
      if (!(a instanceof Cons) && a !== NIL && !(a instanceof BitStr)) return null;
      return shapeOr(
        () => {
          const s = stringChars(a, spec.encoding);
          const deep = stringField(s, length(flatText(s)), text, spec);
          return hasText(deep, text) ? deep : str(text);
        },
        () => str(text),
      );
    }
    default:
      return null;
  }
}

/** io_lib:format's result from the parsed parts. */
export function deepFormat(parts: FormatPart[]): Term {
  const items: Term[] = [];
  for (const part of parts) {
    if (typeof part === 'number') items.push(part);
    else if (typeof part === 'string') items.push(str(part));
    else {
      const el = limited(part.spec, part.text);
      if (el !== null) items.push(el);
      else for (const c of part.text) items.push(c.codePointAt(0)!);
    }
  }
  return cons(items);
}
