// The live view's feed: the VM's trace point turned into the events of
// docs/live-view-protocol.md, kept for pages that connect late and handed
// to every connected page in batches.

import { A, Atom, Cons, list, listToArray, NIL, Pid, type Term } from '../terms/types.js';
import type { PeerBatch, ViewService } from './peer_stream.js';
import { prettyTerm } from '../terms/print/pretty.js';
import { writePid } from '../terms/print/write.js';
import type { VM } from '../vm/vm.js';
import type { TraceEvent, Tracer } from '../vm/trace.js';
import type { WireLine } from '../bifs/lesson/faults.js';
import { namedProcInfo, procInfo, type ProcInfo } from './proc_info.js';

export interface LiveEvent {
  t: number;
  seq: number;
  kind: string;
  procs?: ProcInfo[];
  [field: string]: unknown;
}

/** An event whose terms are printed only when it is sent: a term is immutable, and most events of a busy node are never sent. */
interface Pending {
  event: LiveEvent;
  terms: [field: string, term: Term][];
}

/** The protocol's version (docs/live-view-protocol.md): 2 added the lesson tools' events and commands. */
export const PROTOCOL_VERSION = 2;
/** Events kept for pages that connect (or reload) later. */
const HISTORY = 5000;
const BATCH_MS = 50;
/**
 * A batch beyond this many events is cut, and the page is told how many it
 * missed: 5000 events a second is more than a page can draw for a person
 * to follow, and describing each (its terms printed, its processes looked
 * up) costs far more than the message itself: at 1000 a batch, ring and
 * send ran 2-4x slower with the view open.
 */
const BATCH_MAX = 250;
/** Dead processes remembered for the messages their end causes. */
const GONE = 500;
/** A term is printed whole up to this size; the page shortens it for its label and shows it whole on hover. */
const TERM_CHARS = 2000;

/** Gets each frame as JSON text, with how many events it carries. */
export type Listener = (frame: string, events: number) => void;

export class LiveFeed {
  private readonly started = performance.now();
  private seq = 0;
  /** Processes the pages know of, by pid text: the live ones and the remote ones seen. */
  private readonly procs = new Map<string, ProcInfo>();
  /** Processes that exited lately, described as they were. */
  private readonly gone = new Map<string, ProcInfo>();
  private readonly history: LiveEvent[] = [];
  private pending: Pending[] = [];
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly tracer: Tracer = (ev) => this.take(ev);

  constructor(private readonly vm: VM) {
    for (const p of vm.processes.values()) if (p.alive) this.know(procInfo(vm, p.pid));
    vm.addTracer(this.tracer);
  }

  /** Stops listening to the VM; pages get nothing more. */
  detach(): void {
    if (this.peers !== null) {
      this.peers.onBatch = null;
      for (const node of this.streaming) this.peers.unsubscribe(Atom.of(node));
      this.peers = null;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.xray(false);
    this.listeners.clear();
    this.vm.removeTracer(this.tracer);
  }

  /** Adds a page: it gets the hello frame now and every batch after. */
  subscribe(listener: Listener, connectedNodes: string[]): () => void {
    this.flush();
    listener(
      JSON.stringify({
        type: 'hello',
        version: PROTOCOL_VERSION,
        node: this.vm.nodeName.name,
        xray: this.xrayOn,
        processes: [...this.procs.values()],
        nodes: connectedNodes,
        streaming: [...this.streaming],
        events: this.history,
      }),
      this.history.length,
    );
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The erlts_view service of this node: what it sends and receives is how the view works, not what it shows. */
  private service: Pid | null = null;
  /** Nodes that stream their own events here (erlts peers), by name. */
  private readonly streaming = new Set<string>();
  /** Processes of streaming peers as they described them, for the first event that names them. */
  private readonly described = new Map<string, ProcInfo>();

  /** Listens to the peers' streams too (observer/peer_stream.ts): each connected erlts node sends its events here. */
  watchPeers(service: ViewService, connected: Atom[]): void {
    this.service = service.proc.pid;
    service.onBatch = (batch) => this.takePeer(batch);
    for (const node of connected) service.subscribe(node);
    this.peers = service;
  }

  private peers: ViewService | null = null;

  private takePeer(batch: PeerBatch): void {
    const node = batch.node.name;
    const updates: ProcInfo[] = [];
    for (const d of batch.procs) {
      if (!Array.isArray(d) || d.length !== 4 || !(d[0] instanceof Pid) || d[0].node !== batch.node) continue;
      const [pid, name, call, system] = d as [Pid, Term, Term, Term];
      const callText = listToArray(call)
        ?.map((c) => (typeof c === 'number' ? String.fromCharCode(c) : ''))
        .join('');
      const info: ProcInfo = {
        pid: this.pidText(pid),
        node,
        name: name instanceof Atom && name !== A.undefined ? name.name : null,
        call: callText ?? null,
        system: system === A.true,
      };
      this.described.set(info.pid, info);
      if (this.described.size > 5000) this.described.delete(this.described.keys().next().value!);
      const known = this.procs.get(info.pid);
      if (batch.hello || (known !== undefined && (known.call !== info.call || known.system !== info.system || known.name !== info.name))) {
        this.know(info, true);
        updates.push(info);
      }
    }
    if (batch.hello) {
      this.streaming.add(node);
      this.add({ kind: 'stream', node }, [], updates);
    } else if (updates.length > 0) {
      this.add({ kind: 'stream', node }, [], updates);
    }
    if (!this.streaming.has(node)) return;
    if (batch.dropped > 0) this.dropped += batch.dropped;
    const here = this.vm.nodeName;
    // Each message once: this node traces what it sends and what reaches it,
    // and a streaming peer what leaves it; so from a peer only what leaves it
    // for a third node, and what reaches it from a node that does not stream.
    const ours = (p: Pid | null) => p !== null && p.node === here;
    const streamed = (p: Pid | null) => p !== null && p.node.name !== node && this.streaming.has(p.node.name);
    for (const ev of batch.events) {
      switch (ev.kind) {
        case 'send':
          if (ours(ev.from) || ours(ev.to) || streamed(ev.from)) continue;
          break;
        case 'send_named':
          if (ours(ev.from) || ev.node === here) continue;
          break;
        case 'link':
        case 'unlink':
          if (ours(ev.from) || ours(ev.to)) continue;
          break;
        case 'spawn_request':
          if (ev.node === here) continue;
          break;
        case 'nodeup':
        case 'nodedown':
        case 'in':
        case 'out':
          continue;
      }
      this.faultBy = ev.kind === 'fault' ? node : null;
      this.take(ev);
      this.faultBy = null;
    }
  }

  /** While a peer's fault event is taken: the peer's name. */
  private faultBy: string | null = null;

  private take(ev: TraceEvent): void {
    // A node busier than a page can follow: once this batch is full, a
    // message costs a count, not a description (a process's birth and end
    // still update what the pages are told is alive).
    if (this.pending.length >= BATCH_MAX && (ev.kind === 'send' || ev.kind === 'receive' || ev.kind === 'send_named')) {
      this.dropped++;
      return;
    }
    const self = this.service;
    if (self !== null) {
      if ((ev.kind === 'send' && (ev.from === self || ev.to === self)) || (ev.kind === 'send_named' && ev.from === self)) return;
    }
    switch (ev.kind) {
      case 'in':
      case 'out':
        return;
      case 'spawn': {
        const info = ev.pid.node === this.vm.nodeName ? procInfo(this.vm, ev.pid) : (this.described.get(this.pidText(ev.pid)) ?? procInfo(this.vm, ev.pid));
        if (ev.args !== undefined && isPlumbingCall(ev.mfa, ev.args)) info.system = true;
        this.know(info, true);
        const procs = [info, ...this.fresh(ev.parent)];
        return this.add(
          { kind: 'spawn', pid: info.pid, parent: ev.parent && this.pidText(ev.parent), call: `${ev.mfa[0]}:${ev.mfa[1]}/${ev.mfa[2]}` },
          ev.args !== undefined ? [['args', list([...ev.args])]] : [],
          procs,
        );
      }
      case 'spawn_request': {
        return this.add(
          { kind: 'spawn_request', from: this.pidText(ev.from), node: ev.node.name, call: `${ev.mfa[0]}:${ev.mfa[1]}/${ev.mfa[2]}` },
          [['args', list([...ev.args])]],
          this.fresh(ev.from),
        );
      }
      case 'send':
        return this.add({ kind: 'send', from: ev.from && this.pidText(ev.from), to: this.pidText(ev.to) }, [['msg', ev.msg]], this.fresh(ev.from, ev.to));
      case 'send_named': {
        // A streaming node has said which process holds the name: the arrow ends on its lane.
        if (this.streaming.has(ev.node.name)) {
          for (const info of this.procs.values()) {
            if (info.node === ev.node.name && info.name === ev.name.name) {
              return this.add({ kind: 'send', from: ev.from && this.pidText(ev.from), to: info.pid }, [['msg', ev.msg]], this.fresh(ev.from));
            }
          }
        }
        const target = namedProcInfo(ev.name, ev.node);
        const procs = this.fresh(ev.from);
        if (!this.procs.has(target.pid)) {
          this.know(target);
          procs.push(target);
        }
        return this.add({ kind: 'send', from: ev.from && this.pidText(ev.from), to: target.pid }, [['msg', ev.msg]], procs);
      }
      case 'receive': {
        const fields: Record<string, unknown> = { kind: 'receive', pid: this.pidText(ev.pid) };
        // Which clause took it, as written in the source (the compiler's constant table).
        if (Array.isArray(ev.clause) && typeof ev.clause[0] === 'number') {
          fields.clause = ev.clause[0];
          fields.pattern = charText(ev.clause[1]);
        }
        return this.add(fields, [['msg', ev.msg]], this.fresh(ev.pid));
      }
      case 'no_match':
        return this.add(
          { kind: 'no_match', pid: this.pidText(ev.pid), patterns: (listToArray(ev.heads) ?? []).map(charText) },
          [['msg', ev.msg]],
          this.fresh(ev.pid),
        );
      case 'held':
      case 'released':
      case 'dropped':
        return this.add({ kind: ev.kind, pid: this.pidText(ev.pid) }, [['msg', ev.msg]], this.fresh(ev.pid));
      case 'fault':
        return this.add(
          // `by`: the node where it was injected (this one, or a streaming peer).
          { kind: 'fault', what: ev.what, node: ev.node?.name ?? null, pid: ev.pid && this.pidText(ev.pid), by: this.faultBy ?? this.vm.nodeName.name },
          [['detail', ev.detail]],
          this.fresh(ev.pid),
        );
      case 'link':
      case 'unlink':
        return this.add({ kind: ev.kind, from: this.pidText(ev.from), to: this.pidText(ev.to) }, [], this.fresh(ev.from, ev.to));
      case 'exit': {
        const pid = this.pidText(ev.pid);
        this.add({ kind: 'exit', pid }, [['reason', ev.reason]], this.fresh(ev.pid));
        // Kept a while as it was: the 'DOWN' and 'EXIT' messages its end causes name it next.
        const info = this.procs.get(pid);
        this.procs.delete(pid);
        if (info !== undefined) {
          this.gone.set(pid, info);
          if (this.gone.size > GONE) this.gone.delete(this.gone.keys().next().value!);
        }
        return;
      }
      case 'register': {
        const pid = this.pidText(ev.pid);
        const known = this.procs.get(pid);
        if (known !== undefined) known.name = ev.name;
        return this.add({ kind: 'register', pid, name: ev.name }, [], this.fresh(ev.pid));
      }
      case 'nodeup':
        this.peers?.subscribe(ev.node);
        return this.add({ kind: ev.kind, node: ev.node.name }, [], []);
      case 'nodedown':
        this.streaming.delete(ev.node.name);
        return this.add({ kind: ev.kind, node: ev.node.name }, [], []);
    }
  }

  private pidText(pid: Pid): string {
    return writePid(pid);
  }

  /** The processes among `pids` that no page has been told of yet, now known. */
  private fresh(...pids: (Pid | null)[]): ProcInfo[] {
    const out: ProcInfo[] = [];
    for (const pid of pids) {
      if (pid === null) continue;
      const text = this.pidText(pid);
      if (this.procs.has(text)) continue;
      const info = this.gone.get(text) ?? this.described.get(text) ?? procInfo(this.vm, pid);
      this.know(info);
      out.push(info);
    }
    return out;
  }

  private know(info: ProcInfo, replace = false): void {
    if (replace || !this.procs.has(info.pid)) this.procs.set(info.pid, info);
  }

  private add(fields: Record<string, unknown>, terms: [string, Term][], procs: ProcInfo[]): void {
    const event: LiveEvent = { t: Math.round((performance.now() - this.started) * 10) / 10, seq: ++this.seq, kind: fields.kind as string, ...fields };
    if (procs.length > 0) event.procs = procs.map((p) => ({ ...p }));
    if (this.pending.length >= BATCH_MAX) {
      this.dropped++;
      return;
    }
    this.pending.push({ event, terms });
    this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  private flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.pending.length === 0 && this.dropped === 0) return;
    const events = this.pending.map(({ event, terms }) => {
      for (const [field, term] of terms) event[field] = termText(term);
      return event;
    });
    const dropped = this.dropped;
    this.pending = [];
    this.dropped = 0;
    this.history.push(...events);
    if (this.history.length > HISTORY) this.history.splice(0, this.history.length - HISTORY);
    if (this.listeners.size === 0) return;
    const frame = JSON.stringify(dropped > 0 ? { type: 'events', events, dropped } : { type: 'events', events });
    for (const listener of this.listeners) listener(frame, events.length);
  }

  /** Stops watching the wire, when the X-ray lane is on. */
  private unwatchWire: (() => void) | null = null;
  /** The newest wire event told, so that turning the lane on again does not repeat the history. */
  private wireSeen = 0;

  /**
   * The X-ray lane (docs/live-view-protocol.md, `wire`): while on, what
   * crosses the wire becomes events, starting with the EPMD requests and
   * handshakes the node remembers. Off, as it starts, it costs nothing.
   */
  xray(on: boolean): void {
    const faults = this.vm.ext.lessonFaults;
    if (!on || faults === undefined) {
      this.unwatchWire?.();
      this.unwatchWire = null;
      return;
    }
    if (this.unwatchWire !== null) return;
    for (const line of faults.wireHistory()) if (((line as WireLineAt).at ?? 0) > this.wireSeen) this.takeWire(line, true);
    this.unwatchWire = faults.addWireWatcher((line) => this.takeWire(line));
  }

  get xrayOn(): boolean {
    return this.unwatchWire !== null;
  }

  /** `recalled`: from the node's memory of earlier connections, told when the lane is switched on. */
  private takeWire(line: WireLine, recalled = false): void {
    const at = (line as WireLineAt).at;
    if (typeof at === 'number') this.wireSeen = Math.max(this.wireSeen, at);
    // The view's own traffic (the peers' streams to this page) is how the view works, not what it shows.
    const c = line.fields.control;
    if (c?.includes('erlts_view')) return;
    if (line.fields.message?.startsWith('{erlts_view_batch,')) return;
    if (this.pending.length >= BATCH_MAX) {
      this.dropped++;
      return;
    }
    const fields: Record<string, unknown> = { kind: 'wire', dir: line.dir, peer: line.peer, step: line.step, fields: { ...line.fields }, bytes: line.bytes };
    if (c !== undefined && this.isPlumbing(c)) fields.system = true;
    if (typeof at === 'number') fields.at = at;
    if (recalled) fields.recalled = true;
    this.add(fields, [], []);
  }

  /** A control message of the node's own machinery: to or about a system process (global's locks, net_kernel, the io servers). */
  private isPlumbing(control: string): boolean {
    if (WIRE_PLUMBING.test(control)) return true;
    for (const m of control.matchAll(/<\d+\.\d+\.\d+>/g)) if (this.procs.get(m[0])?.system || this.gone.get(m[0])?.system) return true;
    return false;
  }

  /**
   * Forgets the events so far, for every page and for pages that connect
   * later (a Clear that survives a reload). Processes alive stay known.
   */
  clear(): void {
    this.flush();
    this.history.length = 0;
    const frame = JSON.stringify({ type: 'clear', seq: this.seq });
    for (const listener of this.listeners) listener(frame, 0);
  }
}

type WireLineAt = WireLine & { at?: number };

/** Registered names of the services nodes run for themselves, as a control message names them. */
const WIRE_PLUMBING = /\b(global_name_server|global_group|net_kernel|erlts_connect_all|erl_epmd|auth|rex|code_server|logger)\b/;

/** Clause texts already converted: each is one constant of a compiled module, met again at every receive. */
const charTexts = new WeakMap<object, string>();

/** A list of character codes (a constant the compiler made) as a JS string. */
function charText(t: Term | undefined): string {
  if (t instanceof Cons) {
    const known = charTexts.get(t);
    if (known !== undefined) return known;
  }
  const codes = t === undefined ? undefined : listToArray(t);
  const text = codes === undefined || codes === null ? '' : String.fromCodePoint(...codes.map((c) => (typeof c === 'number' ? c : 63)));
  if (t instanceof Cons) charTexts.set(t, text);
  return text;
}

/**
 * A term as ~P prints it on one line: at depth 12, or shallower until it
 * fits 2000 characters, so that it is cut where ~P cuts (`...` for a whole
 * subterm), never inside a word.
 */
export function termText(t: Term): string {
  for (const depth of [12, 8, 5, 3, 2]) {
    const text = prettyTerm(t, { depth, lineLength: 0 });
    if (text.length <= TERM_CHARS) return text;
  }
  return '...';
}

/**
 * An erpc call a node makes for its own sake, which the page counts as the
 * node's plumbing: erlts asks each new peer for nodes(visible)
 * (distribution/services.ts), and the node's services call each other.
 */
const PLUMBING_MODULES = new Set(['net_kernel', 'global', 'global_group', 'auth', 'erlts_dist', 'erlts_connect_all']);

function isPlumbingCall(mfa: [string, string, number], args: readonly Term[]): boolean {
  if (mfa[0] !== 'erpc' || mfa[1] !== 'execute_call' || args.length !== 4) return false;
  const [, m, f, a] = args;
  if (!(m instanceof Atom) || !(f instanceof Atom)) return false;
  if (PLUMBING_MODULES.has(m.name)) return true;
  return m.name === 'erlang' && f.name === 'nodes' && a instanceof Cons && a.head === Atom.of('visible') && a.tail === NIL;
}
