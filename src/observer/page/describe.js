// The words of the diagram's tooltips and time column.

import { model } from './model.js';

function who(pid) {
  if (pid === null || pid === undefined) return 'outside any process';
  const p = model.procs.get(pid);
  return p?.name ? `${pid} (${p.name})` : pid;
}

export function describe(ev) {
  switch (ev.kind) {
    case 'send':
      return `${who(ev.from)} sends to ${who(ev.to)}:\n${ev.msg}`;
    case 'receive':
      return `${who(ev.pid)} receives:\n${ev.msg}${ev.pattern === undefined ? '' : `\nmatching clause ${ev.clause}: ${ev.pattern}`}`;
    case 'held':
      return `a message to ${who(ev.pid)} is held before its mailbox${ev.releasedBy === undefined ? '' : ' (released since)'}:\n${ev.msg}`;
    case 'released':
      return `a held message is released into the mailbox of ${who(ev.pid)}:\n${ev.msg}`;
    case 'dropped':
      return `a message to ${who(ev.pid)} is dropped on its way:\n${ev.msg}`;
    case 'no_match':
      return `${who(ev.pid)} is in a receive, but no clause matches:\n${ev.msg}\nit waits in the mailbox. The clauses:\n${(ev.patterns ?? []).map((p, i) => `  ${i + 1}: ${p}`).join('\n')}`;
    case 'fault':
      return ev.what === 'kill'
        ? `${who(ev.pid)} is killed with reason:\n${ev.detail}`
        : `fault injected: ${ev.what}${ev.node ? ` (${ev.node})` : ''}${ev.what === 'latency' ? ` ${ev.detail} ms` : ''}`;
    case 'wire':
      return `${ev.dir === 'out' ? 'sent to' : 'received from'} ${ev.peer}: ${ev.step} (${ev.bytes} bytes)\n${Object.entries(ev.fields ?? {})
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n')}`;
    case 'rpc': {
      const ex = ev.exchange;
      const result = ex.result === null ? 'waiting for the answer' : `returns ${ex.result}`;
      return `${who(ex.caller)} calls on ${ex.node}:\n${ex.call}\n${result}\n(click to ${ex.open ? 'close' : 'open'}: the spawn, request, reply and 'DOWN' beneath)`;
    }
    case 'spawn_request':
      return `${who(ev.from)} asks ${ev.node} to spawn ${ev.call}${ev.args ? ` with ${ev.args}` : ''}`;
    case 'spawn':
      return `${who(ev.parent)} spawns ${ev.pid}${ev.call ? ` running ${ev.call}` : ''}${ev.args ? `\nwith ${ev.args}` : ''}`;
    case 'link':
      return `${who(ev.from)} links to ${who(ev.to)}`;
    case 'unlink':
      return `${who(ev.from)} unlinks from ${who(ev.to)}`;
    case 'exit':
      return `${who(ev.pid)} exits:\n${ev.reason}`;
    case 'register':
      return `${ev.pid} is registered as ${ev.name}`;
    case 'nodeup':
      return `node ${ev.node} is up`;
    case 'nodedown':
      return `node ${ev.node} is down`;
    default:
      return ev.kind;
  }
}

export const seconds = (t) => (typeof t === 'number' ? (t / 1000).toFixed(3) : '');
