// The lanes: their heads, boxed by node, above the scrolling rows, and the
// lifeline under each head from its birth to its exit.

import { diagram, heads, view } from './elements.js';
import { GROUP_PAD, GUTTER, HEAD_H, LANE_W, ROW, rowMid, rowTop } from './layout.js';
import { involved, model } from './model.js';
import { fit, svg } from './svg.js';

function label(p) {
  return p.name ?? p.pid;
}

export function drawHeads(layout) {
  const { watched, connected } = model;
  heads.replaceChildren();
  heads.setAttribute('width', layout.width);
  heads.setAttribute('height', HEAD_H);
  diagram.setAttribute('width', layout.width);
  heads.append(svg('text', { class: 'time-head', x: GUTTER - 8, y: HEAD_H - 8, 'text-anchor': 'end' }, 'time (s)'));
  for (const grp of layout.groups) {
    const down = grp.node !== watched && !connected.has(grp.node);
    const g = svg('g', { class: `node${grp.node === watched ? ' watched' : ''}${down ? ' down' : ''}`, 'data-node': grp.node });
    g.append(svg('rect', { class: 'node-box', x: grp.x0 + GROUP_PAD, y: 4, width: grp.x1 - grp.x0 - 2 * GROUP_PAD, height: HEAD_H - 8, rx: 6 }));
    const title = svg('text', { class: 'node-name', x: grp.x0 + GROUP_PAD + 8, y: 19 }, grp.node);
    const note = grp.node === watched ? ' this node' : down ? ' down' : '';
    if (note) title.append(svg('tspan', { class: 'node-note' }, note));
    g.append(title);
    if (grp.lanes.length === 0) {
      g.append(svg('text', { class: 'lane-call', x: (grp.x0 + grp.x1) / 2, y: 50, 'text-anchor': 'middle' }, 'no processes seen'));
    }
    for (const p of grp.lanes) {
      const x = layout.x.get(p.pid);
      const cls = `lane${p.system ? ' system' : ''}${p.alive ? '' : ' dead'}`;
      const lane = svg('g', { class: cls, 'data-pid': p.pid, 'data-node': p.node });
      lane.append(svg('title', {}, [p.name, p.pid, p.call, p.node, p.system ? 'system process' : null, p.alive ? null : 'exited'].filter(Boolean).join('\n')));
      lane.append(svg('rect', { class: 'lane-box', x: x - LANE_W / 2 + 10, y: 27, width: LANE_W - 20, height: 42, rx: 4 }));
      lane.append(svg('text', { class: 'lane-name', x, y: 44, 'text-anchor': 'middle' }, fit(label(p), LANE_W - 30)));
      lane.append(svg('text', { class: 'lane-call', x, y: 61, 'text-anchor': 'middle' }, fit(p.call ?? (p.name ? p.pid : ''), LANE_W - 30, 11)));
      g.append(lane);
    }
    heads.append(g);
  }
}

function firstRowFrom(rows, seq) {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function drawLifelines(rows, layout) {
  const height = Math.max(rowTop(rows.length) + ROW, view.clientHeight - HEAD_H - 4);
  diagram.setAttribute('height', height);
  const exitRow = new Map();
  const lastRow = new Map();
  rows.forEach((ev, i) => {
    for (const pid of involved(ev)) lastRow.set(pid, i);
    if (ev.kind === 'exit') exitRow.set(ev.pid, i);
  });
  const g = document.getElementById('lifelines');
  g.replaceChildren();
  for (const p of layout.lanes) {
    let y1 = 0;
    if (p.bornSeq !== null) {
      const s = firstRowFrom(rows, p.bornSeq);
      const born = rows[s]?.seq === p.bornSeq;
      y1 = born && rows[s].kind === 'spawn' ? rowMid(s) : s === 0 && !born ? 0 : rowTop(s);
    }
    let y2 = height;
    if (exitRow.has(p.pid)) y2 = rowMid(exitRow.get(p.pid));
    else if (!p.alive) y2 = lastRow.has(p.pid) ? rowTop(lastRow.get(p.pid)) + ROW : y1;
    const x = layout.x.get(p.pid);
    const cls = `lifeline${p.system ? ' system' : ''}${p.alive ? '' : ' dead'}`;
    g.append(svg('line', { class: cls, 'data-pid': p.pid, x1: x, y1, x2: x, y2: Math.max(y1, y2) }));
  }
}
