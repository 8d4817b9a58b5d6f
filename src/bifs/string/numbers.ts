// string:list_to_integer/1 and string:list_to_float/1, NIFs in OTP: the
// longest number at the start of a list and the rest of the list as it
// was (an improper tail included). The rest of string is lib/erlang/string.erl.

import { A, Atom, Cons, ErlFloat, NIL, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { stringFastPaths } from './fast.js';

const isDigit = (t: Term | undefined): boolean => typeof t === 'number' && t >= 0x30 && t <= 0x39;

/** Reads a number's characters off the front of a list, keeping where it stopped. */
class Reader {
  text = '';
  constructor(public at: Term) {}
  peek(): Term | undefined {
    return this.at instanceof Cons ? this.at.head : undefined;
  }
  take(): void {
    const c = this.at as Cons;
    this.text += String.fromCharCode(c.head as number);
    this.at = c.tail;
  }
  digits(): number {
    let n = 0;
    while (isDigit(this.peek())) {
      this.take();
      n++;
    }
    return n;
  }
  sign(): void {
    const c = this.peek();
    if (c === 0x2b || c === 0x2d) this.take();
  }
}

const notAList = (t: Term) => !(t instanceof Cons) && t !== NIL;

function listToInteger(_p: unknown, l: Term): Term {
  if (notAList(l)) return [A.error, Atom.of('not_a_list')];
  const r = new Reader(l);
  r.sign();
  if (r.digits() === 0) return [A.error, Atom.of('no_integer')];
  const v = BigInt(r.text.replace('+', ''));
  return [v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v, r.at];
}

/** Digits, a point (or comma), digits, then an exponent only when it is complete. */
function listToFloat(_p: unknown, l: Term): Term {
  if (notAList(l)) return [A.error, Atom.of('not_a_list')];
  const r = new Reader(l);
  r.sign();
  const noFloat: Term = [A.error, Atom.of('no_float')];
  if (r.digits() === 0) return noFloat;
  const point = r.peek();
  if (point !== 0x2e && point !== 0x2c) return noFloat;
  r.take();
  if (r.digits() === 0) return noFloat;
  const mantissa = { text: r.text, at: r.at };
  const e = r.peek();
  if (e === 0x65 || e === 0x45) {
    r.take();
    r.sign();
    if (r.digits() === 0) {
      r.text = mantissa.text;
      r.at = mantissa.at;
    }
  }
  const v = Number(r.text.replace(',', '.'));
  if (!Number.isFinite(v)) return noFloat;
  return [new ErlFloat(v), r.at];
}

export const stringNatives: NativeModule = {
  name: 'string',
  functions: {
    'list_to_integer/1': listToInteger,
    'list_to_float/1': listToFloat,
    ...stringFastPaths,
  } as unknown as Record<string, NativeFn>,
};
