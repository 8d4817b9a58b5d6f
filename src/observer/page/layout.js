// Where things go: which events make rows under the two filters, which
// processes get lanes, the lanes grouped by node, and the sizes of it all.

import { showReceiveBox, showSystemBox, view } from './elements.js';
import { involved, model } from './model.js';

export const ROW = 28;
export const LANE_W = 180;
export const GUTTER = 58; // the time column
const OUTSIDE = 64; // room for arrows from outside any process
const GROUP_GAP = 22;
export const GROUP_PAD = 6;
const RIGHT = 190; // room for the labels right of the last lane
export const HEAD_H = 76;
const TOP = 8;

export const rowTop = (r) => TOP + r * ROW;
export const rowMid = (r) => TOP + r * ROW + ROW / 2;

export function shown(ev) {
  if (ev.kind === 'receive' && !showReceiveBox.checked) return false;
  if (showSystemBox.checked) return true;
  // The shell's io requests and the like are the node's plumbing: an event
  // that touches a system process waits for the box, like the process.
  // A reply from an io server is received by the caller: it goes with the reply.
  const pids = ev.kind === 'receive' && ev.sender ? [...involved(ev), ev.sender] : involved(ev);
  return !pids.some((pid) => model.procs.get(pid)?.system);
}

// `key` names the groups and their lanes: rows drawn under another key are
// out of place.
export function computeLayout(rowList) {
  const { procs, nodeOrder, watched, connected } = model;
  const referenced = new Set();
  for (const ev of rowList) for (const pid of involved(ev)) referenced.add(pid);
  const showSystem = showSystemBox.checked;
  const rank = (n) => nodeOrder.indexOf(n);
  const lanes = [...procs.values()]
    .filter((p) => (showSystem || !p.system || referenced.has(p.pid)) && (p.alive || referenced.has(p.pid)))
    .sort((a, b) => rank(a.node) - rank(b.node) || a.order - b.order);
  const nodes = nodeOrder.filter((n) => n === watched || connected.has(n) || lanes.some((p) => p.node === n));
  const x = new Map();
  const groups = [];
  let at = GUTTER + OUTSIDE;
  for (const n of nodes) {
    const own = lanes.filter((p) => p.node === n);
    own.forEach((p, i) => x.set(p.pid, at + i * LANE_W + LANE_W / 2));
    const x1 = at + Math.max(1, own.length) * LANE_W;
    groups.push({ node: n, x0: at, x1, lanes: own });
    at = x1 + GROUP_GAP;
  }
  // Wide enough for the bands of nodeup and nodedown to cross the window.
  const width = Math.max(at - GROUP_GAP + RIGHT, view.clientWidth);
  const key = nodes.join(' ') + '|' + lanes.map((p) => p.pid).join(' ');
  return { key, x, groups, lanes, width };
}
