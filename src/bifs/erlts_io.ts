// Private helpers of lib/erlang/io.erl: formatting in the caller, with the
// badarg erl raises (and its `*** argument N:` explanations) when the format
// and the arguments do not fit.

import { A, Atom, BitStr, Cons, NIL, type Term } from '../terms/types.js';
import { ErlException } from '../terms/exception.js';
import { ioLibFormatTerm } from '../terms/format.js';
import { explainFormatError } from '../terms/format_error_info.js';
import { charactersToBinary } from '../terms/utf_chardata.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import type { Process } from '../vm/process.js';

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

function raiseBadarg(module: string, fn: string, args: Term[], argErrors?: Record<number, string> & { general?: string }): never {
  throw new ErlException('error', A.badarg, { module, function: fn, args, ...(argErrors ? { argErrors } : {}) });
}

const functions: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'format_chars/3': (_p, format, args, callArgs) => {
    try {
      return stringToUtf8Binary(ioLibFormatTerm(format, args));
    } catch (e) {
      if (!(e instanceof ErlException)) throw e;
      const call = listArgs(callArgs);
      const info = explainFormatError(format, call.length === 1 ? NIL : args, call.length === 3 ? 2 : 1);
      raiseBadarg('io', 'format', call, info);
    }
  },
  'chars_to_binary/2': (_p, chars, callArgs) => {
    try {
      const b = charactersToBinary(chars);
      if (b instanceof BitStr) return b;
    } catch {
      // fall through to erl's error
    }
    raiseBadarg('io', 'put_chars', listArgs(callArgs), { 2: 'not valid character data (an iodata term)' });
  },
  'raise_badarg/3': (_p, m, f, callArgs) => raiseBadarg((m as Atom).name, (f as Atom).name, listArgs(callArgs)),
  'standard_error/0': (p) => p.vm.whereis(Atom.of('standard_error'))?.pid ?? p.groupLeader,
  'parse_term/1': (p, tokens) => {
    const parse = p.vm.ext.parseTermTokens as ((t: Term) => Term) | undefined;
    if (parse === undefined) return [A.error, [1, Atom.of('erl_parse'), NIL]];
    return parse(tokens);
  },
};

export const erltsIoNatives: NativeModule = {
  name: 'erlts_io',
  functions: functions as unknown as Record<string, NativeFn>,
};
