// How local funs travel in NEW_FUN_EXT, and what a decoded fun points at
// when this node has no code for it.

import { nodeCrypto } from '../lazy_builtins.js';
import { A, type Atom, type Fun, NIL, list, type FunCode, type Term } from '../types.js';
import { type ErlException, error } from '../exception.js';

/**
 * Wire identity a FunCode may carry besides the FunCode fields. BEAM puts the
 * module's MD5 in NEW_FUN_EXT (`new_uniq`) and the fun's old index/uniq after
 * it; code compiled by erlts has no beam MD5, so when absent we derive one
 * from the module name (stable across runs, different per module).
 */
export interface FunWireIdentity {
  /** 16 bytes: NEW_FUN_EXT's Uniq field (BEAM: MD5 of the module). */
  readonly md5?: Uint8Array;
  /** NEW_FUN_EXT's OldIndex; defaults to `index`. */
  readonly oldIndex?: number;
}

/** Resolves a fun arriving over the wire to this node's code for it. `uniq` is the OldUniq integer (what `FunCode.uniq` holds); `md5` the 16-byte Uniq. */
export type FunResolver = (module: Atom, index: number, uniq: number, arity: number, md5: Uint8Array) => FunCode | null;

const md5Cache = new Map<Atom, Uint8Array>();

export function funMd5(code: FunCode): Uint8Array {
  const own = (code as FunCode & FunWireIdentity).md5;
  if (own instanceof Uint8Array && own.length === 16) return own;
  let m = md5Cache.get(code.module);
  if (m === undefined) {
    m = new Uint8Array(
      nodeCrypto()
        .createHash('md5')
        .update('erlts:' + code.module.name, 'utf8')
        .digest(),
    );
    md5Cache.set(code.module, m);
  }
  return m;
}

export function funOldIndex(code: FunCode): number {
  const own = (code as FunCode & FunWireIdentity).oldIndex;
  return typeof own === 'number' ? own : code.index;
}

export type UnresolvedFunCall = (code: UnresolvedFunCode, fun: Fun, args: Term[]) => Term;

/**
 * Code for a fun this node could not resolve when it was decoded. It keeps the
 * complete wire identity so re-encoding gives back the original bytes, and
 * when called it defers to `UnresolvedFunCode.onCall`: the VM may replace that
 * hook to retry resolution after loading the module. The default mirrors
 * BEAM: `undef` (stack top `{Fun, Args, []}`) when the module is unknown —
 * the VM should raise `{badfun, Fun}` instead when the module is loaded but
 * has no such fun.
 */
export class UnresolvedFunCode implements FunCode, FunWireIdentity {
  static onCall: UnresolvedFunCall = (_code, fun, args) => {
    const e: ErlException = error(A.undef);
    e.stack = list([[fun, list(args), NIL]]);
    throw e;
  };

  readonly unresolved = true;
  readonly name: string;
  // biome-ignore lint/suspicious/noExplicitAny: a fun's code is called with its own arity and any terms
  readonly fn: (...args: any[]) => any;

  constructor(
    readonly module: Atom,
    readonly index: number,
    /** OldUniq */
    readonly uniq: number,
    readonly arity: number,
    readonly md5: Uint8Array,
    readonly oldIndex: number,
  ) {
    this.name = `-fun-${index}-`;
    // Calling convention: fn(process, ...args, fun).
    // biome-ignore lint/suspicious/noExplicitAny: the same calling convention as any fun
    this.fn = (...callArgs: any[]) => {
      const fun = callArgs[callArgs.length - 1] as Fun;
      return UnresolvedFunCode.onCall(this, fun, callArgs.slice(1, -1) as Term[]);
    };
  }
}

export function isUnresolvedFunCode(c: FunCode): c is UnresolvedFunCode {
  return c instanceof UnresolvedFunCode;
}
