// The report the emulator logs when a process dies of an uncaught error:
//
//   =ERROR REPORT==== 24-Nov-2026::14:00:42.382535 ===
//   Error in process <0.83.0> with exit value:
//   {badarith,[{erlang,'/',[1,0],[{error_info,#{module => erl_erts_errors}}]}]}
//   <blank line>
//
// It is logger's legacy header (local time, day not padded, microseconds)
// over "Error in process ~p with exit value:~n~p~n", ~p being io_lib's
// pretty printer at 80 columns with no depth limit and latin1 strings. For a
// process of another node the line names it: "... on node N with exit value:".

import type { Atom, Pid, Term } from '../../terms/types.js';
import { writeAtom } from '../../terms/atom_quote.js';
import { writePid } from '../../terms/print/write.js';
import { prettyTerm } from '../../terms/print/pretty.js';
import { reportTimestamp } from './log_event.js';
import { loggerAllows } from './logger.js';
import type { VM } from '../../vm/vm.js';

export interface ErrorReportOptions {
  /** The node the process ran on, when it is not this one. */
  node?: Atom | null;
  /** Microseconds within the second; by default the Date's milliseconds * 1000. */
  micros?: number;
}

/** "=ERROR REPORT==== 24-Nov-2026::14:00:42.382535 ===" (logger's legacy header, local time). */
export function errorReportHeader(when: Date, micros?: number): string {
  return `=ERROR REPORT==== ${reportTimestamp(when, micros)} ===`;
}

/** The whole report, ending in a blank line: what the shell's terminal shows. */
export function formatErrorReport(pid: Pid, reason: Term, when: Date, opts: ErrorReportOptions = {}): string {
  const where = opts.node ? ` on node ${writeAtom(opts.node, 'latin1')}` : '';
  const value = prettyTerm(reason, { column: 1, lineLength: 80, depth: -1, encoding: 'latin1' });
  return `${errorReportHeader(when, opts.micros)}\nError in process ${writePid(pid)}${where} with exit value:\n${value}\n\n`;
}

/**
 * Prints a report as erl's logger does: not right away, but once the work
 * in progress is done. In erl the report travels from the dying process
 * through the logger process and its handler to the io server, so it
 * reaches the terminal after the shell has reported what the crash did to
 * the evaluator and printed the next prompt. Here it waits for the next
 * turn of the event loop, then queues at the io server like any output.
 */
export function logLater(user: ReportSink, text: string, level = 'error'): void {
  // Logged at `level` in erl, so logger's primary level may silence it.
  if (user.proc !== undefined && !loggerAllows(user.proc.vm, level)) return;
  setImmediate(() => user.post(() => user.write(text)));
}

/** The io server a report goes to (src/bifs/io/user_server.ts's UserIo). */
export interface ReportSink {
  post(action: () => void): void;
  write(s: string): void;
  readonly proc?: { readonly vm: VM };
}

/**
 * A report a process logs itself before it dies (proc_lib's crash report,
 * gen_server's): in erl the formatting is done in that process and the text
 * goes to the logger's handler right away, so it queues at the io server
 * ahead of what the shell prints about the death.
 */
export function logNow(user: { post(action: () => void): void; write(s: string): void }, text: string): void {
  user.post(() => user.write(text));
}
