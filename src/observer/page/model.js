// What the page knows of the node: its processes and the events received,
// from the frames of docs/live-view-protocol.md. Only this module changes
// `model`; the rest of the page reads it and draws what it derives.

import { resetExchanges, takeForExchanges } from './exchanges.js';

// A lesson's worth: the newest 5000 events are kept, and the bar says how
// many older ones were let go.
export const MAX_KEPT = 6000;
export const KEEP = 5000;

export const model = {
  watched: null,
  nodeOrder: [],
  connected: new Set(),
  /** Nodes that stream their own events here: their processes are drawn as this node's are. */
  streaming: new Set(),
  procs: new Map(),
  events: [],
  handled: 0,
  /** Events let go to bound the page's memory, since the last hello or clear. */
  forgotten: 0,
  /** Held events whose message is still held, oldest first (the lesson tools' step-through). */
  held: [],
};

let procCount = 0;
let pending = new Map(); // to + msg -> sends not yet received, oldest first
/** pid + msg of messages released and not yet received: the receive that takes one says which clause matched. */
const stepped = new Set();
/** Held events released by the events being taken now: drawn already, to be marked. */
let released = [];

function addNode(n) {
  if (n !== null && n !== undefined && !model.nodeOrder.includes(n)) model.nodeOrder.push(n);
}

function learn(p, bornSeq) {
  const known = model.procs.get(p.pid);
  if (known) {
    if (p.name !== undefined) known.name = p.name;
    if (p.call) known.call = p.call;
    if (p.system !== undefined) known.system = !!p.system;
    if (p.node) known.node = p.node;
    return known;
  }
  const proc = {
    pid: p.pid,
    node: p.node ?? guessNode(p.pid),
    name: p.name ?? null,
    call: p.call ?? null,
    system: !!p.system,
    alive: true,
    bornSeq,
    order: procCount++,
  };
  model.procs.set(p.pid, proc);
  addNode(proc.node);
  return proc;
}

// Only for a pid the server never described (older than its buffer).
function guessNode(pid) {
  return /^<0\./.test(pid) ? model.watched : '?';
}

function proc(pid, seq) {
  return model.procs.get(pid) ?? learn({ pid }, seq);
}

export function involved(ev) {
  switch (ev.kind) {
    case 'send':
    case 'link':
    case 'unlink':
      return [ev.from, ev.to].filter((p) => p !== null && p !== undefined);
    case 'spawn':
      return [ev.parent, ev.pid].filter((p) => p !== null && p !== undefined);
    case 'spawn_request':
      return [ev.from];
    case 'rpc':
      return [ev.exchange.caller];
    case 'receive':
    case 'exit':
    case 'register':
    case 'held':
    case 'released':
    case 'dropped':
    case 'no_match':
      return [ev.pid];
    case 'fault':
      return ev.pid === null || ev.pid === undefined ? [] : [ev.pid];
    default:
      return [];
  }
}

function expect(send) {
  const key = send.to + '\u0000' + send.msg;
  const q = pending.get(key);
  if (q) q.push(send);
  else pending.set(key, [send]);
}

// Returns the send that a receive takes from the mailbox, if any.
function ingest(ev) {
  let received;
  for (const p of ev.procs ?? []) learn(p, ev.seq);
  for (const pid of involved(ev)) proc(pid, ev.seq);
  switch (ev.kind) {
    case 'spawn': {
      const p = proc(ev.pid, ev.seq);
      p.alive = true;
      p.bornSeq = ev.seq;
      if (!p.call && ev.call) p.call = ev.call;
      break;
    }
    case 'exit':
      proc(ev.pid, ev.seq).alive = false;
      break;
    case 'register':
      proc(ev.pid, ev.seq).name = ev.name;
      break;
    case 'send':
      expect(ev);
      break;
    case 'receive': {
      const key = ev.pid + '\u0000' + ev.msg;
      if (stepped.delete(key)) ev.afterRelease = true;
      const q = pending.get(key);
      const send = q?.shift();
      if (q && q.length === 0) pending.delete(key);
      if (send) {
        send.receivedBy = ev.seq;
        ev.sender = send.from;
        ev.senderEvent = send;
        received = send;
      }
      break;
    }
    case 'held':
      model.held.push(ev);
      break;
    case 'released': {
      // The oldest held message to that process with that text is the one let go.
      const i = model.held.findIndex((h) => h.pid === ev.pid && h.msg === ev.msg);
      if (i >= 0) {
        const [h] = model.held.splice(i, 1);
        h.releasedBy = ev.seq;
        released.push(h);
      }
      stepped.add(ev.pid + '\u0000' + ev.msg);
      break;
    }
    case 'nodeup':
      addNode(ev.node);
      model.connected.add(ev.node);
      break;
    case 'nodedown':
      model.connected.delete(ev.node);
      model.streaming.delete(ev.node);
      break;
    case 'stream':
      addNode(ev.node);
      model.streaming.add(ev.node);
      // Described by their node: alive until it says they exit, standing from the top like this node's.
      for (const p of ev.procs ?? []) {
        const known = proc(p.pid, ev.seq);
        if (known.bornSeq === ev.seq) known.bornSeq = null;
        known.alive = true;
      }
      break;
  }
  takeForExchanges(ev, (pid) => proc(pid, ev.seq).node, model.events);
  model.events.push(ev);
  model.handled++;
  return received;
}

// Bounds memory on a long session: old events go, and with them the dead
// processes nothing left refers to.
function trim() {
  if (model.events.length <= MAX_KEPT) return;
  model.forgotten += model.events.length - KEEP;
  model.events = model.events.slice(-KEEP);
  pending = new Map();
  const referenced = new Set();
  for (const ev of model.events) {
    for (const pid of involved(ev)) referenced.add(pid);
    if (ev.kind === 'send' && ev.receivedBy === undefined) expect(ev);
  }
  for (const [pid, p] of model.procs) if (!p.alive && !referenced.has(pid)) model.procs.delete(pid);
}

export function takeHello(hello) {
  model.watched = hello.node;
  model.nodeOrder = [model.watched];
  model.connected = new Set(hello.nodes ?? []);
  model.streaming = new Set(hello.streaming ?? []);
  model.procs = new Map();
  procCount = 0;
  model.events = [];
  model.forgotten = 0;
  model.held = [];
  stepped.clear();
  pending = new Map();
  resetExchanges();
  const listed = hello.processes ?? [];
  for (const p of listed) learn(p, null);
  for (const n of hello.nodes ?? []) addNode(n);
  for (const ev of hello.events ?? []) ingest(ev);
  // The list is the state now; the events only tell how it came about.
  const alive = new Set();
  for (const p of listed) {
    const known = learn(p, null);
    known.alive = true;
    alive.add(p.pid);
  }
  for (const p of model.procs.values()) if (!alive.has(p.pid) && (p.node === model.watched || model.streaming.has(p.node))) p.alive = false;
  trim();
}

// Returns the sends these events received, already drawn perhaps with an
// open head.
export function takeEvents(evs) {
  const received = [];
  released = [];
  for (const ev of evs) {
    const send = ingest(ev);
    if (send) received.push(send);
  }
  trim();
  return received.concat(released);
}

// Processes still alive keep their lanes, as if they had always been there.
export function clearEvents() {
  model.events = [];
  model.held = [];
  stepped.clear();
  model.forgotten = 0;
  pending = new Map();
  resetExchanges();
  for (const [pid, p] of model.procs) {
    if (p.alive) p.bornSeq = null;
    else model.procs.delete(pid);
  }
}
