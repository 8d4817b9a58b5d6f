// The lanes: their heads, boxed by node, above the scrolling rows, and the
// lifeline of each process from its birth (or first message) to its exit
// (or last message), in the column the layout gave it. A column's head names
// its newest process.

import { diagram, heads, view } from './elements.js';
import { GROUP_PAD, GUTTER, HEAD_H, isShell, LANE_W, ROW, rowMid, rowTop, scale, WIRE_W } from './layout.js';
import { model } from './model.js';
import { fit, svg } from './svg.js';

function label(p) {
  return p.name ?? (isShell(p) ? 'shell' : p.pid);
}

function second(p) {
  if (isShell(p) || (p.name && !p.call)) return p.pid;
  return p.call ?? '';
}

export function drawHeads(layout) {
  const { watched, connected } = model;
  heads.replaceChildren();
  heads.setAttribute('width', layout.width * scale);
  heads.setAttribute('height', HEAD_H * scale);
  heads.setAttribute('viewBox', `0 0 ${layout.width} ${HEAD_H}`);
  diagram.setAttribute('width', layout.width * scale);
  heads.append(svg('text', { class: 'time-head', x: GUTTER - 8, y: HEAD_H - 8, 'text-anchor': 'end' }, 'time (s)'));
  if (layout.wireX !== null) {
    const g = svg('g', { class: 'wire-head' });
    g.append(svg('rect', { class: 'node-box', x: layout.wireX, y: 4, width: WIRE_W - 16, height: HEAD_H - 8, rx: 6 }));
    g.append(svg('text', { class: 'node-name', x: layout.wireX + 10, y: 19 }, 'the wire (X-ray)'));
    g.append(svg('text', { class: 'lane-call', x: layout.wireX + 10, y: 44 }, 'EPMD, handshakes, ticks, control messages'));
    g.append(svg('text', { class: 'lane-call', x: layout.wireX + 10, y: 61 }, '→ sent by this node   ← received'));
    heads.append(g);
  }
  // Messages held before a mailbox, by process: the lane's head counts them.
  const heldBy = new Map();
  for (const h of model.held) heldBy.set(h.pid, (heldBy.get(h.pid) ?? 0) + 1);
  for (const grp of layout.groups) {
    const down = grp.node !== watched && !connected.has(grp.node);
    const g = svg('g', { class: `node${grp.node === watched ? ' watched' : ''}${down ? ' down' : ''}`, 'data-node': grp.node });
    g.append(svg('rect', { class: 'node-box', x: grp.x0 + GROUP_PAD, y: 4, width: grp.x1 - grp.x0 - 2 * GROUP_PAD, height: HEAD_H - 8, rx: 6 }));
    const title = svg('text', { class: 'node-name', x: grp.x0 + GROUP_PAD + 8, y: 19 }, grp.node);
    // A node that does not stream its events (real erl) shows only what crosses to and from it.
    const note = grp.node === watched ? ' this node' : down ? ' down' : model.streaming.has(grp.node) ? '' : ' as seen from here';
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
      lane.append(svg('text', { class: 'lane-call', x, y: 61, 'text-anchor': 'middle' }, fit(second(p), LANE_W - 30, 11)));
      const held = heldBy.get(p.pid);
      if (held !== undefined) {
        lane.classList.add('holding');
        lane.append(svg('rect', { class: 'held-badge', x: x + LANE_W / 2 - 62, y: 21, width: 56, height: 16, rx: 8 }));
        lane.append(svg('text', { class: 'held-count', x: x + LANE_W / 2 - 34, y: 33, 'text-anchor': 'middle' }, `${held} held`));
      }
      g.append(lane);
    }
    heads.append(g);
  }
}

export function drawLifelines(rows, layout) {
  const height = Math.max(rowTop(rows.length) + ROW, view.clientHeight / scale - HEAD_H - 4);
  diagram.setAttribute('height', height * scale);
  diagram.setAttribute('viewBox', `0 0 ${layout.width} ${height}`);
  const g = document.getElementById('lifelines');
  g.replaceChildren();
  for (const p of layout.occupants) {
    const [from, to] = layout.spans.get(p.pid);
    const row = rows[from];
    const born = row !== undefined && row.kind === 'spawn' && row.pid === p.pid;
    const y1 = from < 0 ? 0 : born ? rowMid(from) : rowTop(from);
    const y2 = to === Infinity ? height : row !== undefined && rows[to]?.kind === 'exit' && rows[to].pid === p.pid ? rowMid(to) : rowTop(to) + ROW;
    const x = layout.x.get(p.pid);
    const cls = `lifeline${p.system ? ' system' : ''}${p.alive ? '' : ' dead'}`;
    g.append(svg('line', { class: cls, 'data-pid': p.pid, x1: x, y1, x2: x, y2: Math.max(y1, y2) }));
    // A column's earlier processes are named where they start (the head names
    // the newest; a spawn names them in its pill).
    if (from >= 0 && !born && !layout.heads.has(p.pid)) {
      g.append(svg('text', { class: 'lane-tag', x: x + 6, y: rowTop(from) + 9, 'data-pid': p.pid }, fit(label(p), LANE_W / 2 - 10, 10)));
    }
  }
}
