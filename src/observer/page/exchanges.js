// rpc:call as one exchange. An rpc:call (erpc underneath) is a spawn of
// erpc:execute_call(Ref, M, F, A) on the called node, whatever that process
// sends and receives, its exit, and the 'DOWN' that carries
// `{Ref, return, Value}` back to the caller. The page draws all of it as one
// row, `rpc:call(server, kvs, store, [weather, fine]) → true`, that opens to
// show the events beneath. The caller's node sees a `spawn_request`
// leave and the 'DOWN' come back; the called node the spawn and the rest:
// both are matched by Ref, as it prints on the watched node.

import { readTerm, spacedTerm } from './term_text.js';

const byRef = new Map(); // ref text -> exchange
const byWorker = new Map(); // pid -> exchange
let count = 0;

export function resetExchanges() {
  byRef.clear();
  byWorker.clear();
}

const nodeShort = (node) => (typeof node === 'string' ? node.replace(/@.*/, '') : '?');

function textOf(node) {
  return node === undefined ? '' : spacedTerm(nodeText(node));
}

function nodeText(node) {
  if (node.t === 'word' || node.t === 'str') return node.text;
  const items = node.items.map(nodeText);
  if (node.t === 'tuple') return `{${items.join(',')}}`;
  if (node.t === 'list') return `[${items.join(',')}${node.tail ? `|${nodeText(node.tail)}` : ''}]`;
  if (node.t === 'map') {
    const pairs = [];
    for (let k = 0; k < items.length; k += 2) pairs.push(`${items[k]} => ${items[k + 1] ?? ''}`);
    return `#{${pairs.join(',')}}`;
  }
  return `<<${items.join(',')}>>`;
}

// [Ref, M, F, A] of erpc:execute_call/4, or null.
function callOf(ev) {
  if (ev.call !== 'erpc:execute_call/4' || typeof ev.args !== 'string') return null;
  const t = readTerm(ev.args);
  if (t.t !== 'list' || t.items.length !== 4) return null;
  const [ref, m, f, a] = t.items;
  if (ref.t !== 'word' || !ref.text.startsWith('#Ref<')) return null;
  const args = a.t === 'list' && a.tail === null ? a.items.map(textOf) : null;
  return { ref: ref.text, m: textOf(m), f: textOf(f), args };
}

function start(ev, caller, node, worker) {
  const c = callOf(ev);
  if (c === null) return null;
  // The called node's spawn, streamed here after the caller's spawn_request: the same call.
  const known = byRef.get(c.ref);
  if (known !== undefined && known.worker === null && worker !== null) {
    known.worker = worker;
    byWorker.set(worker, known);
    known.members.add(ev.seq);
    ev.member = known;
    return known;
  }
  const ex = {
    id: ++count,
    ref: c.ref,
    caller,
    node,
    worker,
    head: ev.seq,
    members: new Set([ev.seq]),
    call: `rpc:call(${nodeShort(node)}, ${c.m}, ${c.f}, [${(c.args ?? ['…']).join(', ')}])`,
    result: null,
    open: false,
  };
  byRef.set(c.ref, ex);
  if (worker !== null) byWorker.set(worker, ex);
  ev.exchange = ex;
  return ex;
}

// {'DOWN', MRef, process, Pid, {Ref, Class, Value}} -> [Pid, Ref, Class, Value text], or null.
function downOf(msg) {
  if (typeof msg !== 'string' || !msg.startsWith("{'DOWN',")) return null;
  const t = readTerm(msg);
  if (t.t !== 'tuple' || t.items.length !== 5) return null;
  const r = t.items[4];
  if (r.t !== 'tuple' || r.items.length !== 3 || r.items[0].t !== 'word') return null;
  return { pid: t.items[3].text, ref: r.items[0].text, cls: r.items[1].text, value: textOf(r.items[2]) };
}

function join(ex, ev) {
  ex.members.add(ev.seq);
  ev.member = ex;
}

// {Ref, Class, Value}, a worker's exit reason, -> the Ref text, or null.
function exitRef(reason) {
  if (typeof reason !== 'string' || !reason.startsWith('{#Ref<')) return null;
  const t = readTerm(reason);
  return t.t === 'tuple' && t.items.length === 3 && t.items[0].t === 'word' ? t.items[0].text : null;
}

// A worker found late (its spawn came before this page could see it, as on
// the first call to a node that starts streaming then): what it did so far
// joins the exchange too.
function adopt(ex, pid, recent) {
  ex.worker = pid;
  byWorker.set(pid, ex);
  for (let i = recent.length - 1; i >= 0 && i >= recent.length - 500; i--) {
    const e = recent[i];
    if (e.seq < ex.head) break;
    const mine = e.pid === pid || e.from === pid || e.to === pid || e.sender === pid;
    if (mine && e.member === undefined && e.exchange === undefined) join(ex, e);
  }
}

/** Reads one event (after the model learned it) into the exchanges; `recent` are the events before it. */
export function takeForExchanges(ev, nodeOfPid, recent = []) {
  switch (ev.kind) {
    case 'spawn_request':
      start(ev, ev.from, ev.node, null);
      return;
    case 'spawn':
      if (ev.parent) start(ev, ev.parent, nodeOfPid(ev.pid), ev.pid);
      return;
    case 'send': {
      const down = downOf(ev.msg);
      const ex = down ? (byRef.get(down.ref) ?? null) : null;
      if (ex !== null && ev.to === ex.caller) {
        ex.result = down.cls === 'return' || down.cls === 'throw' ? down.value : `{badrpc,{'EXIT',${down.value}}}`;
        if (ex.worker === null) {
          ex.worker = ev.from;
          byWorker.set(ev.from, ex);
        }
        join(ex, ev);
        ex.down = ev.seq;
        byRef.delete(down.ref);
        return;
      }
      const w = byWorker.get(ev.from) ?? byWorker.get(ev.to);
      if (w) join(w, ev);
      return;
    }
    case 'receive': {
      // A message stepped through by the lesson tools stays in sight, whichever call it belongs to.
      if (ev.afterRelease) return;
      const w = byWorker.get(ev.pid) ?? (ev.sender ? byWorker.get(ev.sender) : undefined);
      if (w) join(w, ev);
      // The caller taking the 'DOWN' (or spawn_reply) of its call.
      else if (ev.senderEvent?.member && ev.senderEvent.member.caller === ev.pid) join(ev.senderEvent.member, ev);
      return;
    }
    case 'exit': {
      const ref = exitRef(ev.reason);
      const ex = ref !== null ? byRef.get(ref) : undefined;
      if (ex !== undefined && ex.worker !== ev.pid && !byWorker.has(ev.pid)) adopt(ex, ev.pid, recent);
      const w = byWorker.get(ev.pid);
      if (w) join(w, ev);
      byWorker.delete(ev.pid);
      return;
    }
    case 'link':
    case 'unlink': {
      const w = byWorker.get(ev.pid ?? ev.from) ?? byWorker.get(ev.to);
      if (w) join(w, ev);
      if (ev.kind === 'exit') byWorker.delete(ev.pid);
      return;
    }
  }
}
