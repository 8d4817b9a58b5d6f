// The erlts entry point, loaded by bin/erlts: erl's command line, then a
// node with its io server, the -eval/-s/-run calls, and the shell.

import * as os from 'node:os';
import { parseErlArgs, versionText, type ErlArgs, type StartupCall } from './args.js';
import { colourLevel } from '../shell/terminal/colour.js';
import { resolveNodeName } from './node_name.js';
import { renderCookieBootFailure, renderInvalidNodeName, renderNodeNameBootFailure } from './boot_failure.js';
import { resolveCookie } from './cookie.js';
import { startDistribution, type DistBoot } from './dist_boot.js';
import { attachDistribution } from '../distribution/node.js';
import { createVM } from '../code/boot.js';
import { UserIo } from '../bifs/io/user_server.js';
import { Shell, ESHELL_VERSION, registerShellSettings } from '../shell/repl/shell.js';
import { Terminal } from '../shell/terminal/tty.js';
import { registerRemoteShellStart } from '../shell/jobs/remote_shell.js';
import { registerLiveView } from '../observer/natives.js';
import { remshTarget } from '../shell/jobs/remote_job.js';
import { compileShellExprs } from '../compiler/compile_module.js';
import { ExprReader, systemLimit } from '../syntax/index.js';
import type { Token } from '../syntax/token.js';
import { isStackOverflow, runDeep } from '../compiler/deep_stack/runner.js';
import type { CompiledUnit } from '../compiler/compile_module.js';
import type { DeepCommand } from '../shell/repl/deep_command.js';
import { Atom, Fun, NIL, list, listToArray, str, type FunCode, type Term } from '../terms/types.js';
import { installAtomLimit } from '../vm/out_of_memory.js';
import { watchHeap } from '../vm/heap_watch.js';
import { collectWhenQuiet } from '../vm/full_gc.js';
import { errorReportHeader, formatErrorReport, logLater } from '../bifs/logger/crash_report.js';
import { formatLogEvent } from '../bifs/logger/log_event.js';
import { crashReportNatives } from '../bifs/logger/crash_report_proc.js';
import { initTerminatingOutput } from '../bifs/logger/crash_report_boot.js';
import { displayTerm } from '../bifs/erlang/display.js';
import type { VM } from '../vm/vm.js';
import type { NativeFn } from '../vm/native.js';
import { writeTerm } from '../terms/print/write.js';
import { configureHints } from '../bifs/lesson/hints.js';
import { hintLanguage } from '../bifs/lesson/hint_catalogue.js';
import { Chalk } from 'chalk';
import { exitFlushed, isHalting } from './exit_flushed.js';

/** The erts version we imitate; `erl -version` and the Eshell banner show it. */
export const ERTS_VERSION = ESHELL_VERSION;
/** The OTP release erlts answers as (erlang:system_info(otp_release)). */
const OTP_RELEASE = '25';

export async function main(argv: readonly string[]): Promise<number | null> {
  // Ours, not erl's: play a live view recording back (src/observer/replay.ts), loaded only then.
  if (argv[0] === '--replay') return (await import('../observer/replay.js')).serveReplay(argv[1]);
  const parsed = parseErlArgs(argv);
  if (!parsed.ok) {
    (parsed.failure.stream === 'stdout' ? process.stdout : process.stderr).write(parsed.failure.text);
    return parsed.failure.exitCode;
  }
  const args = parsed.args;
  // help.js loads commander (and child_process with it): only for these two.
  if (args.help) {
    const { helpText } = await import('./help.js');
    process.stdout.write(helpText(colourLevel(process.env, process.stdout.isTTY === true) > 0));
    return 0;
  }
  if (args.gnuVersion) {
    const { gnuVersionText } = await import('./help.js');
    process.stdout.write(gnuVersionText(OTP_RELEASE, ERTS_VERSION));
    return 0;
  }
  if (args.version) {
    process.stderr.write(versionText(ERTS_VERSION));
    return 0;
  }
  return await startNode(args);
}

async function startNode(args: ErlArgs): Promise<number | null> {
  const vm = createVM({ codePath: [...args.pathsFront, '.', ...args.pathsBack] });
  vm.ext.initArgs = { arguments: args.arguments, plain: args.plain };
  // -remsh works on a terminal only, as erl's user_drv; erl without a name
  // then starts one for itself (hidden: nodes() over there stays []).
  const remsh = args.remsh !== null && !args.noshell && !args.noinput && process.stdin.isTTY === true && process.stdout.isTTY === true ? args.remsh : null;
  const remshUnnamed = remsh !== null && args.nodeName === null;
  if (remshUnnamed) {
    args.nodeName = { domain: 'shortnames', spec: `remsh${process.pid}` };
    args.hidden = true;
  }
  let promptNode: string | null = null;
  let dist: DistBoot | null = null;
  if (args.nodeName !== null) {
    const r = resolveNodeName(args.nodeName, os.hostname());
    if (!r.ok) {
      process.stdout.write(
        r.kind === 'protocol' ? renderInvalidNodeName(r.spec) : renderNodeNameBootFailure(r.problem, r.name, args.nodeName.domain, new Date()),
      );
      return 1;
    }
    vm.nodeName = Atom.of(r.node);
    promptNode = r.node;
    // A named node gets its cookie as kernel's auth server does at boot:
    // -setcookie, else ~/.erlang.cookie (created when missing). A bad file
    // stops the boot, before EPMD is asked anything (auth starts first).
    const cookie = resolveCookie(args.setCookie, process.env);
    if (!cookie.ok) {
      process.stdout.write(renderCookieBootFailure(cookie.message, new Date()));
      return 1;
    }
    vm.ext.cookie = Atom.of(cookie.cookie);
    // Listen and register in EPMD before any process exists, so that every
    // local pid carries the creation EPMD gave us.
    const started = await startDistribution(args, r.node, cookie.cookie);
    if (!started.ok) {
      process.stderr.write(started.message);
      return 1;
    }
    dist = started.dist;
    vm.nodeName = started.dist.net.name;
    vm.creation = started.dist.net.creation;
  }
  const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const encoding = tty ? 'unicode' : 'latin1';
  // A reader that goes away (`erlts ... | head -1`) ends the node as it ends
  // erl: quietly, status 1, never with a Node.js stack trace.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => process.exit(1));
  const out = {
    write: (s: string) => {
      if (!isHalting()) process.stdout.write(encoding === 'latin1' ? Buffer.from(s, 'latin1') : s);
    },
  };
  const user = new UserIo(vm, out, { encoding });
  vm.initPid = user.proc.pid;
  vm.userPid = user.proc.pid;
  const stderrIo = new UserIo(vm, { write: (s) => process.stderr.write(Buffer.from(s, 'latin1')) }, { encoding: 'latin1', name: 'standard_error' });
  void stderrIo;
  installAtomLimit();
  watchHeap();
  collectWhenQuiet();
  vm.ext.crashReport = (p, reason) => logLater(user, formatErrorReport(p.pid, reason, new Date()));
  vm.ext.logReport = (text) => logLater(user, text);
  vm.ext.errorLog = (text) => logLater(user, `${errorReportHeader(new Date())}\n${text}\n\n`);
  vm.code.registerNatives(crashReportNatives(user));
  vm.ext.display = (t: Term) => process.stdout.write(Buffer.from(displayTerm(t) + '\r\n', 'latin1'));
  vm.onHalt = (status) => {
    if (typeof status === 'string') {
      // halt(Slogan): the emulator writes the slogan and the dump note to stderr.
      process.stderr.write(Buffer.from(`${status}\r\n\r\nCrash dump is being written to: erl_crash.dump...done\r\n`, 'latin1'));
      exitFlushed(1);
      return;
    }
    exitFlushed(status);
  };
  registerInit(vm);
  registerShellSettings(vm);
  stopOnSigterm(user);
  registerRemoteShellStart(vm);
  registerLiveView(vm);
  setUpHints(vm, args, user);
  if (dist !== null) {
    // Connection reports print like the crash reports: between prompts.
    dist.setLog((text) => logLater(user, text));
    // -connect_all false: peers of peers are not connected to (global's job in erl).
    vm.ext.connectAll = args.connectAll;
    attachDistribution(vm, dist.net);
  }

  // An interactive terminal gets line editing, history, completion and the
  // ^C/^G menus (src/shell/terminal/tty.ts); pipes keep the plain read path below.
  const terminal = tty && !args.noshell && !args.noinput ? openTerminal(vm, user, args) : null;
  if (!args.noinput && terminal === null) {
    const openStdin = () => {
      process.stdin.on('data', (chunk: Buffer) => user.feed(chunk.toString('latin1')));
      process.stdin.on('end', () => user.endOfInput());
      process.stdin.on('error', () => user.endOfInput());
    };
    if (args.noshell) user.onFirstRead = openStdin;
    else openStdin();
  }
  // erl without a shell runs until halt/0 or init:stop/0, with work to do
  // or not; Node.js would end the process as soon as nothing is pending.
  if (args.noshell || args.noinput) setInterval(() => {}, 2 ** 30);

  let shell: Shell | null = null;
  if (remsh !== null && terminal !== null) {
    // The shell runs on the target; its banner and prompts come from there.
    const target = remshTarget(remsh, vm.nodeName.name);
    const factory = (io: UserIo) => new Shell(vm, io, { promptNode, terminate: () => terminateNode(vm, user) });
    runStartup(vm, args.startup, user.proc.pid, () => terminal.adoptRemote(target, factory, remshUnnamed ? { connectFirst: remsh } : {}));
    return null;
  }
  if (!args.noshell && !args.noinput) {
    shell = new Shell(vm, user, {
      promptNode,
      terminate: () => terminateNode(vm, user),
    });
    shell.banner();
    terminal?.adoptShell(shell, (io) => new Shell(vm, io, { promptNode, terminate: () => terminateNode(vm, user) }));
  }
  const startShell = () => shell?.begin();
  runStartup(vm, args.startup, user.proc.pid, startShell);
  return null;
}

/**
 * erl's erl_signal_handler: SIGTERM (a `kill`, a service manager stopping
 * the node) is logged and stops the node as init:stop/0 does, status 0.
 */
function stopOnSigterm(user: UserIo): void {
  process.once('SIGTERM', () => {
    const report = formatLogEvent([Atom.of('log'), Atom.of('info'), str('SIGTERM received - shutting down~n'), NIL, NIL], new Date());
    if (report !== null) logLater(user, report, 'notice');
    // init:stop/0 takes its time to stop the applications; the report is out by then.
    setTimeout(() => exitFlushed(0), 100);
  });
}

/** End of input for a shell: erl's last words, then exit 0. */
function terminateNode(vm: VM, user: UserIo): void {
  user.write(`*** Terminating erlang (${writeTerm(vm.nodeName)})\n`);
  exitFlushed(0);
}

function openTerminal(vm: VM, user: UserIo, args: ErlArgs): Terminal {
  const kernel = new Map(args.appParameters.filter((p) => p.app === 'kernel').map((p) => [p.key, p.value] as [string, string]));
  return Terminal.open({ vm, user, kernel, env: process.env, stdin: process.stdin, stdout: process.stdout });
}

/** Compiles one -eval string to a fun of no arguments. */
function evalFun(vm: VM, text: string): Term | string {
  const reader = new ExprReader();
  // init accepts an -eval without its final full stop.
  reader.feed(/\.\s*$/.test(text) ? `${text} ` : `${text}. `);
  const r = reader.next() ?? reader.atEof();
  if (r === null) return 'no expression';
  if (r.kind === 'error') return `${r.line}:${r.col}: ${r.message}`;
  let f0: (p: unknown) => unknown;
  try {
    if (r.deep) throw new RangeError('Maximum call stack size exceeded');
    const unit = compileShellExprs(r.exprs, [], { module: 'erl_eval', localFallback: 'shell_default', name: 'eval' });
    f0 = vm.code.instantiate(unit).fns[0]!;
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    // Nested deeper than this thread's stack: compiled in the deep-stack worker, or erl's answer to a limit.
    const deep = deepEvalUnit(r.tokens);
    if (typeof deep === 'string') return deep;
    try {
      f0 =
        deep === null
          ? vm.code.instantiate(compileShellExprs(systemLimit(r.tokens), [], { module: 'erl_eval', localFallback: 'shell_default', name: 'eval' })).fns[0]!
          : vm.code.instantiate(deep).fns[0]!;
    } catch (e2) {
      if (!isStackOverflow(e2)) throw e2;
      f0 = vm.code.instantiate(compileShellExprs(systemLimit(r.tokens), [], { module: 'erl_eval', localFallback: 'shell_default', name: 'eval' })).fns[0]!;
    }
  }
  const code: FunCode = { module: Atom.of('erl_eval'), name: 'eval', arity: 0, index: 0, uniq: 0, fn: (p: unknown) => f0(p) };
  return new Fun(code, []);
}

/** An -eval's unit compiled in the deep-stack worker; null when no stack is enough; a string for an error. */
function deepEvalUnit(tokens: Token[]): CompiledUnit | string | null {
  try {
    const r = runDeep('shell_command', { tokens, bound: [], records: new Map(), mode: 'eval' }) as DeepCommand | null;
    if (r === null) return null;
    return r.kind === 'unit' ? r.unit : r.text;
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    return null;
  }
}

function startupJob(vm: VM, c: StartupCall): Term {
  if (c.kind === 'eval') {
    const f = evalFun(vm, c.expression);
    if (typeof f === 'string') {
      process.stdout.write(`{"init terminating in do_boot",{${f}}}\r\n`);
      process.exit(1);
    }
    return [f, NIL];
  }
  const m = Atom.of(c.module);
  const fn = Atom.of(c.func);
  const argv = c.args.length === 0 ? NIL : list([list(c.args.map((a) => (c.kind === 's' ? Atom.of(a) : str(a))))]);
  const code: FunCode = {
    module: Atom.of('init'),
    name: 'start_it',
    arity: 0,
    index: 0,
    uniq: 0,
    fn: (p: { vm: VM }) => (vm.rt as { applyMFA: (p: unknown, m: Term, f: Term, a: Term[]) => Term }).applyMFA(p, m, fn, listToArray(argv) ?? []),
  };
  return [new Fun(code, []), NIL];
}

function runStartup(vm: VM, calls: StartupCall[], gl: Term, then: () => void): void {
  const jobs = calls.map((c) => startupJob(vm, c));
  const run = vm.code.lookup('erlts_shell', 'run_startup', 1)!;
  const p = vm.spawn(run, [list(jobs)], null, { groupLeader: gl as never, initialCall: ['init', 'start_it', 1] });
  const hooks = (vm.ext.exitHooks ??= []);
  hooks.push((q) => {
    if (q === p) then();
  });
}

/**
 * The frames erl's init has under a -s or -run call that fails at boot. An
 * -eval's stack already ends in erl_eval's and init's frames, as the
 * stack trace builds them for code erl interprets (src/vm/stacktrace/shell.ts).
 */
function bootStack(stack: Term): Term {
  const all = listToArray(stack) ?? [];
  const last = all[all.length - 1];
  if (Array.isArray(last) && last[0] === Atom.of('init')) return stack;
  // The frames below the called code are replaced by init's as they stand when nothing catches.
  const frames = all.filter((f) => !(Array.isArray(f) && (f[0] === Atom.of('shell') || f[0] === Atom.of('init'))));
  while (frames.length > 0 && (frames[frames.length - 1] as Term[])[0] === Atom.of('erl_eval')) frames.pop();
  const loc = list([
    [Atom.of('file'), str('erl_eval.erl')],
    [Atom.of('line'), 744],
  ]);
  return list([
    ...frames,
    [Atom.of('erl_eval'), Atom.of('do_apply'), 7, loc],
    ...['start_it/1', 'start_em/1', 'do_boot/3'].map((k) => {
      const [f, a] = k.split('/');
      return [Atom.of('init'), Atom.of(f!), Number(a), NIL] as Term;
    }),
  ]);
}

function exitReason(cls: Term, reason: Term, stack0: Term): Term {
  const stack = bootStack(stack0);
  if (cls === Atom.of('exit')) return reason;
  if (cls === Atom.of('throw')) return [[Atom.of('nocatch'), reason], stack];
  return [reason, stack];
}

function registerInit(vm: VM): void {
  const bootFailed = (_p: object, cls: Term, reason: Term, stack: Term): Term => {
    const out = initTerminatingOutput(exitReason(cls, reason, stack));
    // Writes to pipes and files are synchronous here, so the order holds when both go to one place.
    process.stdout.write(Buffer.from(out.stdout, 'latin1'));
    process.stderr.write(Buffer.from(out.stderr, 'latin1'));
    process.exit(1);
  };
  vm.code.registerNatives({
    name: 'erlts_init',
    functions: { 'boot_failed/3': bootFailed as unknown as NativeFn },
  });
}

/**
 * The opt-in hints: `-erlts_hints true` turns them on (erlts_lesson:hints/1
 * later too), the locale picks English or Chinese, and on a terminal that
 * wants colour they are yellow so they never pass for erl's own output.
 */
function setUpHints(vm: VM, args: ErlArgs, user: UserIo): void {
  const flag = args.arguments.find((a) => a.flag === 'erlts_hints');
  const colour = new Chalk({ level: colourLevel(process.env, process.stdout.isTTY === true) > 0 ? 1 : 0 });
  configureHints(vm, {
    enabled: flag !== undefined && flag.values[0] === 'true',
    lang: hintLanguage(process.env),
    sink: {
      print: (text) => setImmediate(() => user.post(() => user.write(text))),
      style: (text) => {
        const styled = colour.level > 0 ? colour.yellow(text.replace(/\n$/, '')) + '\n' : text;
        // Not erl's output, so not erl's latin1 escaping: the locale's UTF-8 bytes.
        return user.encoding === 'latin1' ? Buffer.from(styled, 'utf8').toString('latin1') : styled;
      },
    },
  });
}
