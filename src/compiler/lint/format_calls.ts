// erl_lint's check of io:format/fwrite and io_lib:format/fwrite calls whose
// format string is a literal: the warnings of its default level (1), with
// erl's texts and positions. Level-2 doubts ("format arguments perhaps not
// a list", a format that is no literal) are not shown by default, nor here.

import type * as ast from '../../syntax/ast.js';
import { checkFormatString } from '../../terms/format_error_info.js';
import { OTP_OBSOLETE } from './otp_obsolete.js';

export interface FormatWarning {
  at: ast.Anno;
  message: string;
}

const FORMAT_FUNCTIONS = new Set(['io:fwrite', 'io:format', 'io_lib:fwrite', 'io_lib:format']);

/** The warning for a call of module:name(args), or null. */
export function checkFormatCall(call: ast.Anno, module: string, name: string, args: ast.Expr[]): FormatWarning | null {
  if (!FORMAT_FUNCTIONS.has(`${module}:${name}`)) return null;
  if (args.length === 1) return checkFormat(args[0]!, null);
  if (args.length === 2) return checkFormat(args[0]!, args[1]!);
  if (args.length === 3) return checkFormat(args[1]!, args[2]!);
  return { at: call, message: 'format call with wrong number of arguments' };
}

/** null args: no argument list given (io:format(Fmt)). */
function checkFormat(fmt: ast.Expr, args: ast.Expr | null): FormatWarning | null {
  let chars: number[];
  if (fmt.kind === 'string') chars = fmt.value;
  else if (fmt.kind === 'atom') chars = [...fmt.value].map((c) => c.codePointAt(0)!);
  else return null;
  let count: number | null = null;
  if (args !== null) {
    const n = listLength(args);
    if (n === 'maybe') return null;
    if (n === 'no') return { at: args, message: 'format arguments not a list' };
    count = n;
  }
  const need = checkFormatString(chars);
  if (typeof need === 'string') return { at: fmt, message: `format string invalid (${need})` };
  const needed = need.length;
  if (count === null) {
    return needed === 0 ? null : { at: fmt, message: `the format string requires an argument list with ${arguments_(needed)}, but no argument list is given` };
  }
  if (count === needed) return null;
  const at = args!;
  const prefix = `the format string requires an argument list with ${arguments_(needed)}, but the argument list `;
  if (needed === 0) return { at, message: `the format string requires an empty argument list, but the argument list contains ${arguments_(count)}` };
  if (count === 0) return { at, message: `${prefix}is empty` };
  if (count < needed) return { at, message: `${prefix}contains only ${arguments_(count)}` };
  return { at, message: `${prefix}contains ${arguments_(count)}` };
}

function arguments_(n: number): string {
  return n === 1 ? '1 argument' : `${n} arguments`;
}

/**
 * erl_lint's args_list/args_length: the length of a literal list (a string
 * literal counts its characters), 'no' for a literal that is no list, and
 * 'maybe' when it cannot tell ([a | "bcd"], a variable).
 */
function listLength(e: ast.Expr): number | 'no' | 'maybe' {
  let n = 0;
  let l = e;
  if (l.kind === 'string') return l.value.length;
  while (l.kind === 'cons') {
    n++;
    l = l.tail;
  }
  if (l.kind === 'nil') return n;
  if (l.kind === 'atom' || l.kind === 'integer' || l.kind === 'float') return 'no';
  return 'maybe';
}

/**
 * erl_lint's deprecated_function: a call of a function OTP marks deprecated
 * or removed (otp_internal:obsolete/3). `deprecatedOn` is the
 * deprecated_function warning's switch; removed functions warn regardless.
 */
export function obsoleteCallWarning(module: string, name: string, arity: number, deprecatedOn: boolean): string | null {
  const entry = OTP_OBSOLETE[`${module}:${name}/${arity}`] ?? OTP_OBSOLETE[`${module}:${name}/_`] ?? OTP_OBSOLETE[`${module}:_/_`];
  if (entry === undefined) return null;
  const mfa = `${module}:${name}/${arity}`;
  const [kind, text, release] = entry;
  if (kind === 'deprecated') {
    if (!deprecatedOn) return null;
    return release === undefined ? `${mfa} is deprecated; ${text}` : `${mfa} is deprecated and will be removed in ${release}; ${text}`;
  }
  return release === undefined ? `${mfa} is removed; ${text}` : `call to ${mfa} will fail, since it was removed in ${release}; use ${text}`;
}
