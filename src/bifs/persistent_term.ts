// persistent_term: terms stored per node under any key, read without a
// copy. BEAM makes reads free and updates expensive (a global GC); here a
// term is immutable anyway, so both are a Map operation. info/0 counts
// erl's own 20 terms too, so a fresh node answers as erl's does; its
// memory figure is our estimate.

import { A, Atom, list, type Term } from '../terms/types.js';
import { error } from '../terms/exception.js';
import { ErlMap } from '../terms/map.js';
import type { NativeFn, NativeModule } from '../vm/native.js';
import type { Process } from '../vm/process.js';
import { termWords } from './ets/table.js';
import { termKey } from './term_key.js';

declare module '../vm/extensions.js' {
  interface VmExtensions {
    /** persistent_term's store: termKey(Key) -> {Key, Value} (bifs/persistent_term.ts). */
    persistentTerms?: Map<string, [Term, Term]>;
  }
}

/** The terms a fresh erl 25 node holds in persistent_term (its own). */
const ERL_OWN_TERMS = 20;
const ERL_OWN_BYTES = 27_864;

const ERTS_ERRORS = ErlMap.EMPTY.set(Atom.of('module'), Atom.of('erl_erts_errors'));

function store(p: Process): Map<string, [Term, Term]> {
  p.vm.ext.persistentTerms ??= new Map();
  return p.vm.ext.persistentTerms;
}

const functions: Record<string, (p: Process, ...a: Term[]) => Term> = {
  'put/2': (p, key, value) => {
    store(p).set(termKey(key!), [key!, value!]);
    return A.ok;
  },
  'get/1': (p, key) => {
    const hit = store(p).get(termKey(key!));
    if (hit === undefined) {
      throw error(A.badarg, {
        module: 'persistent_term',
        function: 'get',
        args: [key!],
        argErrors: { 1: 'no persistent term stored with this key' },
        errorInfo: ERTS_ERRORS,
      });
    }
    return hit[1];
  },
  'get/2': (p, key, dflt) => store(p).get(termKey(key!))?.[1] ?? dflt!,
  'get/0': (p) => list([...store(p).values()].map(([k, v]) => [k, v])),
  'erase/1': (p, key) => (store(p).delete(termKey(key!)) ? A.true : A.false),
  'info/0': (p) => {
    let words = 0;
    for (const [k, v] of store(p).values()) words += termWords(k) + termWords(v) + 3;
    return ErlMap.EMPTY.set(Atom.of('count'), ERL_OWN_TERMS + store(p).size).set(Atom.of('memory'), ERL_OWN_BYTES + 8 * words);
  },
};

export const persistentTermNatives: NativeModule = {
  name: 'persistent_term',
  functions: functions as unknown as Record<string, NativeFn>,
};
