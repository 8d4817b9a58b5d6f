// The diagram as drawn: the rows shown, their layout, and the element of
// each. New rows are appended in place so that a steady stream does not
// rebuild the DOM (which would also close any open tooltip); the whole
// diagram is redrawn only when the lanes change, a filter changes, or the
// row cap is hit.

import { drawEvent } from './draw_event.js';
import { drawHeads, drawLifelines } from './draw_lanes.js';
import { diagram, emptyEl } from './elements.js';
import { computeLayout, shown } from './layout.js';
import { model } from './model.js';
import { following, settle } from './scroll.js';
import { svg } from './svg.js';

const MAX_ROWS = 2000;
const TRIM_TO = 1800; // trimming below the cap leaves room for appending

let windowStart = -Infinity; // seq of the oldest event that may be drawn
let rows = [];
let layout = null;
let drawn = new Map(); // seq -> <g> of the drawn event

export const hasDrawn = () => layout !== null;

// For when the events kept are all worth drawing again (a new hello, a
// clear, a filter changed).
export function resetWindow() {
  windowStart = -Infinity;
}

// A send drawn before its receive came gets its head filled in place.
export function markReceived(sends) {
  for (const send of sends) drawn.get(send.seq)?.classList.add('received');
}

function drawRow(ev, r, rowsG) {
  const g = drawEvent(ev, r, layout);
  drawn.set(ev.seq, g);
  rowsG.append(g);
}

export function renderAll() {
  const stick = following();
  rows = model.events.filter((ev) => ev.seq >= windowStart && shown(ev));
  if (rows.length > MAX_ROWS) {
    rows = rows.slice(-TRIM_TO);
    windowStart = rows[0].seq;
  }
  layout = computeLayout(rows);
  drawn = new Map();
  diagram.replaceChildren();
  diagram.append(svg('g', { id: 'lifelines' }), svg('g', { id: 'rows' }));
  const rowsG = diagram.lastChild;
  rows.forEach((ev, i) => drawRow(ev, i, rowsG));
  finish(stick);
}

export function update(newEvs) {
  const stick = following();
  const add = newEvs.filter((ev) => ev.seq >= windowStart && shown(ev));
  const next = add.length > 0 ? rows.concat(add) : rows;
  if (next.length > MAX_ROWS || computeLayout(next).key !== layout.key) {
    renderAll();
    return;
  }
  const rowsG = document.getElementById('rows');
  for (const ev of add) {
    drawRow(ev, rows.length, rowsG);
    rows.push(ev);
  }
  finish(stick);
}

function finish(stick) {
  drawHeads(layout);
  drawLifelines(rows, layout);
  document.body.dataset.events = String(model.handled);
  document.body.dataset.rows = String(rows.length);
  emptyEl.hidden = rows.length > 0;
  settle(stick);
}
