// Interim formatting until format_exception.ts / crash_report.ts land.
import type { Pid, Term } from '../terms/types.js';
import type { ErrorInfo } from '../terms/exception.js';
import { prettyTerm } from '../terms/print_pretty.js';
import { writeTerm } from '../terms/print_write.js';

export function formatShellException(cls: string, reason: Term, _stack: Term, _opts: { info?: ErrorInfo | null; encoding?: string; catchException?: boolean }): string {
  return `** exception ${cls}: ${prettyTerm(reason, { column: 22 })}\n`;
}
export function formatErrorReport(pid: Pid, reason: Term, _when: Date): string {
  return `=ERROR REPORT==== ===\nError in process ${writeTerm(pid)} with exit value:\n${prettyTerm(reason)}\n\n`;
}
export function formatInitTerminating(reason: Term): string {
  return `{"init terminating in do_boot",${writeTerm(reason)}}\r\n`;
}
