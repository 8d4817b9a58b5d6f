// erlts_report: the one thing lib/erlang/gen_server.erl cannot do in Erlang,
// the logger's "=ERROR REPORT==== 25-Nov-2026::20:29:24.720629 ===" header
// (shared with the process crash reports so both read the same).

import { str, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { errorReportHeader } from '../logger/crash_report.js';

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'error_header/0': () => str(errorReportHeader(new Date())),
};

export const erltsReportNatives: NativeModule = {
  name: 'erlts_report',
  functions: f as unknown as Record<string, NativeFn>,
};
