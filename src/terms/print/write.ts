// io_lib:write: a term on one line, the ~w / ~W form. Also the text of the
// terms that have no inner structure (numbers, pids, refs, ports, funs), which
// the pretty printer shares.

import { Atom, BitStr, Cons, ErlFloat, ExportFun, Fun, NIL, Pid, Port, Ref, isMap, type ErlMapLike, type Term } from '../types.js';
import { writeAtom, type Encoding } from '../atom_quote.js';
import { formatFloatShortest } from '../floats.js';

/**
 * The number printed first in <N.Id.Serial>: 0 for the local node, the
 * distribution entry's number for others. The distribution layer replaces this.
 */
let nodeNumber: (node: Atom) => number = () => 0;

export function setNodeNumbering(fn: (node: Atom) => number): void {
  nodeNumber = fn;
}

export function writePid(p: Pid): string {
  return `<${nodeNumber(p.node)}.${p.id}.${p.serial}>`;
}

/** erlang:ref_to_list: the id words from the most significant down, i.e. Ref.ids reversed. */
export function writeRef(r: Ref): string {
  return `#Ref<${nodeNumber(r.node)}.${[...r.ids].reverse().join('.')}>`;
}

export function writePort(p: Port): string {
  return `#Port<${nodeNumber(p.node)}.${p.id}>`;
}

/**
 * erlang:fun_to_list. erts writes the atoms' UTF-8 bytes, each one a
 * character of the result: fun 'été':f/0 is "fun Ã©tÃ©:f/0".
 */
export function writeFun(f: Fun | ExportFun): string {
  if (f instanceof ExportFun) {
    return `fun ${funAtom(f.module)}:${funAtom(f.name)}/${f.arity}`;
  }
  const { index, uniq } = f.code.shown ?? f.code;
  return `#Fun<${funAtom(f.code.module)}.${index}.${uniq}>`;
}

function funAtom(a: Atom): string {
  const text = writeAtom(a, 'unicode');
  return /^[\x00-\x7f]*$/.test(text) ? text : String.fromCharCode(...new TextEncoder().encode(text));
}

export function writeInteger(n: number | bigint): string {
  return typeof n === 'bigint' ? n.toString() : String(n);
}

export function writeFloat(f: ErlFloat | number): string {
  return formatFloatShortest(typeof f === 'number' ? f : f.value);
}

/** Map entries in the order they are printed (erl's key order). */
export function mapEntries(m: ErlMapLike): [Term, Term][] {
  return (m as unknown as { entries(): [Term, Term][] }).entries();
}

/** The text of a term without inner terms, or null when it has some. */
export function writeAtomic(t: Term, encoding: Encoding): string | null {
  if (typeof t === 'number' || typeof t === 'bigint') return writeInteger(t);
  if (t instanceof ErlFloat) return writeFloat(t);
  if (t instanceof Atom) return writeAtom(t, encoding);
  if (t instanceof Pid) return writePid(t);
  if (t instanceof Ref) return writeRef(t);
  if (t instanceof Port) return writePort(t);
  if (t instanceof Fun || t instanceof ExportFun) return writeFun(t);
  if (t === NIL) return '[]';
  if (Array.isArray(t) && t.length === 0) return '{}';
  return null;
}

/** The comma-separated byte segments of io_lib:write_binary, without << >>. */
export function binarySegments(b: BitStr, depth: number): string[] {
  const segs: string[] = [];
  const whole = Math.floor(b.bits / 8);
  const rest = b.bits & 7;
  let d = depth;
  for (let i = 0; i < whole; i++) {
    if (d === 1) {
      segs.push('...');
      return segs;
    }
    segs.push(String(b.buf[i]!));
    d--;
  }
  if (rest > 0) {
    if (d === 1) {
      segs.push('...');
      return segs;
    }
    // The trailing bits are stored in the high bits of the last byte.
    segs.push(`${b.buf[whole]! >> (8 - rest)}:${rest}`);
  }
  return segs;
}

export function writeBinary(b: BitStr, depth: number): string {
  return '<<' + binarySegments(b, depth).join(',') + '>>';
}

export interface WriteOptions {
  /** -1 (the default) for no limit. */
  depth?: number;
  /** How atoms are written; latin1 (the default, as io_lib:write/1) turns characters above 255 into \x{...}. */
  encoding?: Encoding;
}

/** io_lib:write(Term, [{depth, D}, {encoding, E}]): the ~w and ~W forms. */
export function writeTerm(t: Term, opts: WriteOptions = {}): string {
  const out: string[] = [];
  write1(t, opts.depth ?? -1, opts.encoding ?? 'latin1', out);
  return out.join('');
}

/** A list's rest still to write at depth d (the part after its first element). */
class ListRest {
  constructor(
    readonly l: Term,
    readonly d: number,
  ) {}
}

// An explicit work stack instead of recursion, so depth is limited by memory
// only. Entries: a string (text to emit), a ListRest, or a term followed by
// the depth to write it at (the number is on top).
type Work = (Term | string | ListRest)[];

function write1(t0: Term, d0: number, enc: Encoding, out: string[]): void {
  const stack: Work = [t0, d0];
  while (stack.length > 0) {
    const top = stack.pop()!;
    if (typeof top === 'string') {
      out.push(top);
      continue;
    }
    if (top instanceof ListRest) {
      writeListRest(top, stack, out);
      continue;
    }
    const d = top as number;
    const t = stack.pop() as Term;
    if (d === 0) {
      out.push('...');
      continue;
    }
    const atomic = writeAtomic(t, enc);
    if (atomic !== null) {
      out.push(atomic);
      continue;
    }
    if (t instanceof BitStr) {
      out.push(writeBinary(t, d));
    } else if (t instanceof Cons) {
      if (d === 1) {
        out.push('[...]');
        continue;
      }
      out.push('[');
      stack.push(']', new ListRest(t.tail, d - 1), t.head, d - 1);
    } else if (isMap(t)) {
      writeMap(t, d, stack, out);
    } else if (Array.isArray(t)) {
      if (d === 1) {
        out.push('{...}');
        continue;
      }
      out.push('{');
      // The elements in order, then pushed in reverse.
      const seq: Work = [t[0]!, d - 1];
      let dd = d - 1;
      for (let i = 1; i < t.length; i++) {
        if (dd === 1) {
          seq.push(',...');
          break;
        }
        seq.push(',', t[i]!, dd - 1);
        dd--;
      }
      seq.push('}');
      pushReversed(seq, stack);
    } else {
      out.push(String(t));
    }
  }
}

/** Pushes a sequence of work entries (terms with their depths kept together) so that it pops in order. */
function pushReversed(seq: Work, stack: Work): void {
  for (let i = seq.length - 1; i >= 0; i--) {
    const e = seq[i]!;
    if (typeof e === 'number' && i > 0) {
      // a term and its depth: keep the term below the depth
      stack.push(seq[i - 1]!, e);
      i--;
    } else stack.push(e);
  }
}

function writeListRest(r: ListRest, stack: Work, out: string[]): void {
  const l = r.l;
  const dd = r.d;
  if (l === NIL) return;
  if (dd === 1) {
    out.push('|...');
    return;
  }
  if (l instanceof Cons) {
    out.push(',');
    stack.push(new ListRest(l.tail, dd - 1), l.head, dd - 1);
  } else {
    out.push('|');
    stack.push(l, dd - 1);
  }
}

// io_lib:write_map: every key and value gets depth D-1, and the ",..." cut
// counts pairs after the first. At depth 1 the map collapses to #{}, and the
// cut is printed even when no pair is left: both are erl's own quirks.
function writeMap(m: ErlMapLike, d: number, stack: Work, out: string[]): void {
  const entries = mapEntries(m);
  if (d === 1 || entries.length === 0) {
    out.push('#{}');
    return;
  }
  const d0 = d - 1;
  out.push('#{');
  const seq: Work = [];
  const assoc = ([k, v]: [Term, Term]) => seq.push(k, d0, ' => ', v, d0);
  assoc(entries[0]!);
  let left = d0;
  for (let i = 1; ; i++) {
    if (left === 1) {
      seq.push(',...');
      break;
    }
    if (i >= entries.length) break;
    seq.push(',');
    assoc(entries[i]!);
    left--;
  }
  seq.push('}');
  pushReversed(seq, stack);
}
