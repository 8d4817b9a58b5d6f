// proc_lib's crash report: what a process started through proc_lib (a
// gen_server, say) leaves when it dies of an exception.
//
//   =CRASH REPORT==== 26-Nov-2026::00:46:38.501068 ===
//     crasher:
//       initial call: gs:init/1
//       pid: <0.88.0>
//       registered_name: gs
//       exception error: bad argument
//         in function  element/2
//       ...
//       reductions: 5610
//     neighbours:
//       neighbour:
//         pid: <0.101.0>
//         ...
//
// proc_lib.erl gathers the report (its own info and its linked neighbours',
// as OTP's does); erlts_crash:report/2 prints it as proc_lib:format/2 would.
// Each tag's value is io_lib's ~p starting at column 18, whatever the tag's
// length; the exception is erl_error:format_exception/7 at column 5, with
// erl_eval's and proc_lib's own frames at the bottom left out.

import { Atom, Cons, NIL, list, type Term } from '../../terms/types.js';
import { prettyTerm } from '../../terms/print/pretty.js';
import { writeAtom } from '../../terms/atom_quote.js';
import { reportTimestamp } from './log_event.js';
import { exceptionOfStack } from '../../vm/stacktrace/stacktrace.js';
import type { ErlException, ExceptionClass } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { formatException } from '../erl_error/format_exception.js';
import type { Printer } from '../erl_error/call.js';
import { logNow } from './crash_report.js';

/** The modules proc_lib's report leaves out at the bottom of a stack trace. */
const HIDDEN = ['erl_eval', 'proc_lib'];

const pp = (t: Term, col: number): string => prettyTerm(t, { column: col, lineLength: 80, depth: -1, encoding: 'latin1' });

/** The report's text, ending in a newline (logger adds none after proc_lib's text but this one). */
export function formatCrashReport(own: Term, neighbours: Term, when: Date): string {
  const ownParts = items(own).map((item) => part(item, '    '));
  const links = items(neighbours).map((n) => {
    const rep = Array.isArray(n) && n.length === 2 ? n[1]! : n;
    return `    neighbour:\n${items(rep)
      .map((item) => part(item, '      '))
      .join('\n')}`;
  });
  const text = `  crasher:\n${ownParts.join('\n')}\n  neighbours:\n${links.join('\n')}`;
  return `=CRASH REPORT==== ${reportTimestamp(when)} ===\n${text}\n`;
}

function items(t: Term): Term[] {
  const out: Term[] = [];
  for (let l = t; l instanceof Cons; l = l.tail) out.push(l.head);
  return out;
}

/** One {Tag, Value} of a report, as proc_lib's format_rep/4 prints it. */
function part(item: Term, indent: string): string {
  if (!Array.isArray(item) || item.length !== 2 || !(item[0] instanceof Atom)) return indent + pp(item, indent.length + 1);
  const [tag, value] = item as [Atom, Term];
  if (tag.name === 'initial_call' && indent === '    ' && Array.isArray(value) && value.length === 3) {
    const [m, f, a] = value as [Term, Term, Term];
    if (m instanceof Atom && f instanceof Atom && typeof a === 'number') {
      return `${indent}initial call: ${writeAtom(m, 'latin1')}:${writeAtom(f, 'latin1')}/${a}`;
    }
  }
  if (tag.name === 'error_info' && Array.isArray(value) && value.length === 3) {
    const [cls, reason, stack] = value as [Atom, Term, Term];
    const printer: Printer = { enc: 'latin1', pf: pp };
    const ex: ErlException | undefined = typeof stack === 'object' && stack !== null ? exceptionOfStack.get(stack as object) : undefined;
    return indent + formatException(printer, indent.length + 1, cls.name as ExceptionClass, reason, stack, { info: ex?.info ?? null, hidden: HIDDEN });
  }
  return `${indent}${writeAtom(tag, 'latin1')}: ${pp(value, 18)}`;
}

/** erlts_crash:report/2, called by proc_lib when a process it started crashes. */
export function crashReportNatives(user: { post(action: () => void): void; write(s: string): void }): NativeModule {
  const report = (_p: unknown, own: Term, neighbours: Term): Term => {
    logNow(user, formatCrashReport(own, neighbours, new Date()));
    return Atom.of('ok');
  };
  return { name: 'erlts_crash', functions: { 'report/2': report as unknown as NativeFn } };
}

export { NIL, list };
