// The live view's page: draws the frames of docs/live-view-protocol.md as a
// sequence diagram. Plain browser code, loaded as is by the server.
//
// The events received are the model; what is drawn is derived from it and
// the two filters. New rows are appended in place so that a steady stream
// does not rebuild the DOM (which would also close any open tooltip); the
// whole diagram is redrawn only when the lanes change, a filter changes, or
// the row cap is hit.

const ROW = 28;
const LANE_W = 180;
const GUTTER = 58; // the time column
const OUTSIDE = 64; // room for arrows from outside any process
const GROUP_GAP = 22;
const GROUP_PAD = 6;
const RIGHT = 190; // room for the labels right of the last lane
const HEAD_H = 76;
const TOP = 8;
const MAX_ROWS = 2000;
const TRIM_TO = 1800; // trimming below the cap leaves room for appending
const MAX_KEPT = 6000;
const KEEP = 4000;

const NS = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);
const view = $('view');
const diagram = $('diagram');
const heads = $('heads-svg');
const statusEl = $('status');
const droppedEl = $('dropped');
const pauseBtn = $('pause');
const bufferedEl = $('buffered');
const showSystemBox = $('show-system');
const showReceiveBox = $('show-receive');
const jumpBtn = $('jump');
const emptyEl = $('empty');

let watched = null;
let nodeOrder = [];
let connected = new Set();
let procs = new Map();
let procCount = 0;
let events = [];
let pending = new Map(); // to + msg -> sends not yet received, oldest first
let handled = 0;
let paused = false;
let buffer = [];
let windowStart = -Infinity; // seq of the oldest event that may be drawn
let rows = [];
let layout = null;
let drawn = new Map(); // seq -> <g> of the drawn event
let follow = true;

const charWidth = measureCharWidth();

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  }
  if (text !== undefined) e.textContent = text;
  return e;
}

function measureCharWidth() {
  const t = svg('text', { class: 'label', x: 0, y: -100 }, 'M'.repeat(20));
  diagram.append(t);
  const w = t.getComputedTextLength() / 20;
  t.remove();
  return w > 0 ? w : 7.2;
}

// Keeps both ends of a term: the tag at the start and the payload's end are
// what tell messages apart.
function fit(text, width, size = 12) {
  const n = Math.max(1, Math.floor(width / (charWidth * size / 12)));
  if (text.length <= n) return text;
  if (n <= 2) return '…';
  const head = Math.ceil((n - 1) * 0.6);
  const tail = n - 1 - head;
  return text.slice(0, head) + '…' + (tail > 0 ? text.slice(-tail) : '');
}

// ---- the model ----

function addNode(n) {
  if (n !== null && n !== undefined && !nodeOrder.includes(n)) nodeOrder.push(n);
}

function learn(p, bornSeq) {
  const known = procs.get(p.pid);
  if (known) {
    if (p.name !== undefined) known.name = p.name;
    if (p.call) known.call = p.call;
    if (p.system !== undefined) known.system = !!p.system;
    if (p.node) known.node = p.node;
    return known;
  }
  const proc = {
    pid: p.pid,
    node: p.node ?? guessNode(p.pid),
    name: p.name ?? null,
    call: p.call ?? null,
    system: !!p.system,
    alive: true,
    bornSeq,
    order: procCount++,
  };
  procs.set(p.pid, proc);
  addNode(proc.node);
  return proc;
}

// Only for a pid the server never described (older than its buffer).
function guessNode(pid) {
  return /^<0\./.test(pid) ? watched : '?';
}

function proc(pid, seq) {
  return procs.get(pid) ?? learn({ pid }, seq);
}

function involved(ev) {
  switch (ev.kind) {
    case 'send':
    case 'link':
    case 'unlink':
      return [ev.from, ev.to].filter((p) => p !== null && p !== undefined);
    case 'spawn':
      return [ev.parent, ev.pid].filter((p) => p !== null && p !== undefined);
    case 'receive':
    case 'exit':
    case 'register':
      return [ev.pid];
    default:
      return [];
  }
}

function ingest(ev) {
  for (const p of ev.procs ?? []) learn(p, ev.seq);
  for (const pid of involved(ev)) proc(pid, ev.seq);
  switch (ev.kind) {
    case 'spawn': {
      const p = proc(ev.pid, ev.seq);
      p.alive = true;
      p.bornSeq = ev.seq;
      p.spawned = true;
      if (!p.call && ev.call) p.call = ev.call;
      break;
    }
    case 'exit':
      proc(ev.pid, ev.seq).alive = false;
      break;
    case 'register':
      proc(ev.pid, ev.seq).name = ev.name;
      break;
    case 'send': {
      const key = ev.to + '\u0000' + ev.msg;
      const q = pending.get(key);
      if (q) q.push(ev);
      else pending.set(key, [ev]);
      break;
    }
    case 'receive': {
      const key = ev.pid + '\u0000' + ev.msg;
      const q = pending.get(key);
      const send = q?.shift();
      if (q && q.length === 0) pending.delete(key);
      if (send) {
        send.receivedBy = ev.seq;
        ev.sender = send.from;
        drawn.get(send.seq)?.classList.add('received');
      }
      break;
    }
    case 'nodeup':
      addNode(ev.node);
      connected.add(ev.node);
      break;
    case 'nodedown':
      connected.delete(ev.node);
      break;
  }
  events.push(ev);
  handled++;
}

// Bounds memory on a long session: old events go, and with them the dead
// processes nothing left refers to.
function trimModel() {
  if (events.length <= MAX_KEPT) return;
  events = events.slice(-KEEP);
  pending = new Map();
  const referenced = new Set();
  for (const ev of events) {
    for (const pid of involved(ev)) referenced.add(pid);
    if (ev.kind === 'send' && ev.receivedBy === undefined) {
      const key = ev.to + '\u0000' + ev.msg;
      const q = pending.get(key);
      if (q) q.push(ev);
      else pending.set(key, [ev]);
    }
  }
  for (const [pid, p] of procs) if (!p.alive && !referenced.has(pid)) procs.delete(pid);
}

function hello(frame) {
  watched = frame.node;
  nodeOrder = [watched];
  connected = new Set(frame.nodes ?? []);
  procs = new Map();
  procCount = 0;
  events = [];
  pending = new Map();
  drawn = new Map();
  windowStart = -Infinity;
  const listed = frame.processes ?? [];
  for (const p of listed) learn(p, null);
  for (const n of frame.nodes ?? []) addNode(n);
  for (const ev of frame.events ?? []) ingest(ev);
  // The list is the state now; the events only tell how it came about.
  const alive = new Set();
  for (const p of listed) {
    const known = learn(p, null);
    known.alive = true;
    alive.add(p.pid);
  }
  for (const p of procs.values()) if (!alive.has(p.pid)) p.alive = false;
  trimModel();
  setStatus(`watching ${watched}`, 'live');
  renderAll();
}

function take(evs) {
  for (const ev of evs) ingest(ev);
  trimModel();
  update(evs);
}

// ---- what is shown ----

function shown(ev) {
  if (ev.kind === 'receive' && !showReceiveBox.checked) return false;
  if (showSystemBox.checked) return true;
  // The shell's io requests and the like are the node's plumbing: an event
  // that touches a system process waits for the box, like the process.
  // A reply from an io server is received by the caller: it goes with the reply.
  const pids = ev.kind === 'receive' && ev.sender ? [...involved(ev), ev.sender] : involved(ev);
  return !pids.some((pid) => procs.get(pid)?.system);
}

function computeLayout(rowList) {
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

const rowTop = (r) => TOP + r * ROW;
const rowMid = (r) => TOP + r * ROW + ROW / 2;

function renderAll() {
  const stick = follow;
  rows = events.filter((ev) => ev.seq >= windowStart && shown(ev));
  if (rows.length > MAX_ROWS) {
    rows = rows.slice(-TRIM_TO);
    windowStart = rows[0].seq;
  }
  layout = computeLayout(rows);
  drawn = new Map();
  diagram.replaceChildren();
  diagram.append(svg('g', { id: 'lifelines' }), svg('g', { id: 'rows' }));
  const rowsG = diagram.lastChild;
  rows.forEach((ev, i) => rowsG.append(drawEvent(ev, i)));
  finish(stick);
}

function update(newEvs) {
  const stick = follow;
  const add = newEvs.filter((ev) => ev.seq >= windowStart && shown(ev));
  const next = add.length > 0 ? rows.concat(add) : rows;
  if (next.length > MAX_ROWS || computeLayout(next).key !== layout.key) {
    renderAll();
    return;
  }
  const rowsG = $('rows');
  for (const ev of add) {
    rowsG.append(drawEvent(ev, rows.length));
    rows.push(ev);
  }
  finish(stick);
}

function finish(stick) {
  drawHeads();
  drawLifelines();
  document.body.dataset.events = String(handled);
  document.body.dataset.rows = String(rows.length);
  emptyEl.hidden = rows.length > 0;
  if (stick) view.scrollTop = view.scrollHeight;
  updateJump();
}

// ---- drawing ----

function label(p) {
  return p.name ?? p.pid;
}

function who(pid) {
  if (pid === null || pid === undefined) return 'outside any process';
  const p = procs.get(pid);
  return p?.name ? `${pid} (${p.name})` : pid;
}

function describe(ev) {
  switch (ev.kind) {
    case 'send': return `${who(ev.from)} sends to ${who(ev.to)}:\n${ev.msg}`;
    case 'receive': return `${who(ev.pid)} receives:\n${ev.msg}`;
    case 'spawn': return `${who(ev.parent)} spawns ${ev.pid}${ev.call ? ` running ${ev.call}` : ''}`;
    case 'link': return `${who(ev.from)} links to ${who(ev.to)}`;
    case 'unlink': return `${who(ev.from)} unlinks from ${who(ev.to)}`;
    case 'exit': return `${who(ev.pid)} exits:\n${ev.reason}`;
    case 'register': return `${ev.pid} is registered as ${ev.name}`;
    case 'nodeup': return `node ${ev.node} is up`;
    case 'nodedown': return `node ${ev.node} is down`;
    default: return ev.kind;
  }
}

const seconds = (t) => (typeof t === 'number' ? (t / 1000).toFixed(3) : '');

function isCross(a, b) {
  if (a === null || a === undefined || b === null || b === undefined) return false;
  return procs.get(a)?.node !== procs.get(b)?.node;
}

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
function sideRoom(x) {
  return Math.min(layout.width - x - 12, 2 * LANE_W);
}

// Between neighbouring lanes the arrow is short: its label may overhang it.
function centredLabel(g, a, b, y, text) {
  const width = Math.max(Math.abs(b - a) - 14, LANE_W + 30);
  g.append(svg('text', { class: 'label', x: (a + b) / 2, y, 'text-anchor': 'middle' }, fit(text, width)));
}

function drawEvent(ev, r) {
  const y = rowMid(r);
  const lx = (pid) => layout.x.get(pid);
  const g = svg('g', { class: `event ${ev.kind}`, 'data-kind': ev.kind, 'data-seq': ev.seq });
  g.append(svg('title', {}, `#${ev.seq} at ${seconds(ev.t)} s\n${describe(ev)}`));
  // The whole term, as the label may be cut to fit.
  if (typeof ev.msg === 'string') g.setAttribute('data-msg', ev.msg);
  g.append(svg('rect', { class: 'row-bg', x: 0, y: rowTop(r), width: layout.width, height: ROW }));
  switch (ev.kind) {
    case 'send': {
      if (ev.from !== null && ev.from !== undefined) g.setAttribute('data-from', ev.from);
      g.setAttribute('data-to', ev.to);
      if (isCross(ev.from, ev.to)) g.classList.add('cross-node');
      if (ev.receivedBy !== undefined) g.classList.add('received');
      const b = lx(ev.to);
      if (ev.from === ev.to) {
        g.append(svg('path', { class: 'shaft', d: `M${b},${y - 6} H${b + 18} V${y + 6} H${b + 10}` }));
        g.append(svg('path', { class: 'head', d: `M${b + 1},${y + 6} L${b + 10},${y + 1.5} L${b + 10},${y + 10.5} Z` }));
        g.append(svg('text', { class: 'label', x: b + 24, y: y + 4 }, fit(ev.msg, sideRoom(b) - 24)));
      } else {
        const a = ev.from === null || ev.from === undefined ? outsideStart(g, y + 5) : lx(ev.from);
        arrow(g, a, b, y + 5);
        centredLabel(g, a, b, y - 2, ev.msg);
      }
      break;
    }
    case 'spawn': {
      if (ev.parent !== null && ev.parent !== undefined) g.setAttribute('data-from', ev.parent);
      g.setAttribute('data-to', ev.pid);
      if (isCross(ev.parent, ev.pid)) g.classList.add('cross-node');
      const b = lx(ev.pid);
      const text = fit(ev.pid, LANE_W - 40, 11);
      const half = (text.length * charWidth * 11 / 12) / 2 + 7;
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
      const x = lx(ev.pid);
      g.append(svg('text', { class: 'label small', x: x + 9, y: y + 4 }, fit(ev.msg, sideRoom(x) - 10, 11)));
      g.append(svg('circle', { class: 'dot', cx: x, cy: y, r: 4 }));
      break;
    }
    case 'exit': {
      g.setAttribute('data-pid', ev.pid);
      if (ev.reason !== 'normal') g.classList.add('abnormal');
      const x = lx(ev.pid);
      g.append(svg('text', { class: 'label', x: x + 11, y: y + 4 }, fit(ev.reason, sideRoom(x) - 12)));
      g.append(svg('path', { class: 'cross', d: `M${x - 6},${y - 6} L${x + 6},${y + 6} M${x + 6},${y - 6} L${x - 6},${y + 6}` }));
      break;
    }
    case 'register': {
      g.setAttribute('data-pid', ev.pid);
      const x = lx(ev.pid);
      g.append(svg('text', { class: 'label', x: x + 11, y: y + 4 }, fit(`register ${ev.name}`, sideRoom(x) - 12)));
      g.append(svg('path', { class: 'tag', d: `M${x},${y - 6} L${x + 6},${y} L${x},${y + 6} L${x - 6},${y} Z` }));
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
  drawn.set(ev.seq, g);
  return g;
}

function drawHeads() {
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

function firstRowFrom(seq) {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].seq < seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function drawLifelines() {
  const height = Math.max(rowTop(rows.length) + ROW, view.clientHeight - HEAD_H - 4);
  diagram.setAttribute('height', height);
  const exitRow = new Map();
  const lastRow = new Map();
  rows.forEach((ev, i) => {
    for (const pid of involved(ev)) lastRow.set(pid, i);
    if (ev.kind === 'exit') exitRow.set(ev.pid, i);
  });
  const g = $('lifelines');
  g.replaceChildren();
  for (const p of layout.lanes) {
    let y1 = 0;
    if (p.bornSeq !== null) {
      const s = firstRowFrom(p.bornSeq);
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

// ---- scrolling ----

function atBottom() {
  return view.scrollTop + view.clientHeight >= view.scrollHeight - ROW;
}

function updateJump() {
  jumpBtn.hidden = follow || atBottom();
}

view.addEventListener('scroll', () => {
  follow = atBottom();
  updateJump();
});

jumpBtn.addEventListener('click', () => {
  follow = true;
  view.scrollTop = view.scrollHeight;
  updateJump();
});

let resizing = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => {
    if (layout) renderAll();
  }, 100);
});

// ---- controls ----

function setStatus(text, cls) {
  statusEl.textContent = text;
  statusEl.className = cls;
}

// A node busier than a page can follow: say so rather than pretend the diagram is complete.
let droppedTotal = 0;
function showDropped(n) {
  droppedTotal += n;
  droppedEl.hidden = false;
  droppedEl.textContent = `${droppedTotal} events not shown (too many at once)`;
}

function showBuffered() {
  bufferedEl.hidden = !paused;
  bufferedEl.textContent = `${buffer.length} buffered`;
}

pauseBtn.addEventListener('click', () => {
  paused = !paused;
  pauseBtn.textContent = paused ? 'Resume' : 'Pause';
  pauseBtn.classList.toggle('on', paused);
  if (!paused && buffer.length > 0) {
    const evs = buffer;
    buffer = [];
    if (layout) take(evs);
  }
  showBuffered();
});

$('clear').addEventListener('click', () => {
  events = [];
  pending = new Map();
  for (const [pid, p] of procs) {
    if (p.alive) p.bornSeq = null;
    else procs.delete(pid);
  }
  windowStart = -Infinity;
  if (layout) renderAll();
});

for (const box of [showSystemBox, showReceiveBox]) {
  box.addEventListener('change', () => {
    windowStart = -Infinity;
    if (layout) renderAll();
  });
}

// ---- the connection ----

function connect() {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const ws = new WebSocket(`${scheme}://${location.host}/events`);
  setStatus('connecting…', 'connecting');
  ws.addEventListener('message', (m) => {
    let frame;
    try {
      frame = JSON.parse(m.data);
    } catch {
      return;
    }
    if (frame.type === 'hello') {
      buffer = [];
      showBuffered();
      hello(frame);
    } else if (frame.type === 'events' && Array.isArray(frame.events)) {
      if (typeof frame.dropped === 'number' && frame.dropped > 0) showDropped(frame.dropped);
      if (paused || !layout) {
        buffer.push(...frame.events);
        showBuffered();
      } else {
        take(frame.events);
      }
    }
  });
  ws.addEventListener('close', () => {
    setStatus('disconnected', 'closed');
    // Never having had a hello means the server refused us (wrong address
    // or Origin) rather than that the node went away.
    statusEl.title = layout
      ? 'The node has stopped or closed the live view; reload the page to reconnect.'
      : 'The live view refused the connection or is not running: open the address that erlts printed.';
  });
}

document.body.dataset.events = '0';
document.body.dataset.rows = '0';
connect();
