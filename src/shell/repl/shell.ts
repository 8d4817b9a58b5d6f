// The Erlang shell: reads expressions through the user io server, checks
// them as erl_lint does, compiles them and has an evaluator process run
// them. The evaluator is replaced after an exception; bindings and the
// process dictionary survive, as in erl.

import { A, Atom, Fun, NIL, Pid, list, listToArray, str, type FunCode, type Term } from '../../terms/types.js';
import type { NativeFn } from '../../vm/native.js';
import { ErlException } from '../../terms/exception.js';
import type { Expr } from '../../syntax/ast.js';
import { ExprReader, type ReadResult } from '../../syntax/index.js';
import { lintExprs, formatShellError } from '../../compiler/lint/shell.js';
import { expandRecordsInExprs, type RecordInfo } from '../../compiler/records.js';
import { compileShellExprs } from '../../compiler/compile_module.js';
import { CompileError } from '../../compiler/codegen.js';
import { shellFormat } from '../../terms/print/shell.js';
import type { VM } from '../../vm/vm.js';
import type { Process } from '../../vm/process.js';
import type { ReadRequest } from '../../bifs/io/user_server.js';
import type { ShellIo } from './shell_io.js';
import { describeException, type ExceptionReport } from './exception_text.js';
import { constantTerm } from '../../compiler/literals.js';
import { recordFromTuple, recordsInFile, shellRecord } from './records.js';
import { ShellHistory, historyLimits } from './command_history.js';
import { exceptionHints, valueHints } from './result_hints.js';
import { msTransformExprs } from '../../compiler/ms_transform.js';
import { attachShellToHints } from '../../bifs/lesson/hints.js';
import { rewriteShellCommands } from './local_calls.js';
import { forgetCalls, type Forget } from './forget_calls.js';
import type { DeepCommand } from './deep_command.js';
import { isStackOverflow, runDeep } from '../../compiler/deep_stack/runner.js';
import type { Token } from '../../syntax/token.js';
import { lintErrorTerm } from './lint_error_term.js';
import { bindResults, expandHistory, resultVar } from './command_history_expand.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** How each shell prints values (rp, the record printer), by shell pid id. */
    shellFormatters?: Map<number, ValueFormatter>;
  }
}

export const ESHELL_VERSION = '13.1.5';

interface Pending {
  resultVars: string[];
  /** rp(Expr): print the value with the shell's records, the result is ok. */
  print?: boolean;
  /** The command called f() (all) or f(Var): bindings to drop once it has run. */
  forget: Forget[];
}

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    shellCatchException?: boolean;
  }
}

/** shell's natives that need no shell running (-noshell code may call them). */
export function registerShellSettings(vm: VM): void {
  vm.code.registerNatives({ name: 'shell', functions: { 'catch_exception/1': catchExceptionNative as unknown as NativeFn } });
}

/** shell:catch_exception(Bool): sets whether an exception keeps the evaluator, returns the old setting. */
function catchExceptionNative(p: Process, on: Term): Term {
  if (on !== A.true && on !== A.false) throw new ErlException('error', A.function_clause, { module: 'shell', function: 'catch_exception', args: [on] });
  const vm = p.vm as VM;
  const old = vm.ext.shellCatchException === true;
  vm.ext.shellCatchException = on === A.true;
  return old ? A.true : A.false;
}

export class Shell {
  private n = 1;
  private readonly bindings = new Map<string, Term>();
  private readonly history: ShellHistory;
  /** The command being evaluated; history gets it with its result. */
  private command: Expr[] | null = null;
  readonly records = new Map<string, RecordInfo>();
  /** What rl() prints for each record of `records`. */
  private readonly recordTexts = new Map<string, string>();
  private evaluator: Process | null = null;
  /** The process dictionary after the last command that succeeded: a new evaluator starts with it. */
  private dict: Term = NIL;
  private pending: Pending | null = null;
  private readonly proc: Process;
  private readonly reader = new ExprReader();
  /** shell:catch_exception/1's setting, shared by the node's shells as erl keeps it in stdlib's env. */
  get catchException(): boolean {
    return this.vm.ext.shellCatchException === true;
  }
  set catchException(on: boolean) {
    this.vm.ext.shellCatchException = on;
  }

  constructor(
    private readonly vm: VM,
    private readonly user: ShellIo,
    private readonly opts: { promptNode: string | null; terminate: () => void },
  ) {
    // A process with its turn in the run queue, as erl's shell is: what the
    // evaluator reports is handled after the processes it made runnable
    // (a spawned server's first output comes before an exception's text).
    this.proc = vm.spawnNative((msg) => this.handle(msg), null, ['shell', 'start', 0], { scheduled: true });
    attachShellToHints(vm);
    this.proc.groupLeader = user.proc.pid;
    this.proc.trapExit = true;
    this.history = new ShellHistory(historyLimits(vm));
    registerShellSettings(vm);
    shellFormatters(vm).set(this.proc.pid.id, (value, depth, lineLength, encoding) =>
      shellFormat(value, { encoding, lineLength, records: this.recordLookup, ...(depth === null ? {} : { depth }) }),
    );
  }

  /** The shell process: what a remote caller links to. */
  get pid(): Pid {
    return this.proc.pid;
  }

  /** Output of the shell's own: it queues at the io server behind the output already sent, as in erl. */
  private write(s: string): void {
    if (s.length > 0) this.user.post(() => this.user.write(s));
  }

  /** An exception's report, after the io:getopts/0 calls shell.erl makes while formatting it. */
  private report(r: ExceptionReport): void {
    for (let i = 0; i < r.optionRequests; i++) this.user.askOptions();
    this.write(r.text);
  }

  /** erl prints the banner as the shell starts, before -eval output. */
  banner(): void {
    this.user.write(`Eshell V${ESHELL_VERSION}  (abort with ^G)\n`);
  }

  /** The first prompt, once the boot-time calls are done. */
  begin(): void {
    this.newEvaluator();
    this.prompt();
  }

  private promptText(): string {
    return this.opts.promptNode === null ? `${this.n}> ` : `(${this.opts.promptNode})${this.n}> `;
  }

  private prompt(): void {
    const reader = this.reader;
    const req: ReadRequest = {
      prompt: this.promptText(),
      midway: () => reader.hasUnread,
      consume: (input, eof) => {
        for (;;) {
          const r = reader.next();
          if (r !== null) {
            // What follows the dot stays in the io server for the next
            // read, as with io:scan_erl_exprs: on a terminal the next
            // prompt shows it (`2> X + Y.` after `X = 1, Y = 2. X + Y.`).
            input.unshift(reader.takeRest());
            queueMicrotask(() => this.onInput(r));
            return true;
          }
          const line = input.takeLine();
          if (line !== null) {
            reader.feed(line);
            continue;
          }
          if (!eof) return false;
          const rest = input.takeRest();
          if (rest.length > 0) {
            reader.feed(rest);
            continue;
          }
          const last = reader.atEof();
          if (last !== null) {
            queueMicrotask(() => this.onInput(last));
            return true;
          }
          queueMicrotask(() => this.opts.terminate());
          return true;
        }
      },
    };
    this.user.post(() => this.user.read(req));
  }

  private onInput(r: ReadResult): void {
    if (r.kind === 'error') {
      this.write(`* ${r.line}:${r.col}: ${r.message}\n`);
      this.prompt();
      return;
    }
    if (r.deep) this.evaluateDeep(r.tokens);
    else this.evaluate(r.exprs, r.tokens);
  }

  /** An evaluation that failed: `result` is what history keeps ({'EXIT', Reason}). */
  private fail(out: string | ExceptionReport, result: Term = [A.EXIT, A.error], hints = ''): void {
    if (typeof out === 'string') this.write(out);
    else this.report(out);
    this.write(hints);
    this.remember(result);
    this.n++;
    this.prompt();
  }

  private evaluate(input: Expr[], tokens: Token[]): void {
    try {
      this.evaluateHere(input);
    } catch (e) {
      // Nesting deeper than a pass's stack: the deep-stack worker does the passes again.
      if (!isStackOverflow(e)) throw e;
      this.command = null;
      this.evaluateDeep(tokens);
    }
  }

  private evaluateHere(input: Expr[]): void {
    // e(N) and v(N) as shell.erl expands them; history keeps the expansion.
    const expansion = expandHistory(input, this.n, this.history);
    if ('missing' in expansion) {
      this.write(`* ${expansion.missing}: command not found\n`);
      this.prompt();
      return;
    }
    let exprs = expansion.exprs;
    this.command = exprs;
    exprs = msTransformExprs(exprs, this.records);
    const local = this.localCommand(exprs);
    if (local) return;
    if (exprs.length > 1) exprs = this.recordDefinitionsFirst(exprs);
    const forgotten = forgetCalls(exprs);
    exprs = forgotten.exprs;
    const forget = forgotten.forget;
    const lint = lintExprs(exprs, this.bindings.keys(), this.records);
    if (lint.error !== null) {
      this.fail(formatShellError(lint.error) + '\n', [A.EXIT, lintErrorTerm(lint.error.message)]);
      return;
    }
    let print = false;
    const single = exprs.length === 1 ? exprs[0]! : null;
    if (single !== null && single.kind === 'call' && single.fn.kind === 'atom') {
      const { value: name } = single.fn;
      if (name === 'rp' && single.args.length === 1) {
        exprs = [single.args[0]!];
        print = true;
      } else if (this.recordCommand(name, single.args)) return;
    }
    let unit: ReturnType<typeof compileShellExprs>;
    const args = new Map(this.bindings);
    try {
      // Each v(K) reads result K: a variable of the compiled command, bound to it.
      const results = new Set<number>();
      const expanded = expandRecordsInExprs(bindResults(rewriteShellCommands(exprs), results), this.records);
      for (const k of results) args.set(resultVar(k), this.history.result(k, this.n)!);
      unit = compileShellExprs(expanded, [...args.keys()], { module: 'erl_eval', localFallback: 'shell_default' });
    } catch (e) {
      if (e instanceof CompileError) {
        this.fail(`* ${e.line}:${e.col}: ${e.message}\n`);
        return;
      }
      if (isStackOverflow(e)) throw e;
      // A bug of ours must not take the shell down: report it like an error.
      if (process.env.ERLTS_DEBUG) process.stderr.write(`${(e as Error)?.stack}\n`);
      this.fail(`* erlts internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      return;
    }
    this.run(unit, args, print, forget);
  }

  /**
   * A command nested deeper than this thread's stack: parsed, checked and
   * compiled in the deep-stack worker (deep_command.ts); erl's answer to a
   * limit when even that stack is not enough. History keeps no expressions
   * for it (h() would have to print them).
   */
  private evaluateDeep(tokens: Token[]): void {
    let r: DeepCommand | null;
    try {
      r = runDeep('shell_command', { tokens, bound: [...this.bindings.keys()], records: this.records, mode: 'shell' }) as DeepCommand | null;
    } catch (e) {
      if (!isStackOverflow(e)) throw e;
      r = null;
    }
    if (r === null) {
      this.fail('** exception error: a system limit has been reached\n');
      return;
    }
    if (r.kind === 'text') {
      this.fail(r.text);
      return;
    }
    if (r.kind === 'lint') {
      this.fail(r.text, [A.EXIT, r.term]);
      return;
    }
    const args = new Map(this.bindings);
    for (const k of r.results) args.set(resultVar(k), this.history.result(k, this.n)!);
    try {
      this.run(r.unit, args, r.print, r.forget);
    } catch (e) {
      // JavaScript's own parser out of stack on the compiled code.
      if (!isStackOverflow(e)) throw e;
      this.fail('** exception error: a system limit has been reached\n');
    }
  }

  /** Has the evaluator run a compiled command. */
  private run(unit: ReturnType<typeof compileShellExprs>, args: Map<string, Term>, print: boolean, forget: Forget[]): void {
    const inst = this.vm.code.instantiate(unit);
    const f0 = inst.fns[0]!;
    const code: FunCode = {
      module: Atom.of('erl_eval'),
      name: 'shell',
      arity: args.size,
      index: 0,
      uniq: 0,
      fn: (p: unknown, ...args: unknown[]) => f0(p, ...args.slice(0, -1)),
    };
    const fun = new Fun(code, [], this.proc.pid);
    this.pending = { resultVars: unit.resultVars, print, forget };
    if (this.evaluator === null) this.newEvaluator();
    // The shell's own plumbing: never held by the lesson tools' step-through.
    // Traced as a message from the shell, so that the live view can tell its
    // evaluator's internals by their sender.
    const evalMsg: Term = [EVAL, fun, list([...args.values()]), print ? RP : VALUE];
    if (this.vm.tracer !== null) this.vm.trace({ kind: 'send', from: this.proc.pid, to: this.evaluator!.pid, msg: evalMsg });
    this.vm.deliverNow(this.evaluator!, evalMsg);
  }

  /** f(), f(X), b(), v(N) and friends: commands that act on the shell itself. */
  private localCommand(exprs: Expr[]): boolean {
    if (exprs.length !== 1) return false;
    const e = exprs[0]!;
    if (e.kind !== 'call' || e.fn.kind !== 'atom') return false;
    const name = e.fn.value;
    const args = e.args;
    if (name === 'f' && args.length === 0) {
      this.bindings.clear();
      this.done(A.ok);
      return true;
    }
    if (name === 'f' && args.length === 1 && args[0]!.kind === 'var') {
      this.bindings.delete(args[0]!.name);
      this.done(A.ok);
      return true;
    }
    if (name === 'b' && args.length === 0) {
      let out = '';
      for (const [k, v] of this.bindings) out += `${k} = ${shellFormat(v, { column: k.length + 4, encoding: this.user.encoding })}\n`;
      this.write(out);
      this.done(A.ok);
      return true;
    }
    if (name === 'h' && args.length === 0) {
      this.write(this.history.listing((v) => shellFormat(v, { column: 4, encoding: this.user.encoding, records: this.recordLookup })));
      this.done(A.ok);
      return true;
    }
    if (name === 'catch_exception' && args.length === 1 && args[0]!.kind === 'atom') {
      const old = this.catchException;
      this.catchException = args[0]!.value === 'true';
      this.done(old ? A.true : A.false);
      return true;
    }
    return false;
  }

  /**
   * `rd(p, {a,b}), #p{a = 1}`: shell.erl evaluates a sequence one
   * expression at a time, so a record rd/2 defines is known to the ones
   * after it. The definitions are taken here, before the sequence is
   * checked, and each rd/2 call becomes its value, the record's name.
   */
  private recordDefinitionsFirst(exprs: Expr[]): Expr[] {
    return exprs.map((e) => {
      if (e.kind !== 'call' || e.fn.kind !== 'atom' || e.fn.value !== 'rd' || e.args.length !== 2 || e.args[0]!.kind !== 'atom') return e;
      const attr = recordFromTuple(e.args[0]!.value, e.args[1]!);
      if (attr === null) return e;
      this.addRecord(shellRecord(attr));
      return e.args[0]!;
    });
  }

  /**
   * rd/2, rr/1, rf/0,1 and rl/0,1: shell.erl runs these in the shell itself,
   * on the shell's record table. Their arguments are literals here.
   */
  private recordCommand(name: string, args: Expr[]): boolean {
    const lit = (e: Expr | undefined): Term | undefined => (e === undefined ? undefined : constantTerm(e));
    const names = (t: Term | undefined): string[] | null => {
      if (t instanceof Atom) return [t.name];
      const items = t === undefined ? null : listToArray(t);
      return items?.every((x) => x instanceof Atom) ? items.map((x) => (x as Atom).name) : null;
    };
    if (name === 'rd' && args.length === 2) {
      const rname = lit(args[0]);
      const attr = rname instanceof Atom ? recordFromTuple(rname.name, args[1]!) : null;
      if (attr === null) {
        this.fail(
          describeException('error', A.function_clause, list([[Atom.of('shell'), Atom.of('rd'), 2, NIL]]), null, this.user.encoding, this.catchException),
        );
        return true;
      }
      this.addRecord(shellRecord(attr));
      this.done(rname!);
      return true;
    }
    if (name === 'rf' && args.length <= 1) {
      const which = args.length === 0 ? [...this.records.keys()] : names(lit(args[0]));
      if (which === null) return false;
      for (const r of which) {
        this.records.delete(r);
        this.recordTexts.delete(r);
      }
      // rf() re-reads user_default's records, of which there are none.
      this.done(args.length === 0 ? NIL : A.ok);
      return true;
    }
    if (name === 'rl' && args.length <= 1) {
      const which = args.length === 0 ? [...this.records.keys()] : names(lit(args[0]));
      if (which === null) return false;
      const text = which
        .filter((r) => this.recordTexts.has(r))
        .sort()
        .map((r) => this.recordTexts.get(r)! + '\n')
        .join('');
      this.write(text);
      this.done(A.ok);
      return true;
    }
    if (name === 'rr' && args.length === 1) {
      const file = this.recordSource(lit(args[0]));
      if (file === null) return false;
      const attrs = recordsInFile(file) ?? [];
      for (const a of attrs) this.addRecord(shellRecord(a));
      this.done(list([...new Set(attrs.map((a) => a.name))].sort().map((n) => Atom.of(n))));
      return true;
    }
    return false;
  }

  private addRecord(r: { info: RecordInfo; text: string }): void {
    this.records.set(r.info.name, r.info);
    this.recordTexts.set(r.info.name, r.text);
  }

  /** rr's argument: a module (its source file, as compiled) or a file name. */
  private recordSource(t: Term | undefined): string | null {
    if (t instanceof Atom) {
      if (!this.vm.code.ensureLoaded(t.name)) return null;
      const file = this.vm.code.modules.get(t.name)?.file ?? '';
      return file === '' ? null : file;
    }
    const items = t === undefined ? null : listToArray(t);
    if (items?.every((x) => typeof x === 'number')) return String.fromCharCode(...(items as number[]));
    return null;
  }

  private remember(result: Term): void {
    this.history.add(this.n, this.command, result, historyLimits(this.vm));
    this.command = null;
  }

  /** A command the shell ran itself: it prints the value. */
  private done(value: Term): void {
    this.write(shellFormat(value, { encoding: this.user.encoding, records: this.recordLookup }) + '\n');
    this.next(value);
  }

  /** The command's value is printed: remember it and read the next command. */
  private next(value: Term): void {
    this.write(valueHints(this.vm, value));
    this.remember(value);
    this.n++;
    this.prompt();
  }

  private readonly recordLookup = (name: string, size: number): readonly string[] | null => {
    const r = this.records.get(name);
    if (r === undefined) return null;
    const fields = (r as unknown as { fields: { name: string }[] }).fields?.map((f) => f.name) ?? null;
    return fields !== null && fields.length === size ? fields : null;
  };

  private newEvaluator(): void {
    const fn = this.vm.code.lookup('erlts_shell', 'evaluator', 2);
    if (fn === null) throw new Error('erlts: shell evaluator missing');
    // Linked, with the shell trapping exits, as shell.erl's start_eval/3 does
    // (process_info(self(), links) typed at the prompt shows the shell).
    const p = this.vm.spawn(fn, [this.proc.pid, this.dict], this.proc, { link: true, groupLeader: this.user.proc.pid, initialCall: ['erlang', 'apply', 2] });
    this.evaluator = p;
  }

  // ---- hooks for the terminal's completion and job control (tty.ts) ------------

  /** Bound variable names, for tab completion. */
  bindingNames(): string[] {
    return [...this.bindings.keys()];
  }

  /** ^G i: stops a running evaluation (reported as exit killed, as in erl). */
  interrupt(): void {
    if (this.evaluator === null) return;
    // An idle evaluator is killed too: erl then reports `exit: killed` at the same prompt number.
    if (this.pending === null) this.idleInterrupt = true;
    this.vm.exitSignal(this.proc.pid, this.evaluator.pid, A.kill, false);
  }

  private idleInterrupt = false;

  /** ^G k: ends this shell and its evaluator. */
  kill(): void {
    const ev = this.evaluator;
    // Forget the evaluator first: its 'DOWN' must not start a successor.
    this.evaluator = null;
    this.pending = null;
    if (ev !== null) this.vm.exitSignal(this.proc.pid, ev.pid, A.kill, false);
    this.vm.exitSignal(this.proc.pid, this.proc.pid, A.kill, false);
  }

  // ---- messages from the evaluator ------------------------------------------

  private handle(msg: Term): void {
    if (!Array.isArray(msg)) return;
    if (msg.length >= 3 && msg[0] instanceof Pid && this.evaluator !== null && msg[0] === this.evaluator.pid) {
      if (msg[1] === VALUE && msg.length === 4) {
        this.dict = msg[3]!;
        this.onValue(msg[2]!);
      } else if (msg[1] === EXCEPTION) this.onException(msg[2] as Term[]);
      return;
    }
    if (msg.length === 3 && msg[0] === A.EXIT && this.linkSignal(msg[1]!, msg[2]!)) return;
    if (msg.length === 3 && msg[0] === A.EXIT) {
      // A stale evaluator's exit (it reported an exception first) is not news.
      if (this.evaluator !== null && msg[1] === this.evaluator.pid) {
        this.evaluator = null;
        this.newEvaluator();
        // shell.erl splits a {Reason, Stack} exit reason; an evaluator that
        // dies while the shell waits for input is reported as an error.
        const [reason, stack] = splitExitReason(msg[2]!);
        if (this.pending !== null) {
          this.pending = null;
          this.fail(describeException('exit', reason, stack, null, this.user.encoding, this.catchException), [A.EXIT, reason]);
        } else {
          const cls = this.idleInterrupt ? 'exit' : 'error';
          this.idleInterrupt = false;
          this.report(describeException(cls, reason, stack, null, this.user.encoding, this.catchException));
        }
      }
    }
  }

  /**
   * As shell.erl's loop: an `interrupt` exit (^G i from a remote shell's
   * group) stops the evaluation; the death of the process on another node
   * that started this shell and linked to it (erl's group, our
   * erlts_remsh) ends the shell. Local exits are the evaluators'.
   */
  private linkSignal(from: Term, reason: Term): boolean {
    if (reason === INTERRUPT) {
      this.interrupt();
      return true;
    }
    if (!(from instanceof Pid) || from.node === this.vm.nodeName) return false;
    this.kill();
    return true;
  }

  private onValue(v: Term): void {
    const p = this.pending;
    this.pending = null;
    if (p === null || !Array.isArray(v)) return;
    const [value, ...vals] = v;
    this.bindings.clear();
    // Variables the record expansion made up (rec0...) are no bindings of the user's.
    p.resultVars.forEach((name, i) => {
      if (/^[A-Z_]/.test(name)) this.bindings.set(name, vals[i]!);
    });
    for (const f of p.forget) {
      if ('all' in f) this.bindings.clear();
      else this.bindings.delete(f.name);
    }
    // The evaluator has printed the value (rp/1: the term, then ok).
    this.next(p.print === true ? A.ok : value!);
  }

  private onException(e: Term[]): void {
    const p = this.pending;
    this.pending = null;
    if (p === null) return;
    const [cls, reason, stack] = e as [Atom, Term, Term];
    const dead = this.evaluator!;
    // The evaluator exits right after reporting; its successor starts with the last good dictionary.
    this.evaluator = null;
    this.newEvaluator();
    // shell's nocatch/2: what history keeps for the failed command.
    const kept: Term = cls.name === 'throw' ? [[A.nocatch, reason], stack] : [reason, stack];
    this.fail(
      describeException(cls.name as 'error', reason, stack, dead, this.user.encoding, this.catchException),
      [A.EXIT, kept],
      exceptionHints(this.vm, cls.name, reason, stack),
    );
  }
}

/** {Reason, Stack} as shell.erl takes an evaluator's exit reason apart. */
function splitExitReason(r: Term): [Term, Term] {
  if (Array.isArray(r) && r.length === 2 && listToArray(r[1]!) !== null) return [r[0]!, r[1]!];
  return [r, NIL];
}

type ValueFormatter = (value: Term, depth: number | null, lineLength: number, encoding: 'latin1' | 'unicode') => string;

/**
 * erlts_shell_format:value/5, which the evaluator calls to print a result
 * with its shell's record definitions: one formatter per shell, by pid.
 */
function shellFormatters(vm: VM): Map<number, ValueFormatter> {
  const known = vm.ext.shellFormatters;
  if (known !== undefined) return known;
  const formatters = new Map<number, ValueFormatter>();
  vm.ext.shellFormatters = formatters;
  const value = (_p: unknown, shell: Term, v: Term, depth: Term, columns: Term, encoding: Term): Term => {
    const f = shell instanceof Pid ? formatters.get(shell.id) : undefined;
    const enc = encoding === Atom.of('unicode') ? 'unicode' : 'latin1';
    const width = typeof columns === 'number' && columns > 0 ? columns : 80;
    const d = depth === Atom.of('unlimited') ? -1 : null;
    const text = f !== undefined ? f(v, d, width, enc) : shellFormat(v, { encoding: enc, lineLength: width });
    return str(text);
  };
  vm.code.registerNatives({ name: 'erlts_shell_format', functions: { 'value/5': value as unknown as NativeFn } });
  return formatters;
}

const EVAL = Atom.of('eval');
const VALUE = Atom.of('value');
const RP = Atom.of('rp');
const EXCEPTION = Atom.of('exception');
const INTERRUPT = Atom.of('interrupt');
