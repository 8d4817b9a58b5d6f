// Where things go: which events make rows under the filters, which
// processes get lanes, and in which column. Each node has columns; a
// process takes the leftmost column free at its first row and holds it to
// its last (to the end, for a process of this node that is alive). A
// finished process's column is free again, so a lesson of a hundred short
// rpc workers still fits in three columns. A process of another node holds
// its column only while messages name it: that node is not watched, so its
// processes appear as messages reach or leave them.

import { showReceiveBox, showSystemBox, showWireBox, view } from './elements.js';
import { involved, model } from './model.js';

export const ROW = 28;
export const LANE_W = 180;
export const GUTTER = 58; // the time column
const OUTSIDE = 64; // room for arrows from outside any process
const GROUP_GAP = 22;
export const GROUP_PAD = 6;
const RIGHT = 190; // room for the labels right of the last lane
export const WIRE_W = 500; // the X-ray's lane
export const HEAD_H = 76;
const TOP = 8;

export const rowTop = (r) => TOP + r * ROW;
export const rowMid = (r) => TOP + r * ROW + ROW / 2;

/** How much bigger than its natural size the diagram is drawn (presentation mode). */
export let scale = 1;
export function setScale(s) {
  scale = s;
}

/** A shell's evaluator: what a student types runs there. */
export const isShell = (p) => p !== undefined && !p.system && p.name === null && p.call === 'erlang:apply/2';

export function shown(ev) {
  if (ev.kind === 'wire') return showWireBox.checked && (showSystemBox.checked || !ev.system);
  if (ev.kind === 'receive' && !showReceiveBox.checked) return false;
  if (showSystemBox.checked) return true;
  // The shell's io requests and the like are the node's plumbing: an event
  // that touches a system process waits for the box, like the process.
  // A reply from an io server is received by the caller: it goes with the reply.
  const pids = ev.kind === 'receive' && ev.sender ? [...involved(ev), ev.sender] : involved(ev);
  return !pids.some((pid) => model.procs.get(pid)?.system);
}

/** The pids a row draws on: an rpc row only its caller (it ends at the node). */
export function rowPids(row) {
  return row.kind === 'rpc' ? [row.exchange.caller] : involved(row);
}

// `key` names the groups, their columns and who is in them: rows drawn under
// another key are out of place.
export function computeLayout(rowList) {
  const { procs, nodeOrder, watched, connected, streaming } = model;
  const first = new Map();
  const last = new Map();
  const exitRow = new Map();
  rowList.forEach((ev, i) => {
    for (const pid of rowPids(ev)) {
      if (!first.has(pid)) first.set(pid, i);
      last.set(pid, i);
    }
    if (ev.kind === 'exit') exitRow.set(ev.pid, i);
  });
  const showSystem = showSystemBox.checked;
  const local = (p) => p.node === watched || model.streaming.has(p.node);
  // Alive processes of this node stand from the top (or their birth) to the end.
  const candidates = [...procs.values()].filter((p) => first.has(p.pid) || (p.alive && local(p) && (showSystem || !p.system) && p.bornSeq === null));
  const span = (p) => {
    const from = p.bornSeq === null && p.alive && local(p) ? -1 : (first.get(p.pid) ?? -1);
    const to = exitRow.has(p.pid) ? exitRow.get(p.pid) : p.alive && local(p) ? Infinity : (last.get(p.pid) ?? from);
    return [from, to];
  };
  const spans = new Map(candidates.map((p) => [p.pid, span(p)]));
  candidates.sort((a, b) => spans.get(a.pid)[0] - spans.get(b.pid)[0] || a.order - b.order);
  const columnsOf = new Map(); // node -> [{ until, occupants: [proc] }]
  const column = new Map(); // pid -> column index
  for (const p of candidates) {
    const [from, to] = spans.get(p.pid);
    const cols = columnsOf.get(p.node) ?? [];
    columnsOf.set(p.node, cols);
    let c = cols.findIndex((col) => col.until < from);
    if (c < 0) {
      c = cols.length;
      cols.push({ until: -Infinity, occupants: [] });
    }
    cols[c].until = to;
    cols[c].occupants.push(p);
    column.set(p.pid, c);
  }
  const nodes = nodeOrder.filter((n) => n === watched || connected.has(n) || streaming.has(n) || columnsOf.has(n));
  const x = new Map();
  const groups = [];
  // The X-ray's lane, left of the nodes when it is on: what crossed the wire, in words.
  const wireX = showWireBox.checked ? GUTTER + 8 : null;
  let at = GUTTER + OUTSIDE + (wireX === null ? 0 : WIRE_W);
  for (const n of nodes) {
    const cols = columnsOf.get(n) ?? [];
    for (const col of cols) for (const p of col.occupants) x.set(p.pid, at + column.get(p.pid) * LANE_W + LANE_W / 2);
    const x1 = at + Math.max(1, cols.length) * LANE_W;
    // The head of a column names its newest process.
    const lanes = cols.map((col) => col.occupants[col.occupants.length - 1]);
    groups.push({ node: n, x0: at, x1, lanes, columns: cols });
    at = x1 + GROUP_GAP;
  }
  // Wide enough for the bands of nodeup and nodedown to cross the window.
  const visible = view.clientWidth / scale;
  const width = Math.max(at - GROUP_GAP + RIGHT, visible);
  const key = nodes.map((n) => `${n}:${(columnsOf.get(n) ?? []).map((c) => c.occupants.map((p) => p.pid).join(',')).join('/')}`).join(' ');
  const occupants = candidates;
  const heads = new Set(groups.flatMap((g) => g.lanes.map((p) => p.pid)));
  return { key: wireX === null ? key : `${key} wire`, x, groups, occupants, heads, spans, width, visible, wireX };
}

/** Where an rpc row ends: the called node's shell, if it shows one, else the middle of the node. */
export function rpcTarget(layout, node) {
  const grp = layout.groups.find((g) => g.node === node);
  if (grp === undefined) return null;
  const shell = grp.lanes.find((p) => isShell(p));
  return shell !== undefined ? layout.x.get(shell.pid) : (grp.x0 + grp.x1) / 2;
}
