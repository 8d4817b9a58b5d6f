// What the shell prints for an exception, given what the evaluator reported.
// The ErlException behind a stack term (when it was raised on this node)
// still carries the BIF's arguments and erl's argument explanations.

import type { Term } from '../../terms/types.js';
import type { ErlException } from '../../terms/exception.js';
import { exceptionOfStack } from '../../vm/stacktrace/stacktrace.js';
import type { Process } from '../../vm/process.js';
import { formatShellException } from '../../bifs/erl_error/format_exception.js';

/**
 * shell:report_exception's output, and how many io:getopts/0 calls it made
 * before writing it: one for the encoding, then one for each term its
 * printer printed (the io requests a waiting read answers with its prompt).
 */
export interface ExceptionReport {
  text: string;
  optionRequests: number;
}

export function describeException(
  cls: 'error' | 'exit' | 'throw',
  reason: Term,
  stack: Term,
  _evaluator: Process | null,
  encoding: 'latin1' | 'unicode',
  catchException: boolean,
): ExceptionReport {
  const ex: ErlException | undefined = typeof stack === 'object' && stack !== null ? exceptionOfStack.get(stack as object) : undefined;
  let printed = 0;
  const text = formatShellException(cls, reason, stack, { info: ex?.info ?? null, encoding, catchException, onTermPrinted: () => printed++ });
  return { text, optionRequests: 1 + printed };
}
