// The erlang BIFs that involve other nodes: nodes/0,1, monitor_node/2,3,
// disconnect_node/1, cookies, spawn on a node, spawn_request/5,
// group_leader/2 with a remote pid. They override the single-node versions
// in erlang.ts. The distribution layer (src/distribution, above this one) plugs in
// through vm.ext.distApi; without it the node is not alive and these behave
// as erl does on a node started without a name.
//
// Also the natives of erlts_dist_bifs, used by lib/erlang's net_kernel,
// net_adm and erlts_dist modules for what needs to wait on the network.

import { erlangBadarg } from '../errors.js';
import * as os from 'node:os';
import { A, Atom, Fun, ExportFun, NIL, Pid, Ref, bool, list, listToArray, str, type Term } from '../../terms/types.js';
import { ErlException } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { Process } from '../../vm/process.js';
import { refKey } from '../../vm/vm.js';
import { RefTable } from '../../vm/ref_table.js';
import { undef } from '../../vm/code.js';
import type { CompiledFn } from '../../vm/frames.js';
import { erlangNatives } from './erlang.js';
import { formatLogEvent } from '../logger/log_event.js';
import { loggerAllows } from '../logger/logger.js';

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** What distribution offers the BIFs; set when the node comes alive. */
    distApi?: DistApi;
  }
}

type P = Process;
export type SpawnReply = 'yes' | 'no' | 'error_only' | 'success_only';

/** What the distribution layer offers the BIFs (set as vm.ext.distApi when alive). */
export interface DistApi {
  nodes(kind: 'visible' | 'hidden' | 'connected' | 'known'): Atom[];
  monitorNode(p: P, node: Atom, on: boolean): void;
  disconnect(node: Atom): boolean;
  getCookie(node: Atom | null): Atom;
  setCookie(node: Atom | null, cookie: Atom): void;
  spawnRequest(p: P, node: Atom, m: Atom, f: Atom, args: Term[], wireOpts: Term[], reply: SpawnReply, tag: Term): Ref;
  abandonSpawn(ref: Ref): boolean;
  /** Starts connecting; the caller later gets {Ref, true | false}. */
  connect(p: P, node: Atom): Ref;
  monitorNodes(p: P, on: boolean): void;
  /** Asks EPMD on `host` for its names; the caller later gets {Ref, {ok, [{Name, Port}]} | {error, Why}}. */
  names(p: P, host: string): Ref;
  groupLeader(gl: Pid, pid: Pid): void;
  /** net_kernel:get_net_ticktime/0 and set_net_ticktime/1. */
  netTicktime(): number;
  setNetTicktime(seconds: number): void;
}

function api(p: P): DistApi | null {
  return p.vm.ext.distApi ?? null;
}

const bad = erlangBadarg;

const local = erlangNatives.functions as Record<string, (p: P, ...a: Term[]) => Term>;
const NOCOOKIE = Atom.of('nocookie');

// ---- nodes ---------------------------------------------------------------------

function nodes(p: P, which: Term, args: Term[]): Term {
  const kinds = which instanceof Atom ? [which] : listToArray(which);
  if (kinds === null) throw bad('nodes', args, 1);
  const a = api(p);
  const out: Atom[] = [];
  const add = (ns: Atom[]) => {
    for (const n of ns) if (!out.includes(n)) out.push(n);
  };
  for (const k of kinds) {
    const name = k instanceof Atom ? k.name : '';
    switch (name) {
      case 'this':
        add([p.vm.nodeName]);
        break;
      case 'visible':
      case 'hidden':
      case 'connected':
        if (a !== null) add(a.nodes(name));
        break;
      case 'known':
        add([p.vm.nodeName]);
        if (a !== null) add(a.nodes('known'));
        break;
      default:
        throw bad('nodes', args, 1);
    }
  }
  return list(out);
}

// ---- monitor_node, cookies, disconnect ----------------------------------------------

function monitorNode(p: P, node: Term, flag: Term, args: Term[]): Term {
  if (!(node instanceof Atom)) throw bad(`monitor_node`, args, 1, 'not an atom');
  if (flag !== A.true && flag !== A.false) throw bad('monitor_node', args, 2, 'not a boolean');
  const a = api(p);
  if (a === null) {
    throw new ErlException('error', Atom.of('notalive'), { module: 'erlang', function: 'monitor_node', args });
  }
  a.monitorNode(p, node, flag === A.true);
  return A.true;
}

/** auth's error when cookies are set on a node that is not alive. */
function notStarted(fn: string, arity: number, line: number): ErlException {
  const e = new ErlException('error', Atom.of('distribution_not_started'));
  e.stack = list([
    [
      Atom.of('auth'),
      Atom.of(fn),
      arity,
      list([
        [Atom.of('file'), str('auth.erl')],
        [Atom.of('line'), line],
      ]),
    ],
  ]);
  return e;
}

function getCookie(p: P, node: Atom | null): Term {
  const a = api(p);
  if (a === null) return p.vm.ext.cookie ?? NOCOOKIE;
  return a.getCookie(node);
}

function setCookie(p: P, node: Term | null, c: Term, args: Term[]): Term {
  if (node !== null && !(node instanceof Atom)) throw bad('set_cookie', args, 1, 'not an atom');
  if (!(c instanceof Atom)) throw bad('set_cookie', args, args.length, 'not an atom');
  const a = api(p);
  if (a === null) {
    if (node === p.vm.nodeName) throw bad('set_cookie', args, 1, 'the node name is not part of a distributed system');
    throw node === null ? notStarted('set_cookie', 1, 131) : notStarted('set_cookie', 2, 143);
  }
  a.setCookie(node === p.vm.nodeName ? null : (node as Atom | null), c);
  return A.true;
}

// ---- spawning on a node ------------------------------------------------------------

interface SpawnRequestOpts {
  wire: Term[];
  reply: SpawnReply;
  tag: Term;
  link: boolean;
  monitor: boolean;
}

const REPLY = Atom.of('reply');
const REPLY_TAG = Atom.of('reply_tag');
const SPAWN_REPLY = Atom.of('spawn_reply');
const LINK = Atom.of('link');
const MONITOR = Atom.of('monitor');

/**
 * The last option list read and what it said: erpc's calls pass the same
 * literal list every time, read once (the result is never changed).
 */
let lastOptsTerm: Term | undefined;
let lastOpts: SpawnRequestOpts | null = null;

function spawnRequestOpts(opts: Term): SpawnRequestOpts | null {
  if (opts === lastOptsTerm) return lastOpts;
  const r = readSpawnRequestOpts(opts);
  lastOptsTerm = opts;
  lastOpts = r;
  return r;
}

function readSpawnRequestOpts(opts: Term): SpawnRequestOpts | null {
  const items = listToArray(opts);
  if (items === null) return null;
  const r: SpawnRequestOpts = { wire: [], reply: 'yes', tag: SPAWN_REPLY, link: false, monitor: false };
  for (const o of items) {
    if (Array.isArray(o) && o.length === 2 && o[0] === REPLY) {
      const v = o[1] instanceof Atom ? o[1].name : '';
      if (v !== 'yes' && v !== 'no' && v !== 'error_only' && v !== 'success_only') return null;
      r.reply = v;
    } else if (Array.isArray(o) && o.length === 2 && o[0] === REPLY_TAG) {
      r.tag = o[1]!;
    } else {
      if (o === LINK) r.link = true;
      else if (o === MONITOR) r.monitor = true;
      r.wire.push(o);
    }
  }
  return r;
}

/** erlang:spawn_request/5: the request id; the reply arrives as a message. */
function spawnRequest(p: P, node: Term, m: Term, f: Term, a: Term, opts: Term): Term {
  const argv = listToArray(a);
  const o = spawnRequestOpts(opts);
  if (!(node instanceof Atom) || !(m instanceof Atom) || !(f instanceof Atom) || argv === null || o === null) throw bad('spawn_request', [node, m, f, a, opts]);
  if (node === p.vm.nodeName) return localSpawnRequest(p, m, f, argv, o);
  const d = api(p);
  if (d === null) {
    // A node that is not alive reaches no other node.
    const ref = p.vm.makeRef();
    if (o.reply === 'yes' || o.reply === 'error_only') p.vm.deliver(p, [o.tag, ref, A.error, A.noconnection]);
    return ref;
  }
  return d.spawnRequest(p, node, m, f, argv, o.wire, o.reply, o.tag);
}

function localSpawnRequest(p: P, m: Atom, f: Atom, argv: Term[], o: SpawnRequestOpts): Ref {
  const vm = p.vm;
  const run: CompiledFn = (q: P) => {
    const fn = vm.code.lookup(m.name, f.name, argv.length);
    if (fn === null) throw undef(m.name, f.name, argv);
    return fn(q, ...argv);
  };
  const q = vm.spawn(run, [], p, { link: o.link, initialCall: [m.name, f.name, argv.length] });
  const ref = vm.makeRef();
  if (o.monitor) {
    (p.monitors ??= new RefTable()).set(refKey(ref), [ref, q.pid]);
    (q.monitoredBy ??= new RefTable()).set(refKey(ref), [ref, p.pid, q.pid]);
  }
  if (o.reply === 'yes' || o.reply === 'success_only') vm.deliver(p, [o.tag, ref, A.ok, q.pid]);
  return ref;
}

/** Remote spawn/2,4 and friends wait for the reply: that is Erlang code (erlts_dist:spawn_opt/5). */
function remoteSpawn(p: P, node: Term, m: Term, f: Term, a: Term, opts: Term[], fn: string, callArgs: Term[]): Term {
  if (!(node instanceof Atom)) throw bad(fn, callArgs, 1, 'not an atom');
  if (!(m instanceof Atom) || !(f instanceof Atom) || listToArray(a) === null) throw bad(fn, callArgs);
  const rt = p.vm.rt as { applyMFA: (p: P, m: Term, f: Term, a: Term[]) => Term };
  return rt.applyMFA(p, Atom.of('erlts_dist'), Atom.of('spawn_opt'), [node, m, f, a, list(opts)]);
}

function funMfa(fun: Term, fn: string, callArgs: Term[]): [Term, Term, Term] {
  if ((fun instanceof Fun || fun instanceof ExportFun) && fun.arity === 0) return [Atom.of('erlang'), Atom.of('apply'), list([fun, NIL])];
  throw bad(fn, callArgs, 2, 'not a fun');
}

function onNode(p: P, node: Term): boolean {
  return node === p.vm.nodeName;
}

const functions: Record<string, (p: P, ...a: Term[]) => Term> = {
  'nodes/0': (p) => nodes(p, Atom.of('visible'), []),
  'nodes/1': (p, which) => nodes(p, which, [which]),
  'nodes/2': (p, which, _opts) => nodes(p, which, [which, _opts]),
  'monitor_node/2': (p, node, flag) => monitorNode(p, node, flag, [node, flag]),
  'monitor_node/3': (p, node, flag, opts) => monitorNode(p, node, flag, [node, flag, opts]),
  'disconnect_node/1': (p, node) => {
    if (!(node instanceof Atom)) throw bad('disconnect_node', [node], 1, 'not an atom');
    const a = api(p);
    if (a === null) return Atom.of('ignored');
    return bool(a.disconnect(node));
  },
  'get_cookie/0': (p) => getCookie(p, null),
  'get_cookie/1': (p, node) => {
    if (!(node instanceof Atom)) throw bad('get_cookie', [node], 1, 'not an atom');
    return getCookie(p, node === p.vm.nodeName ? null : node);
  },
  'set_cookie/1': (p, c) => setCookie(p, null, c, [c]),
  'set_cookie/2': (p, node, c) => setCookie(p, node, c, [node, c]),
  'spawn/2': (p, node, fun) => {
    if (onNode(p, node)) return local['spawn/1']!(p, fun);
    const [m, f, a] = funMfa(fun, 'spawn', [node, fun]);
    return remoteSpawn(p, node, m, f, a, [], 'spawn', [node, fun]);
  },
  'spawn/4': (p, node, m, f, a) => (onNode(p, node) ? local['spawn/3']!(p, m, f, a) : remoteSpawn(p, node, m, f, a, [], 'spawn', [node, m, f, a])),
  'spawn_link/2': (p, node, fun) => {
    if (onNode(p, node)) return local['spawn_link/1']!(p, fun);
    const [m, f, a] = funMfa(fun, 'spawn_link', [node, fun]);
    return remoteSpawn(p, node, m, f, a, [LINK], 'spawn_link', [node, fun]);
  },
  'spawn_link/4': (p, node, m, f, a) =>
    onNode(p, node) ? local['spawn_link/3']!(p, m, f, a) : remoteSpawn(p, node, m, f, a, [LINK], 'spawn_link', [node, m, f, a]),
  'spawn_monitor/2': (p, node, fun) => {
    if (onNode(p, node)) return local['spawn_monitor/1']!(p, fun);
    const [m, f, a] = funMfa(fun, 'spawn_monitor', [node, fun]);
    return remoteSpawn(p, node, m, f, a, [MONITOR], 'spawn_monitor', [node, fun]);
  },
  'spawn_monitor/4': (p, node, m, f, a) =>
    onNode(p, node) ? local['spawn_monitor/3']!(p, m, f, a) : remoteSpawn(p, node, m, f, a, [MONITOR], 'spawn_monitor', [node, m, f, a]),
  'spawn_opt/3': (p, node, fun, opts) => {
    if (onNode(p, node)) return local['spawn_opt/2']!(p, fun, opts);
    const [m, f, a] = funMfa(fun, 'spawn_opt', [node, fun, opts]);
    return remoteSpawn(p, node, m, f, a, listToArray(opts) ?? [], 'spawn_opt', [node, fun, opts]);
  },
  'spawn_opt/5': (p, node, m, f, a, opts) =>
    onNode(p, node) ? local['spawn_opt/4']!(p, m, f, a, opts) : remoteSpawn(p, node, m, f, a, listToArray(opts) ?? [], 'spawn_opt', [node, m, f, a, opts]),
  'spawn_request/5': (p, node, m, f, a, opts) => spawnRequest(p, node, m, f, a, opts),
  'spawn_request_abandon/1': (p, ref) => {
    if (!(ref instanceof Ref)) throw bad('spawn_request_abandon', [ref], 1, 'not a reference');
    return bool(api(p)?.abandonSpawn(ref) ?? false);
  },
  'group_leader/2': (p, gl, pid) => {
    if (pid instanceof Pid && gl instanceof Pid && pid.node !== p.vm.nodeName) {
      const a = api(p);
      if (a === null) throw bad('group_leader', [gl, pid], 2, 'not an alive process');
      a.groupLeader(gl, pid);
      return A.true;
    }
    return local['group_leader/2']!(p, gl, pid);
  },
};

export const erlangDistNatives: NativeModule = {
  name: 'erlang',
  functions: functions as unknown as Record<string, NativeFn>,
};

// ---- erlts_dist_bifs: what lib/erlang's net_kernel and net_adm wait on ------------------

const helpers: Record<string, (p: P, ...a: Term[]) => Term> = {
  /** inet:gethostname/0's host, for net_adm:localhost/0. */
  'hostname/0': () => str(os.hostname()),
  /** A ref; {Ref, true | false} follows when the connection is up or has failed. */
  'connect/1': (p, node) => {
    if (!(node instanceof Atom)) throw bad('connect_node', [node], 1);
    const a = api(p);
    if (a === null) {
      const ref = p.vm.makeRef();
      p.vm.deliver(p, [ref, Atom.of('ignored')]);
      return ref;
    }
    return a.connect(p, node);
  },
  'monitor_nodes/1': (p, flag) => {
    const a = api(p);
    if (flag !== A.true && flag !== A.false) return [A.error, A.badarg];
    // Not alive: no node will ever come up, so there is nothing to report.
    a?.monitorNodes(p, flag === A.true);
    return A.ok;
  },
  /** A logger event printed on this node's terminal (through the DistApi's printer). */
  'log/3': (p, level, format, args) => {
    if (level instanceof Atom && !loggerAllows(p.vm, level.name)) return A.ok;
    const text = formatLogEvent([Atom.of('log'), level, format, args, NIL], new Date());
    if (text !== null && p.vm.userPid !== null)
      p.vm.sendPid(p, p.vm.userPid, [Atom.of('io_request'), p.pid, p.vm.makeRef(), [Atom.of('put_chars'), Atom.of('unicode'), str(text)]]);
    return A.ok;
  },
  /** kernel net_ticktime in seconds, or ignored when not alive. */
  'net_ticktime/0': (p) => api(p)?.netTicktime() ?? Atom.of('ignored'),
  'set_net_ticktime/1': (p, t) => {
    const a = api(p);
    if (a === null) return Atom.of('ignored');
    if (typeof t !== 'number' || !Number.isInteger(t) || t <= 0) throw bad('set_net_ticktime', [t], 1);
    a.setNetTicktime(t);
    return A.ok;
  },
  /** A ref; {Ref, {ok, Names} | {error, Why}} follows. */
  'names/1': (p, host) => {
    const a = api(p);
    const text = listToArray(host);
    const h = host instanceof Atom ? host.name : text !== null ? String.fromCodePoint(...(text as number[])) : null;
    if (a === null || h === null) {
      const ref = p.vm.makeRef();
      p.vm.deliver(p, [ref, [A.error, Atom.of('address')]]);
      return ref;
    }
    return a.names(p, h);
  },
};

export const erltsDistBifs: NativeModule = {
  name: 'erlts_dist_bifs',
  functions: helpers as unknown as Record<string, NativeFn>,
};
