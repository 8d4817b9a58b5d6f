// The page's lesson actions (docs/live-view-protocol.md, "From the page"):
// hold, step, release, drop the next message, kill with a reason, and cut,
// heal, delay or stall a connection. A command arrives on the page's
// authenticated socket as JSON; every field is checked here, and a bad one
// gets an answer saying what is wrong, never an exception. The node is
// reached only through the interfaces the shell's erlts_lesson uses
// (bifs/lesson), so the page can do nothing the shell cannot.

import { Atom, listToArray, type Term } from '../terms/types.js';
import { writePid } from '../terms/print/write.js';
import { consultText } from '../compiler/consult.js';
import { dropNext, heldMessages, holdMessages, killWith, releaseAll, stepOne } from '../bifs/lesson/step.js';
import type { Process } from '../vm/process.js';
import type { VM } from '../vm/vm.js';
import { termText } from './feed.js';

/** What the page is told: `{"type": "answer", "id": ..., "ok": true, "result": "..."}` or `"ok": false` with `"error"`. */
export interface Answer {
  ok: boolean;
  result?: string;
  error?: string;
}

/** A kill reason, as the page's user types it: a term of at most this many characters. */
const MAX_REASON = 200;
/** Latency a page may add to a connection, at most (a minute): a lesson, not a denial of service. */
const MAX_LATENCY_MS = 60_000;

export const ACTIONS = new Set(['hold', 'step', 'release', 'held', 'drop_next', 'kill', 'cut', 'heal', 'latency', 'stall']);

const fail = (error: string): Answer => ({ ok: false, error });
const done = (result: string): Answer => ({ ok: true, result });

/** A live process of this node, by the pid text the page shows (`<0.85.0>`) or its registered name. */
function localProcess(vm: VM, who: unknown): Process | string {
  if (typeof who !== 'string' || who.length === 0 || who.length > 255) return 'name a process by its pid, as the page shows it (<0.85.0>)';
  if (/^<0\.\d+\.\d+>$/.test(who)) {
    for (const p of vm.processes.values()) if (p.alive && writePid(p.pid) === who) return p;
    return `no process ${who} on this node`;
  }
  if (/^<\d+\.\d+\.\d+>$/.test(who)) return `${who} is another node's process: act on it from that node's page`;
  // By looking, not by Atom.of: a page's typing makes no atoms.
  for (const p of vm.processes.values()) if (p.alive && p.registeredName?.name === who) return p;
  return `no process registered as ${who}`;
}

/** A node this node is connected to (or was: healing a cut names a node no longer connected). */
function nodeName(node: unknown): Atom | string {
  if (typeof node !== 'string' || !/^[A-Za-z0-9_.@-]{1,255}$/.test(node) || !node.includes('@')) return 'name a node (name@host)';
  return Atom.of(node);
}

function reasonTerm(text: unknown): Term | string {
  if (text === undefined || text === '') return Atom.of('killed_by_teacher');
  if (typeof text !== 'string' || text.length > MAX_REASON) return `a reason is a term of at most ${MAX_REASON} characters`;
  try {
    const r = consultText(`${text}.`);
    const all = Array.isArray(r) && r[0] === Atom.of('ok') ? listToArray(r[1]!) : null;
    if (all === null) return `not a term: ${text}`;
    if (all.length !== 1) return `not one term: ${text}`;
    return all[0]!;
  } catch {
    return `not a term: ${text}`;
  }
}

/** Runs one checked command of the page; `c.type` is one of ACTIONS. */
export function act(vm: VM, c: Record<string, unknown>): Answer {
  switch (c.type) {
    case 'hold': {
      if (c.pid === 'all') {
        holdMessages(vm, 'all');
        return done('holding the messages to every process of yours');
      }
      const p = localProcess(vm, c.pid);
      if (typeof p === 'string') return fail(p);
      holdMessages(vm, p);
      return done(`holding the messages to ${writePid(p.pid)}`);
    }
    case 'step': {
      const r = stepOne(vm);
      return r === null ? done('nothing is held') : done(`released ${termText(r[1])} to ${writePid(r[0])}`);
    }
    case 'release':
      return done(`released ${releaseAll(vm)} and stopped holding`);
    case 'held':
      return done(`${heldMessages(vm).length} held`);
    case 'drop_next': {
      const p = localProcess(vm, c.pid);
      if (typeof p === 'string') return fail(p);
      dropNext(vm, p);
      return done(`the next message to ${writePid(p.pid)} will be dropped`);
    }
    case 'kill': {
      const p = localProcess(vm, c.pid);
      if (typeof p === 'string') return fail(p);
      const reason = reasonTerm(c.reason);
      if (typeof reason === 'string') return fail(reason);
      // From the process itself: no other process of the student's takes the blame.
      killWith(vm, vm.userPid ?? p.pid, p.pid, reason);
      return done(`exit signal ${termText(reason)} sent to ${writePid(p.pid)}`);
    }
    case 'cut':
    case 'heal':
    case 'latency':
    case 'stall': {
      // The fields first, then whether the node can do it at all.
      if (c.type === 'stall') {
        if (typeof c.on !== 'boolean') return fail('stall needs "on": true or false');
      } else {
        const node = nodeName(c.node);
        if (typeof node === 'string') return fail(node);
        if (node === vm.nodeName) return fail('that is this node');
        if (c.type === 'latency' && (typeof c.ms !== 'number' || !Number.isInteger(c.ms) || c.ms < 0 || c.ms > MAX_LATENCY_MS)) {
          return fail(`latency needs "ms": a whole number from 0 to ${MAX_LATENCY_MS}`);
        }
      }
      const faults = vm.ext.lessonFaults;
      if (faults === undefined) return fail('this node is not distributed: start it with -sname or -name');
      if (c.type === 'stall') {
        faults.stall(c.on as boolean);
        return done(c.on ? 'this node stops answering its peers' : 'this node answers again');
      }
      const node = Atom.of(c.node as string);
      if (c.type === 'latency') {
        faults.latency(node, c.ms as number);
        return done(`${c.ms} ms added to each message to ${node.name}`);
      }
      if (c.type === 'cut') faults.cut(node);
      else faults.heal(node);
      return done(`${c.type === 'cut' ? 'cut' : 'healed'} the connection to ${node.name}`);
    }
    default:
      return fail(`unknown action ${String(c.type)}`);
  }
}
