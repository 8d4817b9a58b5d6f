// The tables a compiled module's JavaScript refers to by index: constants
// (atoms, literal terms), export entries (remote calls), fun codes (lambdas).
// Generated code reads K[i], E[i], FC[i]; it never contains a user's name
// or literal as text.

import type { Term } from '../terms/types.js';
import type { ModuleFunNames } from './fun_names.js';

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
  /** Its index in BEAM's fun table (fun_info, #Fun<m.I.U>); default: its place in `lambdas`. */
  index?: number;
  /**
   * What stack traces call its frame, when not name/arity: a lifted fun's
   * arity counts its free variables; an inlined fun's code runs in its
   * caller's frame (fun_names.ts).
   */
  frame?: { name: string; arity: number; inlined: boolean };
}

/**
 * The local functions OTP's compiler makes of the list and binary
 * comprehensions around some code (compiler/codegen.ts), innermost first.
 */
export interface ComprehensionChain {
  levels: {
    /** The generator's function ('-f/1-lc$^0/1-0-') and its arity. */
    name: string;
    arity: number;
    /** The line this level is at when an inner comprehension runs (the inner one's call). */
    callLine: number;
    /** The bit of the comprehension's accumulator in ex.accs (-1: none, a binary comprehension). */
    bit: number;
    /** The innermost generator's function: its body recursion's return frame, with its line. */
    ret: [string, number, number] | null;
  }[];
  /** The outermost comprehension is the function's last call: no frame of the function below. */
  tail: boolean;
  /** The line of the function's call of the outermost comprehension. */
  line: number;
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
  /** A module's funs as OTP names and numbers them (null for shell code). */
  funNames: ModuleFunNames | null = null;
  /** 'f/1' -> the lambda of `fun f/1`, one per function. */
  readonly funRefs = new Map<string, number>();
  /** The comprehension chains fn.V refers to, by index (0: none). */
  readonly chains: (ComprehensionChain | null)[] = [null];
  private readonly chainIndex = new Map<string, number>();

  /** The index of a comprehension chain (compared by value). */
  chain(c: ComprehensionChain): number {
    const key = JSON.stringify(c);
    let i = this.chainIndex.get(key);
    if (i === undefined) {
      i = this.chains.length;
      this.chains.push(c);
      this.chainIndex.set(key, i);
    }
    return i;
  }

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
    return `K${i}`;
  }

  /**
   * The statement that names each constant (after every function is
   * compiled): code reads a constant from its closure, not by an index
   * into K, which needs type feedback V8 has not got for a branch not yet
   * taken when it optimizes (a deopt and a second compile of the function).
   */
  constDecls(): string {
    if (this.consts.length === 0) return '';
    return `const ${this.consts.map((_, i) => `K${i} = K[${i}]`).join(', ')};`;
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
