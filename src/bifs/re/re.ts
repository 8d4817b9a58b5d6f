// The re module: erl's PCRE regular expressions, run by JavaScript's RegExp
// on patterns translated to JS (translate.ts). compile and run are in
// run.ts, replace and split (Erlang code over run in OTP) in edit.ts, long
// matches off the node's thread in slow_match.ts.

import { A, Atom, BitStr, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { frameError } from '../errors.js';
import { fromArray } from '../lists/util.js';
import { replace, split } from './edit.js';
import { compile, decodeMp, run } from './run.js';
import { type ExecAnswer, type ExecRequest, NeedsTime, matchInWorker, withAnswers } from './slow_match.js';
import { awaitHost } from '../../vm/host_wait.js';
import type { Process } from '../../vm/process.js';

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

/**
 * A native that matches: a match that needs more than a slice of
 * backtracks suspends the process while the worker finds it, then the
 * native runs again knowing that answer (slow_match.ts).
 */
function matching(name: string, body: (args: Term[]) => Term): (p: unknown, ...a: Term[]) => Term {
  return (p, ...args) => attempt(p as Process, ['re', name, args.length], [], () => body(args));
}

function attempt(p: Process, mfa: [string, string, number], known: Array<[ExecRequest, ExecAnswer]>, call: () => Term): Term {
  try {
    return withAnswers(known, call);
  } catch (e) {
    if (!(e instanceof NeedsTime)) throw e;
    let answer: ExecAnswer = null;
    const wait = awaitHost(p, mfa, () => attempt(p, mfa, [...known, [e.request, answer]], call));
    // A worker that failed counts as a match that gave up.
    matchInWorker(e.request, (a) => {
      answer = a instanceof Error ? null : a;
      wait.finished();
    });
    return wait.result as unknown as Term;
  }
}

const f: Record<string, (p: unknown, ...a: Term[]) => Term> = {
  'version/0': () => bin(new TextEncoder().encode('8.44 2020-02-12')),
  'compile/1': (_p, re) => compile([re!]),
  'compile/2': (_p, re, o) => compile([re!, o!]),
  'run/2': matching('run', run),
  'run/3': matching('run', run),
  'inspect/2': inspect,
  'replace/3': matching('replace', replace),
  'replace/4': matching('replace', replace),
  'split/2': matching('split', split),
  'split/3': matching('split', split),
};

export const reNatives: NativeModule = {
  name: 're',
  functions: f as unknown as Record<string, NativeFn>,
};
