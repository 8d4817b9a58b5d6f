// Private helpers of lib/erlang/io.erl: formatting in the caller, with the
// badarg erl raises (and its `*** argument N:` explanations) when the format
// and the arguments do not fit.

import { A, Atom, BitStr, Cons, NIL, type Term } from '../../terms/types.js';
import { ErlException, type ErrorInfo } from '../../terms/exception.js';
import { ErlMap } from '../../terms/map.js';
import { ioLibFormatTerm } from '../../terms/format.js';
import { explainFormatError } from '../../terms/format_error_info.js';
import { charactersToBinary } from '../../terms/utf_chardata.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { parseTermTokens } from '../../compiler/consult.js';
import type { Process } from '../../vm/process.js';

export function stringToUtf8Binary(s: string): BitStr {
  return new BitStr(new Uint8Array(Buffer.from(s, 'utf8')));
}

function listArgs(t: Term): Term[] {
  const out: Term[] = [];
  while (t instanceof Cons) {
    out.push(t.head);
    t = t.tail;
  }
  return out;
}

/** The location io.erl gives its errors: the line of the erlang:error/3 call, and the cause for erl_stdlib_errors. */
function ioError(reason: Term, fn: string, args: Term[], cause: Term, argErrors?: ErrorInfo['argErrors']): never {
  const line = Array.isArray(cause) && cause[0] === IO ? 94 : 99;
  const errorInfo = ErlMap.EMPTY.set(Atom.of('cause'), cause).set(Atom.of('module'), Atom.of('erl_stdlib_errors'));
  throw new ErlException('error', reason, { module: 'io', function: fn, args, line, errorInfo, ...(argErrors ? { argErrors } : {}) });
}
const IO = Atom.of('io');

/** Functions whose first argument is the device (erl_stdlib_errors' HasDevice). */
function hasDevice(fn: string, arity: number): boolean {
  return (fn === 'format' && arity === 3) || (fn === 'put_chars' && arity === 2) || (fn === 'nl' && arity === 1) || (fn === 'write' && arity === 2);
}

const IO_ERROR_TEXT: Record<string, string> = {
  arguments: 'the device does not exist',
  terminated: 'the device has terminated',
  calling_self: 'the device is not allowed to be the current process',
};

/** io's conv_reason: the error a failed request raises. */
function convReason(why: Term): Term {
  if (why === Atom.of('terminated') || why === Atom.of('calling_self')) return why;
  if (Array.isArray(why) && why[0] === Atom.of('no_translation')) return Atom.of('no_translation');
  return A.badarg;
}

const functions: Record<string, (p: Process, ...a: Term[]) => Term> = {
  /** The characters, or `error` when the format and the arguments do not fit. */
  'format_chars/2': (_p, format, args) => {
    try {
      return stringToUtf8Binary(ioLibFormatTerm(format, args));
    } catch (e) {
      if (!(e instanceof ErlException)) throw e;
      return A.error;
    }
  },
  'raise_format_error/3': (_p, format, args, callArgs) => {
    const call = listArgs(callArgs);
    const info = explainFormatError(format, call.length === 1 ? NIL : args, call.length === 3 ? 2 : 1);
    ioError(A.badarg, 'format', call, [Atom.of('device'), Atom.of('put_chars')], info);
  },
  'chars_to_binary/1': (_p, chars) => {
    try {
      const b = charactersToBinary(chars);
      if (b instanceof BitStr) return b;
    } catch {
      // not character data
    }
    return A.error;
  },
  /** Cause is {io, Why} (the request reached no device) or {device, Why} (the device refused). */
  'raise_io_error/3': (_p, f, callArgs, cause) => {
    const fn = (f as Atom).name;
    const args = listArgs(callArgs);
    const [where, why] = cause as [Atom, Term];
    let errs: ErrorInfo['argErrors'];
    if (where === IO && why instanceof Atom && IO_ERROR_TEXT[why.name] !== undefined) {
      const text = IO_ERROR_TEXT[why.name]!;
      errs = hasDevice(fn, args.length) ? { 1: text } : { general: text };
    } else if (fn === 'put_chars' && why === Atom.of('put_chars')) {
      errs = { [args.length]: 'not valid character data (an iodata term)' };
    }
    ioError(convReason(why), fn, args, cause, errs);
  },
  'standard_error/0': (p) => p.vm.whereis(Atom.of('standard_error'))?.pid ?? p.groupLeader,
  'parse_term/1': (_p, tokens) => parseTermTokens(tokens),
};

export const erltsIoNatives: NativeModule = {
  name: 'erlts_io',
  functions: functions as unknown as Record<string, NativeFn>,
};
