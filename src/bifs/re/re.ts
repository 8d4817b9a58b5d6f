// The re module: erl's PCRE regular expressions, run by JavaScript's RegExp
// on patterns translated to JS (re_translate.ts). compile and run are in
// re_run.ts, replace and split (Erlang code over run in OTP) in re_edit.ts.

import { A, Atom, BitStr, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { frameError } from '../errors.js';
import { fromArray } from '../lists/util.js';
import { replace, split } from './edit.js';
import { compile, decodeMp, run } from './run.js';

const bin = (b: Uint8Array) => new BitStr(b);

function inspect(_p: unknown, mpT: Term, item: Term): Term {
  const mp = decodeMp(mpT);
  if (mp === null || item !== Atom.of('namelist')) {
    const errs: Record<number, string> = {};
    if (mp === null) errs[1] = 'not a compiled regular expression';
    if (mp !== null || !(item instanceof Atom)) errs[2] = 'not a valid item';
    throw frameError(A.badarg, 're', 'inspect', [mpT, item], errs);
  }
  return [Atom.of('namelist'), fromArray([...mp.tr.names.keys()].map((n) => bin(new TextEncoder().encode(n))))];
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'version/0': () => bin(new TextEncoder().encode('8.44 2020-02-12')),
  'compile/1': (_p, re) => compile([re!]),
  'compile/2': (_p, re, o) => compile([re!, o!]),
  'run/2': (_p, s, re) => run([s!, re!]),
  'run/3': (_p, s, re, o) => run([s!, re!, o!]),
  'inspect/2': inspect,
  'replace/3': (_p, s, re, r) => replace([s!, re!, r!]),
  'replace/4': (_p, s, re, r, o) => replace([s!, re!, r!, o!]),
  'split/2': (_p, s, re) => split([s!, re!]),
  'split/3': (_p, s, re, o) => split([s!, re!, o!]),
};

export const reNatives: NativeModule = {
  name: 're',
  functions: f as unknown as Record<string, NativeFn>,
};
