// The Erlang shell: reads expressions through the user io server, checks
// them as erl_lint does, compiles them and has an evaluator process run
// them. The evaluator is replaced after an exception; bindings and the
// process dictionary survive, as in erl.

import { A, Atom, Fun, NIL, Pid, list, listToArray, type FunCode, type Term } from '../terms/types.js';
import type { Expr } from '../syntax/ast.js';
import { ExprReader, type ReadResult } from '../syntax/index.js';
import { lintExprs, formatShellError } from '../compiler/lint-shell.js';
import { expandRecordsInExprs, type RecordInfo } from '../compiler/records.js';
import { compileShellExprs } from '../compiler/compile_module.js';
import { CompileError } from '../compiler/codegen.js';
import { shellFormat } from '../terms/print_shell.js';
import type { VM } from '../vm/vm.js';
import type { Process } from '../vm/process.js';
import type { UserIo, ReadRequest } from './user_io.js';
import { describeException } from './exception_text.js';
import { refKey } from '../vm/vm.js';
import { constantTerm } from '../compiler/literals.js';
import { recordFromTuple, recordsInFile, shellRecord } from './shell_records.js';
import { ShellHistory } from './shell_history.js';

export const ESHELL_VERSION = '13.1.5';

interface Pending {
  resultVars: string[];
  /** rp(Expr): print the value with the shell's records, the result is ok. */
  print?: boolean;
}

export class Shell {
  private n = 1;
  private readonly bindings = new Map<string, Term>();
  private readonly history = new ShellHistory();
  /** The command being evaluated; history gets it with its result. */
  private command: Expr[] | null = null;
  readonly records = new Map<string, RecordInfo>();
  /** What rl() prints for each record of `records`. */
  private readonly recordTexts = new Map<string, string>();
  private evaluator: Process | null = null;
  private evalMonitor: string | null = null;
  private pending: Pending | null = null;
  private readonly proc: Process;
  private readonly reader = new ExprReader();
  catchException = false;

  constructor(
    private readonly vm: VM,
    private readonly user: UserIo,
    private readonly opts: { promptNode: string | null; terminate: () => void },
  ) {
    this.proc = vm.spawnNative((msg) => this.handle(msg), null, ['shell', 'start', 0]);
    this.proc.groupLeader = user.proc.pid;
  }

  /** erl prints the banner as the shell starts, before -eval output. */
  banner(): void {
    this.user.write(`Eshell V${ESHELL_VERSION}  (abort with ^G)\n`);
  }

  /** The first prompt, once the boot-time calls are done. */
  begin(): void {
    this.newEvaluator(null);
    this.prompt();
  }

  private promptText(): string {
    return this.opts.promptNode === null ? `${this.n}> ` : `(${this.opts.promptNode})${this.n}> `;
  }

  private prompt(): void {
    const reader = this.reader;
    const req: ReadRequest = {
      prompt: this.promptText(),
      consume: (input, eof) => {
        for (;;) {
          const r = reader.next();
          if (r !== null) {
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
    this.user.read(req);
  }

  private onInput(r: ReadResult): void {
    if (r.kind === 'error') {
      this.user.write(`* ${r.line}:${r.col}: ${r.message}\n`);
      this.prompt();
      return;
    }
    this.evaluate(r.exprs);
  }

  /** An evaluation that failed: `result` is what history keeps ({'EXIT', Reason}). */
  private fail(text: string, result: Term = [A.EXIT, A.error]): void {
    this.user.write(text);
    this.remember(result);
    this.n++;
    this.prompt();
  }

  private evaluate(input: Expr[]): void {
    let exprs = input;
    // e(N) runs command N again; history keeps that command, not e(N).
    const again = this.redo(exprs);
    if (again === null) return;
    exprs = again;
    this.command = exprs;
    const local = this.localCommand(exprs);
    if (local) return;
    const lint = lintExprs(exprs, this.bindings.keys(), this.records);
    if (lint.error !== null) {
      this.fail(formatShellError(lint.error) + '\n');
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
    let unit;
    try {
      const expanded = expandRecordsInExprs(exprs, this.records);
      unit = compileShellExprs(expanded, [...this.bindings.keys()], { module: 'erl_eval', localFallback: 'shell_default' });
    } catch (e) {
      if (e instanceof CompileError) {
        this.fail(`* ${e.line}:${e.col}: ${e.message}\n`);
        return;
      }
      // A bug of ours must not take the shell down: report it like an error.
      this.fail(`* erlts internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      return;
    }
    const inst = this.vm.code.instantiate(unit);
    const f0 = inst.fns[0]!;
    const code: FunCode = {
      module: Atom.of('erl_eval'),
      name: 'shell',
      arity: this.bindings.size,
      index: 0,
      uniq: 0,
      fn: (p: unknown, ...args: unknown[]) => f0(p, ...args.slice(0, -1)),
    };
    const fun = new Fun(code, [], this.proc.pid);
    this.pending = { resultVars: unit.resultVars, print };
    if (this.evaluator === null) this.newEvaluator(null);
    this.vm.deliver(this.evaluator!, [EVAL, fun, list([...this.bindings.values()])]);
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
      this.user.write(out);
      this.done(A.ok);
      return true;
    }
    if (name === 'h' && args.length === 0) {
      this.user.write(this.history.listing((v) => shellFormat(v, { column: 4, encoding: this.user.encoding, records: this.recordLookup })));
      this.done(A.ok);
      return true;
    }
    if (name === 'v' && args.length === 1 && intArg(args[0]!) !== null) {
      const k = intArg(args[0]!)!;
      const v = this.history.result(k, this.n);
      if (v === undefined) {
        this.user.write(`* ${k}: command not found\n`);
        this.prompt();
        return true;
      }
      this.done(v);
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
   * rd/2, rr/1, rf/0,1 and rl/0,1: shell.erl runs these in the shell itself,
   * on the shell's record table. Their arguments are literals here.
   */
  private recordCommand(name: string, args: Expr[]): boolean {
    const lit = (e: Expr | undefined): Term | undefined => (e === undefined ? undefined : constantTerm(e));
    const names = (t: Term | undefined): string[] | null => {
      if (t instanceof Atom) return [t.name];
      const items = t === undefined ? null : listToArray(t);
      return items !== null && items.every((x) => x instanceof Atom) ? items.map((x) => (x as Atom).name) : null;
    };
    if (name === 'rd' && args.length === 2) {
      const rname = lit(args[0]);
      const attr = rname instanceof Atom ? recordFromTuple(rname.name, args[1]!) : null;
      if (attr === null) {
        this.fail(describeException('error', A.function_clause, list([[Atom.of('shell'), Atom.of('rd'), 2, NIL]]), null, this.user.encoding, this.catchException));
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
      const text = which.filter((r) => this.recordTexts.has(r)).sort().map((r) => this.recordTexts.get(r)! + '\n').join('');
      this.user.write(text);
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
    if (items !== null && items.every((x) => typeof x === 'number')) return String.fromCharCode(...(items as number[]));
    return null;
  }

  /** The command behind e(N), the expressions themselves otherwise, null when N is no command (reported). */
  private redo(exprs: Expr[]): Expr[] | null {
    const e = exprs.length === 1 ? exprs[0]! : null;
    if (e === null || e.kind !== 'call' || e.fn.kind !== 'atom' || e.fn.value !== 'e' || e.args.length !== 1) return exprs;
    const k = intArg(e.args[0]!);
    if (k === null) return exprs;
    const cmd = this.history.command(k, this.n);
    if (cmd === undefined) {
      this.user.write(`* ${k}: command not found\n`);
      this.prompt();
      return null;
    }
    return cmd;
  }

  private remember(result: Term): void {
    if (this.command !== null) this.history.addCommand(this.n, this.command);
    this.command = null;
    this.history.addResult(this.n, result);
  }

  private done(value: Term): void {
    this.user.write(shellFormat(value, { encoding: this.user.encoding, records: this.recordLookup }) + '\n');
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

  private newEvaluator(from: Process | null): void {
    const fn = this.vm.code.lookup('erlts_shell', 'evaluator', 1);
    if (fn === null) throw new Error('erlts: shell evaluator missing');
    const p = this.vm.spawn(fn, [this.proc.pid], null, { groupLeader: this.user.proc.pid, initialCall: ['erlang', 'apply', 2] });
    if (from !== null && from.dict !== null) p.dict = new Map(from.dict);
    const ref = this.vm.makeRef();
    (p.monitoredBy ??= new Map()).set(refKey(ref), [ref, this.proc.pid, p.pid]);
    this.evalMonitor = refKey(ref);
    this.evaluator = p;
  }

  // ---- hooks for the terminal's completion and job control (tty.ts) ------------

  /** Bound variable names, for tab completion. */
  bindingNames(): string[] {
    return [...this.bindings.keys()];
  }

  /** ^G i: stops a running evaluation (reported as exit killed, as in erl). */
  interrupt(): void {
    if (this.pending !== null && this.evaluator !== null) this.vm.exitSignal(this.proc.pid, this.evaluator.pid, A.kill, false);
  }

  /** ^G k: ends this shell and its evaluator. */
  kill(): void {
    const ev = this.evaluator;
    // Forget the evaluator first: its 'DOWN' must not start a successor.
    this.evaluator = null;
    this.evalMonitor = null;
    this.pending = null;
    if (ev !== null) this.vm.exitSignal(this.proc.pid, ev.pid, A.kill, false);
    this.vm.exitSignal(this.proc.pid, this.proc.pid, A.kill, false);
  }

  // ---- messages from the evaluator ------------------------------------------

  private handle(msg: Term): void {
    if (!Array.isArray(msg)) return;
    if (msg.length === 3 && msg[0] instanceof Pid && this.evaluator !== null && msg[0] === this.evaluator.pid) {
      if (msg[1] === VALUE) this.onValue(msg[2]!);
      else if (msg[1] === EXCEPTION) this.onException(msg[2] as Term[]);
      return;
    }
    if (msg.length === 5 && msg[0] === A.DOWN) {
      const ref = msg[1] as never;
      if (this.evaluator !== null && refKey(ref) === this.evalMonitor) {
        const dead = this.evaluator;
        this.evaluator = null;
        this.newEvaluator(dead);
        if (this.pending !== null) {
          this.pending = null;
          this.fail(describeException('exit', msg[4]!, NIL, null, this.user.encoding, this.catchException), [A.EXIT, msg[4]!]);
        }
      }
    }
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
    if (p.print === true) {
      this.user.write(shellFormat(value!, { encoding: this.user.encoding, records: this.recordLookup, depth: -1 }) + '\n');
      this.done(A.ok);
      return;
    }
    this.done(value!);
  }

  private onException(e: Term[]): void {
    const p = this.pending;
    this.pending = null;
    if (p === null) return;
    const [cls, reason, stack] = e as [Atom, Term, Term];
    const dead = this.evaluator!;
    // The evaluator exits right after reporting; its successor inherits the dictionary.
    this.evaluator = null;
    this.evalMonitor = null;
    this.newEvaluator(dead);
    // shell's nocatch/2: what history keeps for the failed command.
    const kept: Term = cls.name === 'throw' ? [[A.nocatch, reason], stack] : [reason, stack];
    this.fail(describeException(cls.name as 'error', reason, stack, dead, this.user.encoding, this.catchException), [A.EXIT, kept]);
  }
}

/** A command number as typed: 3 or -1. */
function intArg(e: Expr): number | null {
  if (e.kind === 'integer') return Number(e.value);
  if (e.kind === 'unop' && e.op === '-' && e.operand.kind === 'integer') return -Number(e.operand.value);
  return null;
}

const EVAL = Atom.of('eval');
const VALUE = Atom.of('value');
const EXCEPTION = Atom.of('exception');
