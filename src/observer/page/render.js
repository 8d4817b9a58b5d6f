// The diagram as drawn: the rows shown, their layout, and the element of
// each. New rows are appended in place so that a steady stream does not
// rebuild the DOM (which would also close any open tooltip); the whole
// diagram is redrawn only when the lanes change, a filter changes, an
// exchange opens or closes, or the row cap is hit.

import { drawEvent } from './draw_event.js';
import { drawHeads, drawLifelines } from './draw_lanes.js';
import { diagram, emptyEl, forgottenEl } from './elements.js';
import { computeLayout, shown } from './layout.js';
import { model } from './model.js';
import { following, settle } from './scroll.js';
import { svg } from './svg.js';

const MAX_ROWS = 2000;
// The kinds of event that make a row; others (`stream`, or a kind from a later protocol) are not drawn.
const DRAWN = new Set([
  'send',
  'spawn',
  'spawn_request',
  'receive',
  'link',
  'unlink',
  'exit',
  'register',
  'nodeup',
  'nodedown',
  'held',
  'released',
  'dropped',
  'no_match',
  'fault',
  'wire',
]);
const TRIM_TO = 1800; // trimming below the cap leaves room for appending

let windowStart = -Infinity; // seq of the oldest event that may be drawn
let rows = [];
let layout = null;
let drawn = new Map(); // seq -> <g> of the drawn event

export const hasDrawn = () => layout !== null;
export const currentRows = () => rows;

// For when the events kept are all worth drawing again (a new hello, a
// clear, a filter changed).
export function resetWindow() {
  windowStart = -Infinity;
}

// A send drawn before its receive came gets its head filled in place.
// A held message released since: its mark says so.
export function markReceived(evs) {
  for (const ev of evs) drawn.get(ev.seq)?.classList.add(ev.kind === 'held' ? 'released' : 'received');
}

// The rows events make: an rpc exchange is one row at its start, unless it
// is open, when its events follow that row as themselves.
function rowsOf(evs) {
  const out = [];
  for (const ev of evs) {
    if (ev.seq < windowStart) continue;
    const head = ev.exchange;
    if (head !== undefined) {
      head.row ??= { kind: 'rpc', seq: ev.seq, t: ev.t, exchange: head };
      // Hidden with its plumbing (a node's own erpc call): the caller's node may not say it is plumbing, the spawned process does.
      if (shown(head.row) && shown(ev)) out.push(head.row);
      if (head.open && shown(ev)) out.push(ev);
      continue;
    }
    if (ev.member !== undefined && !ev.member.open) continue;
    if (!DRAWN.has(ev.kind)) continue;
    if (shown(ev)) out.push(ev);
  }
  return out;
}

function drawRow(row, r, rowsG) {
  const g = drawEvent(row, r, layout, rows[r - 1]);
  if (row.kind !== 'rpc') drawn.set(row.seq, g);
  rowsG.append(g);
}

export function renderAll() {
  const stick = following();
  rows = rowsOf(model.events);
  if (rows.length > MAX_ROWS) {
    rows = rows.slice(-TRIM_TO);
    windowStart = rows[0].seq;
  }
  layout = computeLayout(rows);
  drawn = new Map();
  diagram.replaceChildren();
  diagram.append(svg('g', { id: 'lifelines' }), svg('g', { id: 'rows' }));
  const rowsG = diagram.lastChild;
  rows.forEach((row, i) => drawRow(row, i, rowsG));
  finish(stick);
}

export function update(newEvs) {
  const stick = following();
  // A new event may finish an exchange drawn already (its result): redraw.
  if (newEvs.some((ev) => ev.member !== undefined && ev.member.row !== undefined && (ev.member.down === ev.seq || ev.kind === 'exit'))) {
    renderAll();
    return;
  }
  const add = rowsOf(newEvs);
  const next = add.length > 0 ? rows.concat(add) : rows;
  const nextLayout = next.length > MAX_ROWS ? null : computeLayout(next);
  if (nextLayout === null || nextLayout.key !== layout.key) {
    renderAll();
    return;
  }
  layout = nextLayout;
  const rowsG = document.getElementById('rows');
  for (const row of add) {
    rows.push(row);
    drawRow(row, rows.length - 1, rowsG);
  }
  finish(stick);
}

function finish(stick) {
  drawHeads(layout);
  drawLifelines(rows, layout);
  document.body.dataset.events = String(model.handled);
  document.body.dataset.rows = String(rows.length);
  document.body.dataset.lanes = String(layout.groups.reduce((n, g) => n + g.lanes.length, 0));
  emptyEl.hidden = rows.length > 0;
  forgottenEl.hidden = model.forgotten === 0;
  forgottenEl.textContent = `${model.forgotten} older events let go (the page keeps the newest ${model.events.length})`;
  settle(stick, layout, rows);
}
