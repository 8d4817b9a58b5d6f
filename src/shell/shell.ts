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

export const ESHELL_VERSION = '13.1.5';

interface Pending {
  resultVars: string[];
}

export class Shell {
  private n = 1;
  private readonly bindings = new Map<string, Term>();
  private readonly results = new Map<number, Term>();
  readonly records = new Map<string, RecordInfo>();
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

  private fail(text: string): void {
    this.user.write(text);
    this.n++;
    this.prompt();
  }

  private evaluate(exprs: Expr[]): void {
    const local = this.localCommand(exprs);
    if (local) return;
    const lint = lintExprs(exprs, this.bindings.keys(), this.records);
    if (lint.error !== null) {
      this.fail(formatShellError(lint.error) + '\n');
      return;
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
    this.pending = { resultVars: unit.resultVars };
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
    if (name === 'v' && args.length === 1 && args[0]!.kind === 'integer') {
      const k = Number(args[0]!.value);
      const idx = k > 0 ? k : this.n + k;
      const v = this.results.get(idx);
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

  private done(value: Term): void {
    this.user.write(shellFormat(value, { encoding: this.user.encoding, records: this.recordLookup }) + '\n');
    this.results.set(this.n, value);
    this.n++;
    this.prompt();
  }

  private readonly recordLookup = (name: string, size: number): readonly string[] | null => {
    const r = this.records.get(name);
    if (r === undefined) return null;
    const fields = (r as unknown as { fields: { name: string }[] }).fields?.map((f) => f.name) ?? null;
    return fields !== null && fields.length + 1 === size ? fields : null;
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
          this.fail(describeException('exit', msg[4]!, NIL, null, this.user.encoding, this.catchException));
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
    p.resultVars.forEach((name, i) => this.bindings.set(name, vals[i]!));
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
    this.fail(describeException(cls.name as 'error', reason, stack, dead, this.user.encoding, this.catchException));
  }
}

const EVAL = Atom.of('eval');
const VALUE = Atom.of('value');
const EXCEPTION = Atom.of('exception');
void listToArray;
