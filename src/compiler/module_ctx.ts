// The tables a compiled module's JavaScript refers to by index: constants
// (atoms, literal terms), export entries (remote calls), fun codes (lambdas).
// Generated code reads K[i], E[i], FC[i]; it never contains a user's name
// or literal as text.

import type { Term } from '../terms/types.js';

export interface LambdaSpec {
  /** JS identifier of the compiled lambda in the module text. */
  jsId: string;
  name: string;
  arity: number;
  /** Number of captured values (env). */
  nFree: number;
  /**
   * Shell funs only: the fun's clauses, its name (named funs) and its free
   * variables in env order, so it can travel to another node as erl_eval's
   * closures do (src/distribution/shell_funs_out.ts).
   */
  source?: { clauses: unknown[]; name: string | null; free: string[] };
}

export class ModuleCtx {
  readonly consts: Term[] = [];
  private readonly constIndex = new Map<Term, number>();
  readonly remotes: [string, string, number][] = [];
  private readonly remoteIndex = new Map<string, number>();
  readonly lambdas: LambdaSpec[] = [];
  readonly functionTexts: string[] = [];
  /** name/arity -> JS identifier of local functions. */
  readonly locals = new Map<string, string>();
  /** `-import(Mod, [F/A])`: F/A -> Mod; a call F(...) not defined locally goes to Mod:F. */
  readonly imports = new Map<string, string>();
  private nextFnId = 0;
  /** Per function: [name, arity, jsId, handler table id]. */
  readonly compiled: { name: string; arity: number; jsId: string }[] = [];
  /** Counters for '-f/1-fun-N-' and '-f/1-Name/A-N-' names; erl counts per function. */
  lambdaCounter = 0;
  namedLambdaCounter = 0;
  /** Receive clause heads as written (pattern_text.ts), by receiveKey; taken before records were expanded. */
  receiveTexts: Map<string, string> | null = null;

  constructor(
    readonly module: string,
    readonly file: string,
    /** Where unresolved local calls go (shell: the shell's command module). */
    readonly localFallback: string | null,
  ) {}

  /** A constant by identity (atoms are interned, so atoms dedupe). */
  k(t: Term): string {
    if (typeof t === 'number' && Number.isSafeInteger(t)) {
      // In parentheses: a bare numeral followed by `.x` is not valid JavaScript.
      return Object.is(t, -0) ? '(0)' : `(${String(t)})`;
    }
    let i = this.constIndex.get(t);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(t);
      this.constIndex.set(t, i);
    }
    return `K[${i}]`;
  }

  remote(module: string, name: string, arity: number): string {
    const key = `${module}\u0000${name}\u0000${arity}`;
    let i = this.remoteIndex.get(key);
    if (i === undefined) {
      i = this.remotes.length;
      this.remotes.push([module, name, arity]);
      this.remoteIndex.set(key, i);
    }
    return `E[${i}]`;
  }

  newFnId(prefix: string): string {
    return `${prefix}${this.nextFnId++}`;
  }
}
