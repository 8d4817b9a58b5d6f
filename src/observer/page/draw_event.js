// One row of the diagram: arrows for sends, spawns, links and rpc
// exchanges, marks on the lane for the rest, the time at the left, and a
// mark where a long idle gap was left out. Terms are shortened to their
// room (term_text.js); the whole term is in the tooltip and, on a click, in
// the details panel.

import { describe, seconds } from './describe.js';
import { GUTTER, LANE_W, ROW, rowMid, rowTop, rpcTarget, WIRE_W } from './layout.js';
import { model } from './model.js';
import { charWidth, fit, svg } from './svg.js';
import { shortTerm } from './term_text.js';

/** Rows further apart than this in time get a mark that time was left out. */
const GAP_MS = 1500;

function isCross(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return model.procs.get(a)?.node !== model.procs.get(b)?.node;
}

// Characters of a 12px label that fit `width` pixels.
const chars = (width, size = 12) => Math.max(1, Math.floor(width / ((charWidth * size) / 12)));

// A term in a label of `width` pixels.
const termLabel = (text, width, size = 12) => shortTerm(text, chars(width, size));

// A horizontal arrow from a to b at height y, its head a separate shape so
// that CSS can fill it (received) or not (still in the mailbox).
function arrow(g, a, b, y, cls = '') {
  const dir = b >= a ? 1 : -1;
  const base = b - dir * 9;
  g.append(svg('line', { class: `shaft ${cls}`, x1: a, y1: y, x2: base, y2: y }));
  g.append(svg('path', { class: 'head', d: `M${b},${y} L${base},${y - 4.5} L${base},${y + 4.5} Z` }));
}

function outsideStart(g, y) {
  const x = GUTTER + 10;
  g.append(svg('circle', { class: 'found', cx: x, cy: y, r: 3.5 }));
  return x + 3.5;
}

// A label right of a lane has its row to itself: it may run over the next
// lanes (its halo keeps it readable), up to a point.
function sideRoom(layout, x) {
  return Math.min(layout.width - x - 12, 2 * LANE_W);
}

// Between neighbouring lanes the arrow is short: its label may overhang it.
function centredLabel(g, a, b, y, text) {
  const width = Math.max(Math.abs(b - a) - 14, LANE_W + 30);
  g.append(svg('text', { class: 'label', x: (a + b) / 2, y, 'text-anchor': 'middle' }, termLabel(text, width)));
}

function drawRpc(g, ex, r, layout) {
  const y = rowMid(r);
  const a = layout.x.get(ex.caller);
  const b = rpcTarget(layout, ex.node) ?? a + LANE_W;
  g.setAttribute('data-from', ex.caller);
  g.setAttribute('data-node', ex.node);
  g.classList.add('cross-node');
  if (ex.open) g.classList.add('open');
  if (ex.result !== null) g.classList.add('answered');
  arrow(g, a, b, y + 2);
  if (ex.result !== null) arrow(g, b, a, y + 8, 'dashed');
  // The row is the call's own: its label runs from the left end of the
  // arrow to the window's edge (the diagram may be wider than the window).
  const left = Math.min(a, b) + 6;
  const edge = Math.min(layout.width, Math.max(layout.visible, Math.max(a, b) + 40));
  g.append(svg('text', { class: 'label rpc-label', x: left, y: y - 4 }, rpcLabel(ex, chars(edge - left - 12))));
}

// `▸ rpc:call(server, kvs, store, [weather, fine]) → true`, shortened to n
// characters: first the result as a term, then the arguments, whole words
// only.
export function rpcLabel(ex, n) {
  const open = ex.open ? '▾' : '▸';
  const elided = ex.call.replace(/\[.*\]\)$/s, '[…])');
  for (const call of [ex.call, elided]) {
    const room = n - call.length - 5;
    if (ex.result === null && room >= 0) return `${open} ${call} …`;
    if (ex.result !== null && room >= 3) {
      const r = shortTerm(ex.result, room, true);
      if (r !== '…' || call === elided) return `${open} ${call} → ${r}`;
    }
  }
  return `${open} rpc:call …`;
}

// Words cut at a word's end, never inside one.
function words(text, n) {
  if (text.length <= n) return text;
  const cut = text.lastIndexOf(' ', n - 1);
  return cut <= 0 ? '…' : `${text.slice(0, cut)} …`;
}

// Capability flags: as many whole names as fit, and how many more.
function flagWords(v, n) {
  const all = v.split(' ');
  let out = 'flags';
  for (let i = 0; i < all.length; i++) {
    const more = all.length - i - 1 > 0 ? ` +${all.length - i - 1}` : '';
    if (out.length + 1 + all[i].length + more.length > n) return `${out} +${all.length - i}`;
    out += ` ${all[i]}`;
  }
  return out;
}

// A wire event in one line of `n` characters: direction, peer, step, then
// the fields that say most (terms shortened as terms, flags as whole words).
export function wireLabel(ev, n) {
  const f = ev.fields ?? {};
  const head = `${ev.dir === 'out' ? '→' : '←'} ${ev.peer} ${ev.step}`;
  const tail = ` · ${ev.bytes} B`;
  let room = n - head.length - tail.length;
  const parts = [];
  for (const k of ['control', 'message', 'status', 'result', 'port', 'flags', 'name', 'challenge', 'digest']) {
    const v = f[k];
    if (typeof v !== 'string' || v === '' || room < 4) continue;
    // A handshake's name is the peer's (already said) or ours.
    if (k === 'name' && (v === ev.peer || ev.dir === 'out')) continue;
    // Flags have a line of their own (drawEvent).
    if (k === 'flags') continue;
    const term = k === 'control' || k === 'message';
    // The control tuple leaves the message what it needs, up to a little over half.
    const share =
      term && k === 'control' && typeof f.message === 'string' ? Math.max(8, room - 2 - Math.min(f.message.length, Math.floor(room * 0.55))) : room - 1;
    const text = term ? shortTerm(v, share) : words(`${k}=${v}`, share);
    if (text === '…' || text.endsWith('= …')) continue;
    parts.push(text);
    room -= text.length + 1;
  }
  return `${head}${parts.map((p) => ` ${p}`).join('')}${tail}`;
}

// The node a fault was injected on, in words.
const who = (ev) => (ev.by === undefined || ev.by === model.watched ? 'this node' : ev.by);

const FAULT_WORDS = {
  cut: (ev) => `cut: the connection to ${ev.node}`,
  heal: (ev) => `heal: the connection to ${ev.node} may come back`,
  latency: (ev) => `latency: ${ev.detail} ms on the connection to ${ev.node}`,
  stall: (ev) => `stall: ${who(ev)} stops answering its peers`,
  resume: (ev) => `resume: ${who(ev)} answers again`,
  kill: (ev) => `kill: ${ev.detail}`,
};

// A fault is drawn where it happened: a kill on its process, a connection's
// fault across the two nodes it joins, a stall across this node.
function drawFault(g, ev, y, layout) {
  g.classList.add(`fault-${ev.what}`);
  g.setAttribute('data-what', ev.what);
  const words = (FAULT_WORDS[ev.what] ?? ((e) => `${e.what} ${e.detail ?? ''}`))(ev);
  if (ev.pid !== null && ev.pid !== undefined && layout.x.has(ev.pid)) {
    g.setAttribute('data-pid', ev.pid);
    const x = layout.x.get(ev.pid);
    g.append(
      svg('path', { class: 'bolt', d: `M${x + 3},${y - 9} L${x - 4},${y + 1} L${x + 1},${y + 1} L${x - 3},${y + 9} L${x + 5},${y - 2} L${x},${y - 2} Z` }),
    );
    g.append(svg('text', { class: 'label', x: x + 12, y: y + 4 }, fit(words, sideRoom(layout, x) - 14)));
    return;
  }
  if (ev.node !== null && ev.node !== undefined) g.setAttribute('data-node', ev.node);
  const by = ev.by ?? model.watched;
  const groups = layout.groups.filter((grp) => grp.node === by || grp.node === ev.node);
  const x0 = groups.length > 0 ? Math.min(...groups.map((grp) => grp.x0)) : GUTTER;
  const x1 = groups.length > 0 ? Math.max(...groups.map((grp) => grp.x1)) : layout.width;
  g.append(svg('rect', { class: 'band', x: x0, y: y - 9, width: x1 - x0, height: 18 }));
  if (ev.what === 'cut') {
    // Where the two nodes meet, the line is broken.
    const mid = groups.length === 2 ? (groups[0].x1 + groups[1].x0) / 2 : (x0 + x1) / 2;
    g.append(svg('path', { class: 'snip', d: `M${mid - 8},${y - 9} L${mid + 2},${y - 2} L${mid - 4},${y + 2} L${mid + 8},${y + 9}` }));
  }
  g.append(svg('text', { class: 'label', x: x0 + 10, y: y + 4 }, fit(words, x1 - x0 - 20)));
}

export function drawEvent(ev, r, layout, prev) {
  const y = rowMid(r);
  const lx = (pid) => layout.x.get(pid);
  const g = svg('g', { class: `event ${ev.kind}`, 'data-kind': ev.kind, 'data-seq': ev.seq });
  g.append(svg('title', {}, `#${ev.seq} at ${seconds(ev.t)} s\n${describe(ev)}`));
  // The whole term, as the label may be shortened to fit.
  if (typeof ev.msg === 'string') g.setAttribute('data-msg', ev.msg);
  g.append(svg('rect', { class: 'row-bg', x: 0, y: rowTop(r), width: layout.width, height: ROW }));
  switch (ev.kind) {
    case 'rpc':
      g.setAttribute('data-exchange', ev.exchange.id);
      drawRpc(g, ev.exchange, r, layout);
      break;
    case 'send': {
      if (ev.from !== null && ev.from !== undefined) g.setAttribute('data-from', ev.from);
      g.setAttribute('data-to', ev.to);
      if (isCross(ev.from, ev.to)) g.classList.add('cross-node');
      if (ev.receivedBy !== undefined) g.classList.add('received');
      const b = lx(ev.to);
      if (ev.from === ev.to) {
        g.append(svg('path', { class: 'shaft', d: `M${b},${y - 6} H${b + 18} V${y + 6} H${b + 10}` }));
        g.append(svg('path', { class: 'head', d: `M${b + 1},${y + 6} L${b + 10},${y + 1.5} L${b + 10},${y + 10.5} Z` }));
        g.append(svg('text', { class: 'label', x: b + 24, y: y + 4 }, termLabel(ev.msg, sideRoom(layout, b) - 24)));
      } else {
        const a = ev.from === null || ev.from === undefined ? outsideStart(g, y + 5) : lx(ev.from);
        arrow(g, a, b, y + 5);
        centredLabel(g, a, b, y - 2, ev.msg);
      }
      break;
    }
    case 'spawn_request': {
      g.setAttribute('data-from', ev.from);
      g.setAttribute('data-node', ev.node);
      g.classList.add('cross-node', 'spawn');
      const a = lx(ev.from);
      const b = rpcTarget(layout, ev.node) ?? a + LANE_W;
      arrow(g, a, b, y + 5, 'dashed');
      g.append(svg('text', { class: 'label', x: (a + b) / 2, y: y - 2, 'text-anchor': 'middle' }, `spawn_request ${ev.call}`));
      break;
    }
    case 'spawn': {
      if (ev.parent !== null && ev.parent !== undefined) g.setAttribute('data-from', ev.parent);
      g.setAttribute('data-to', ev.pid);
      if (isCross(ev.parent, ev.pid)) g.classList.add('cross-node');
      const b = lx(ev.pid);
      const text = fit(ev.pid, LANE_W - 40, 11);
      const half = (text.length * charWidth * 11) / 12 / 2 + 7;
      g.append(svg('rect', { class: 'birth', x: b - half, y: y - 9, width: half * 2, height: 18, rx: 9 }));
      g.append(svg('text', { class: 'birth-label', x: b, y: y + 4, 'text-anchor': 'middle' }, text));
      const a = ev.parent === null || ev.parent === undefined ? outsideStart(g, y) : lx(ev.parent);
      const end = a <= b ? b - half : b + half;
      arrow(g, a, end, y, 'dashed');
      // The label goes first so that text.label is the event's label.
      const t = svg('text', { class: 'label', x: (a + end) / 2, y: y - 4, 'text-anchor': 'middle' }, 'spawn');
      g.insertBefore(t, g.children[2]);
      break;
    }
    case 'link':
    case 'unlink': {
      g.setAttribute('data-from', ev.from);
      g.setAttribute('data-to', ev.to);
      if (isCross(ev.from, ev.to)) g.classList.add('cross-node');
      const a = lx(ev.from);
      const b = lx(ev.to);
      centredLabel(g, a, b, y - 2, ev.kind);
      for (const dy of [3, 7]) g.append(svg('line', { class: 'shaft', x1: a, y1: y + dy, x2: b, y2: y + dy }));
      break;
    }
    case 'receive': {
      g.setAttribute('data-pid', ev.pid);
      if (ev.pattern !== undefined) g.setAttribute('data-pattern', ev.pattern);
      const x = lx(ev.pid);
      if (ev.afterRelease && ev.pattern !== undefined) {
        // A message stepped through: which clause took it, as written.
        g.classList.add('stepped');
        const room = sideRoom(layout, x) - 10;
        const clause = `matches clause ${ev.clause}: ${ev.pattern}`;
        g.append(svg('text', { class: 'label small', x: x + 9, y: y + 4 }, fit(clause, room, 11)));
      } else {
        g.append(svg('text', { class: 'label small', x: x + 9, y: y + 4 }, termLabel(ev.msg, sideRoom(layout, x) - 10, 11)));
      }
      g.append(svg('circle', { class: 'dot', cx: x, cy: y, r: 4 }));
      break;
    }
    case 'exit': {
      g.setAttribute('data-pid', ev.pid);
      if (ev.reason !== 'normal') g.classList.add('abnormal');
      const x = lx(ev.pid);
      g.append(svg('text', { class: 'label', x: x + 11, y: y + 4 }, termLabel(ev.reason, sideRoom(layout, x) - 12)));
      g.append(svg('path', { class: 'cross', d: `M${x - 6},${y - 6} L${x + 6},${y + 6} M${x + 6},${y - 6} L${x - 6},${y + 6}` }));
      break;
    }
    case 'register': {
      g.setAttribute('data-pid', ev.pid);
      const x = lx(ev.pid);
      g.append(svg('text', { class: 'label', x: x + 11, y: y + 4 }, fit(`register ${ev.name}`, sideRoom(layout, x) - 12)));
      g.append(svg('path', { class: 'tag', d: `M${x},${y - 6} L${x + 6},${y} L${x},${y + 6} L${x - 6},${y} Z` }));
      break;
    }
    case 'held': {
      // The message waits before the mailbox: a parcel beside the lane, until it is released.
      g.setAttribute('data-pid', ev.pid);
      if (ev.releasedBy !== undefined) g.classList.add('released');
      const x = lx(ev.pid);
      g.append(svg('rect', { class: 'parcel', x: x - 9, y: y - 8, width: 18, height: 16, rx: 3 }));
      g.append(svg('path', { class: 'parcel-bars', d: `M${x - 3},${y - 4} V${y + 4} M${x + 3},${y - 4} V${y + 4}` }));
      const t = svg('text', { class: 'label', x: x + 14, y: y + 4 });
      t.append(svg('tspan', { class: 'held-note' }, 'held '), svg('tspan', { class: 'released-note' }, 'was held '));
      t.append(document.createTextNode(termLabel(ev.msg, sideRoom(layout, x) - 80)));
      g.append(t);
      break;
    }
    case 'released':
    case 'dropped': {
      g.setAttribute('data-pid', ev.pid);
      const x = lx(ev.pid);
      const word = ev.kind === 'released' ? 'released' : 'dropped';
      if (ev.kind === 'released') g.append(svg('path', { class: 'mark', d: `M${x - 5},${y - 6} L${x + 5},${y} L${x - 5},${y + 6} Z` }));
      else g.append(svg('path', { class: 'mark', d: `M${x - 6},${y - 6} L${x + 6},${y + 6} M${x + 6},${y - 6} L${x - 6},${y + 6}` }));
      g.append(svg('text', { class: 'label', x: x + 12, y: y + 4 }, `${word} ${termLabel(ev.msg, sideRoom(layout, x) - 90)}`));
      break;
    }
    case 'no_match': {
      g.setAttribute('data-pid', ev.pid);
      const x = lx(ev.pid);
      g.append(svg('circle', { class: 'ring', cx: x, cy: y, r: 5 }));
      g.append(svg('text', { class: 'label', x: x + 12, y: y + 4 }, fit('no clause matches: it waits in the mailbox', sideRoom(layout, x) - 14)));
      break;
    }
    case 'fault':
      drawFault(g, ev, y, layout);
      break;
    case 'wire': {
      g.setAttribute('data-step', ev.step);
      g.setAttribute('data-dir', ev.dir);
      g.setAttribute('data-peer', ev.peer);
      if (layout.wireX === null) break;
      const x = layout.wireX + 10;
      // Remembered from before the lane was switched on: said so.
      if (ev.recalled) g.classList.add('recalled');
      const flags = ev.fields?.flags;
      if (typeof flags === 'string' && flags !== '') {
        // A handshake's capabilities: a second line, in words, as many as fit (all of them on a click).
        g.append(svg('text', { class: 'label wire-label', x, y: y - 1 }, wireLabel(ev, chars(WIRE_W - 30, 11))));
        g.append(svg('text', { class: 'label wire-flags', x: x + 14, y: y + 11 }, flagWords(flags, chars(WIRE_W - 44, 10))));
      } else {
        g.append(svg('text', { class: 'label wire-label', x, y: y + 4 }, wireLabel(ev, chars(WIRE_W - 30, 11))));
      }
      break;
    }
    case 'nodeup':
    case 'nodedown': {
      g.setAttribute('data-node', ev.node);
      g.append(svg('text', { class: 'label', x: GUTTER + 10, y: y + 4 }, `${ev.kind} ${ev.node}`));
      g.insertBefore(svg('rect', { class: 'band', x: GUTTER, y: y - 9, width: layout.width - GUTTER, height: 18 }), g.lastChild);
      break;
    }
  }
  g.append(svg('text', { class: 'time', x: GUTTER - 8, y: y + 4, 'text-anchor': 'end' }, seconds(ev.t)));
  // Rows follow each other whatever the time between them; a long pause is marked, not drawn.
  if (prev !== undefined && typeof ev.t === 'number' && typeof prev.t === 'number' && ev.t - prev.t > GAP_MS) {
    const top = rowTop(r);
    g.classList.add('after-gap');
    g.append(svg('line', { class: 'gap', x1: 4, y1: top, x2: layout.width, y2: top }));
    g.append(svg('text', { class: 'gap-label', x: layout.width - 8, y: top + 9, 'text-anchor': 'end' }, `${((ev.t - prev.t) / 1000).toFixed(1)} s later`));
  }
  return g;
}
