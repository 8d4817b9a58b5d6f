// The options of c:c/2 (compile:file/2's), read from the Erlang list the
// user gave. Options erl's compiler accepts but erlts has no use for
// (debug_info, verbose, report...) are accepted and ignored, as unknown
// options are by compile.

import { Atom, Cons, NIL, type Term } from '../terms/types.js';
import { writeTerm } from '../terms/print/write.js';

export interface COptions {
  exportAll: boolean;
  /** {i, Dir}, in the order given. */
  includePath: string[];
  /** {outdir, Dir}: the first one wins (c.erl puts the user's before its own "."). */
  outdir: string;
  /** {d, M} and {d, M, V}: macro name -> the value's source text ('' for true). */
  defines: Record<string, string>;
  /** warn_X / nowarn_X switches, by warning category. */
  warningOverrides: Record<string, boolean>;
  warningsAsErrors: boolean;
  /**
   * false with binary or a listing option ('P', 'E', 'S', to_core...): the
   * compiler writes no .beam and c loads nothing.
   */
  objectFile: boolean;
}

/** Options after which compile stops before writing a .beam. */
const NO_OBJECT = new Set(['binary', 'P', 'E', 'S', 'to_pp', 'to_exp', 'to_core', 'to_core0', 'to_kernel', 'to_asm', 'dpp', 'dabstr']);

export function parseCompileOptions(opts: Term): COptions {
  const out: COptions = {
    exportAll: false,
    includePath: [],
    outdir: '',
    defines: {},
    warningOverrides: {},
    warningsAsErrors: false,
    objectFile: true,
  };
  for (let l = opts; l instanceof Cons; l = l.tail) option(out, l.head);
  if (out.outdir === '') out.outdir = '.';
  return out;
}

function option(out: COptions, o: Term): void {
  if (o instanceof Atom) {
    const n = o.name;
    if (n === 'export_all') out.exportAll = true;
    else if (n === 'warnings_as_errors') out.warningsAsErrors = true;
    else if (NO_OBJECT.has(n)) out.objectFile = false;
    else if (n.startsWith('nowarn_')) out.warningOverrides[n.slice(7)] = false;
    else if (n.startsWith('warn_')) out.warningOverrides[n.slice(5)] = true;
    return;
  }
  if (!Array.isArray(o) || !(o[0] instanceof Atom)) return;
  const tag = o[0].name;
  if (tag === 'i' && o.length === 2) {
    const dir = nameText(o[1]!);
    if (dir !== null) out.includePath.push(dir);
  } else if (tag === 'outdir' && o.length === 2) {
    const dir = nameText(o[1]!);
    if (dir !== null && out.outdir === '') out.outdir = dir;
  } else if (tag === 'd' && (o.length === 2 || o.length === 3) && o[1] instanceof Atom) {
    // epp turns the value into tokens; printing it as ~w and scanning that
    // gives the same tokens for every term that has a literal form.
    out.defines[o[1].name] = o.length === 2 ? '' : writeTerm(o[2]!);
  }
}

/** A file name as Erlang gives it: a string, an atom, or a flat list of either. */
export function nameText(t: Term): string | null {
  if (t instanceof Atom) return t.name;
  let s = '';
  let l = t;
  while (l instanceof Cons) {
    const h = l.head;
    if (typeof h === 'number') s += String.fromCodePoint(h);
    else if (h instanceof Atom) s += h.name;
    else return null;
    l = l.tail;
  }
  return l === NIL ? s : null;
}
