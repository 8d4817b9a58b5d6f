// The live view's feed: the VM's trace point turned into the events of
// docs/live-view-protocol.md, kept for pages that connect late and handed
// to every connected page in batches.

import type { Pid, Term } from '../terms/types.js';
import { prettyTerm } from '../terms/print/pretty.js';
import { writePid } from '../terms/print/write.js';
import type { VM } from '../vm/vm.js';
import type { TraceEvent, Tracer } from '../vm/trace.js';
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

/** Events kept for pages that connect (or reload) later. */
const HISTORY = 5000;
const BATCH_MS = 50;
/** A batch beyond this many events is cut, and the page is told how many it missed. */
const BATCH_MAX = 2000;
const TERM_DEPTH = 12;
const TERM_CHARS = 200;

/** Gets each frame as JSON text, with how many events it carries. */
export type Listener = (frame: string, events: number) => void;

export class LiveFeed {
  private readonly started = performance.now();
  private seq = 0;
  /** Processes the pages know of, by pid text: the live ones and the remote ones seen. */
  private readonly procs = new Map<string, ProcInfo>();
  private readonly history: LiveEvent[] = [];
  private pending: Pending[] = [];
  private dropped = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly previous: Tracer | null;

  constructor(private readonly vm: VM) {
    for (const p of vm.processes.values()) if (p.alive) this.know(procInfo(vm, p.pid));
    this.previous = vm.tracer;
    vm.tracer = (ev) => {
      this.previous?.(ev);
      this.take(ev);
    };
  }

  /** Stops listening to the VM; pages get nothing more. */
  detach(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
    this.vm.tracer = this.previous;
  }

  /** Adds a page: it gets the hello frame now and every batch after. */
  subscribe(listener: Listener, connectedNodes: string[]): () => void {
    this.flush();
    listener(
      JSON.stringify({
        type: 'hello',
        node: this.vm.nodeName.name,
        processes: [...this.procs.values()],
        nodes: connectedNodes,
        events: this.history,
      }),
      this.history.length,
    );
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private take(ev: TraceEvent): void {
    switch (ev.kind) {
      case 'in':
      case 'out':
        return;
      case 'spawn': {
        const info = procInfo(this.vm, ev.pid);
        this.know(info, true);
        const procs = [info, ...this.fresh(ev.parent)];
        return this.add(
          { kind: 'spawn', pid: info.pid, parent: ev.parent && this.pidText(ev.parent), call: `${ev.mfa[0]}:${ev.mfa[1]}/${ev.mfa[2]}` },
          [],
          procs,
        );
      }
      case 'send':
        return this.add({ kind: 'send', from: ev.from && this.pidText(ev.from), to: this.pidText(ev.to) }, [['msg', ev.msg]], this.fresh(ev.from, ev.to));
      case 'send_named': {
        const target = namedProcInfo(ev.name, ev.node);
        const procs = this.fresh(ev.from);
        if (!this.procs.has(target.pid)) {
          this.know(target);
          procs.push(target);
        }
        return this.add({ kind: 'send', from: ev.from && this.pidText(ev.from), to: target.pid }, [['msg', ev.msg]], procs);
      }
      case 'receive':
        return this.add({ kind: 'receive', pid: this.pidText(ev.pid) }, [['msg', ev.msg]], this.fresh(ev.pid));
      case 'link':
      case 'unlink':
        return this.add({ kind: ev.kind, from: this.pidText(ev.from), to: this.pidText(ev.to) }, [], this.fresh(ev.from, ev.to));
      case 'exit': {
        const pid = this.pidText(ev.pid);
        this.add({ kind: 'exit', pid }, [['reason', ev.reason]], this.fresh(ev.pid));
        this.procs.delete(pid);
        return;
      }
      case 'register': {
        const pid = this.pidText(ev.pid);
        const known = this.procs.get(pid);
        if (known !== undefined) known.name = ev.name;
        return this.add({ kind: 'register', pid, name: ev.name }, [], this.fresh(ev.pid));
      }
      case 'nodeup':
      case 'nodedown':
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
      const info = procInfo(this.vm, pid);
      if (this.procs.has(info.pid)) continue;
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

/** A term as ~P prints it at depth 12, on one line, cut to 200 characters. */
export function termText(t: Term): string {
  const text = prettyTerm(t, { depth: TERM_DEPTH, lineLength: 0 });
  return text.length > TERM_CHARS ? text.slice(0, TERM_CHARS - 3) + '...' : text;
}
