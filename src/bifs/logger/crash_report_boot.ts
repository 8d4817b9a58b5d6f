// What erl prints when the boot process dies, e.g. an -eval that raises
// (init:boot_loop on {'EXIT', BootPid, Reason}): the reason through
// erlang:display, then the halt slogan `init terminating in do_boot (...)`
// written by init:to_string/2 (which cuts terms at depth 4 into {_} and [_]),
// then the emulator's crash dump note. All lines end in \r\n, even into a pipe.

import { codePointsToString, charCodesToString } from '../../terms/code_points.js';
import { Atom, Cons, ErlFloat, NIL, Pid, str, type Term } from '../../terms/types.js';
import { writePid } from '../../terms/print/write.js';
import { displayTerm } from '../erlang/display.js';

export interface InitTerminatingOptions {
  /** ERL_CRASH_DUMP, erl_crash.dump by default. */
  crashDumpFile?: string;
}

/** init's own notion of printable: ASCII text, tab, newline and return. */
function isInitPrintable(cs: readonly Term[]): boolean {
  return cs.every((c) => typeof c === 'number' && ((c >= 32 && c <= 126) || c === 10 || c === 13 || c === 9));
}

/** init's flatten/2 of a (deep) list; null for an improper one, where init itself would crash. */
function flatten(t: Term, out: Term[]): Term[] | null {
  let l = t;
  for (; l instanceof Cons; l = l.tail) {
    const h = l.head;
    if (h instanceof Cons || h === NIL) {
      if (flatten(h, out) === null) return null;
    } else out.push(h);
  }
  return l === NIL ? out : null;
}

function elements(l: Term): Term[] {
  const out: Term[] = [];
  for (; l instanceof Cons; l = l.tail) out.push(l.head);
  return out;
}

/** float_to_list/1: "%.20e". */
function floatToList(v: number): string {
  const s = v.toExponential(20);
  const [mant, exp] = s.split('e') as [string, string];
  const sign = exp.startsWith('-') ? '-' : '+';
  return mant + 'e' + sign + exp.replace(/^[-+]/, '').padStart(2, '0');
}

/** init:to_string/2: lists and tuples below depth 4 are cut; maps, binaries, refs, funs vanish. */
export function initToString(x: Term, d: number): string {
  if (x instanceof Cons || x === NIL) {
    if (d >= 4) return '[_]';
    const flat = flatten(x, []);
    if (flat !== null && flat.length > 0 && isInitPrintable(flat)) return codePointsToString(flat as number[]);
    return (
      '[' +
      elements(x)
        .map((e) => initToString(e, d + 1))
        .join(',') +
      ']'
    );
  }
  if (x instanceof Atom) return x.name;
  if (x instanceof Pid) return writePid(x);
  if (x instanceof ErlFloat) return floatToList(x.value);
  if (typeof x === 'number' || typeof x === 'bigint') return String(x);
  if (Array.isArray(x)) {
    if (d >= 4) return '{_}';
    return '{' + x.map((e) => initToString(e, d + 1)).join(',') + '}';
  }
  return '';
}

/** The emulator writes the slogan's characters above 127 as UTF-8. */
function bytesOf(s: string): string {
  return charCodesToString(new TextEncoder().encode(s));
}

/**
 * What a boot process that died with `reason` prints, as byte strings
 * (write them as latin1): erlang:display writes the reason to stdout; the
 * emulator writes the slogan and the crash dump line to stderr. erl then
 * exits with status 1.
 */
export function initTerminatingOutput(reason: Term, opts: InitTerminatingOptions = {}): { stdout: string; stderr: string } {
  const tag = 'init terminating in do_boot';
  const displayed = displayTerm([str(tag), reason]);
  // The emulator writes the slogan with \r\n for every newline, including those inside it.
  const slogan = bytesOf(`${tag} (${initToString(reason, 0)})`).replace(/\n/g, '\r\n');
  const dump = opts.crashDumpFile ?? 'erl_crash.dump';
  return { stdout: `${displayed}\r\n`, stderr: `${slogan}\r\n\r\nCrash dump is being written to: ${dump}...done\r\n` };
}

/** Both streams of initTerminatingOutput, as a terminal (or `2>&1`) shows them. */
export function formatInitTerminating(reason: Term, opts: InitTerminatingOptions = {}): string {
  const out = initTerminatingOutput(reason, opts);
  return out.stdout + out.stderr;
}
