// The live view's page: draws the frames of docs/live-view-protocol.md as a
// sequence diagram. Plain browser modules, loaded as they are by the server;
// this one is the entry, with the bar's controls and the connection. The
// events received are the model (model.js); what is drawn (render.js) is
// derived from it and the two filters.

import { describe, seconds } from './describe.js';
import {
  bufferedEl,
  clearBtn,
  detailsClose,
  detailsEl,
  detailsText,
  diagram,
  downloadBtn,
  droppedEl,
  pauseBtn,
  presentBtn,
  showReceiveBox,
  showSystemBox,
  showWireBox,
  statusEl,
} from './elements.js';
import { refreshTargets, showAnswer, watchLessonTools } from './lesson_tools.js';
import { setScale } from './layout.js';
import { clearEvents, model, takeEvents, takeHello } from './model.js';
import { currentRows, hasDrawn, markReceived, renderAll, resetWindow, update } from './render.js';
import { replaying, startReplay, watchPlayer } from './player.js';
import { download, parseRecording } from './recording.js';
import { watchScrolling } from './scroll.js';

let paused = false;
let buffer = [];

// ---- the bar ----

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

// ---- frames into the diagram ----

function hello(frame) {
  takeHello(frame);
  // The wire lane is the server's to feed: a page that shows it asks again after a reload.
  if (showWireBox.checked && frame.xray !== true) send({ type: 'xray', on: true });
  refreshTargets();
  resetWindow();
  setStatus(`watching ${frame.node}`, 'live');
  renderAll();
}

function take(evs) {
  markReceived(takeEvents(evs));
  update(evs);
  refreshTargets();
}

// ---- controls ----

watchScrolling();

let resizing = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => {
    if (hasDrawn()) renderAll();
  }, 100);
});

pauseBtn.addEventListener('click', () => {
  paused = !paused;
  pauseBtn.textContent = paused ? 'Resume' : 'Pause';
  pauseBtn.classList.toggle('on', paused);
  if (!paused && buffer.length > 0) {
    const evs = buffer;
    buffer = [];
    if (hasDrawn()) take(evs);
  }
  showBuffered();
});

function clearAll() {
  buffer = [];
  showBuffered();
  clearEvents();
  resetWindow();
  if (hasDrawn()) renderAll();
}

// The server forgets too, so a reload does not bring the events back; every
// page watching clears when the server says so.
let socket = null;
function send(command) {
  if (replaying() || socket?.readyState !== WebSocket.OPEN) return false;
  socket.send(JSON.stringify(command));
  return true;
}
watchLessonTools(send, () => {
  resetWindow();
  if (hasDrawn()) renderAll();
});

clearBtn.addEventListener('click', () => {
  clearAll();
  if (!replaying() && socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'clear' }));
});

// ---- recordings ----

downloadBtn.addEventListener('click', () => download());

// A recording plays on this page instead of the node: the socket closes.
function replay(rec) {
  socket?.close();
  buffer = [];
  paused = false;
  showBuffered();
  setStatus(`replay of ${rec.node}`, 'replay');
  statusEl.title = 'A recording; reload the page to watch the node again.';
  startReplay(
    rec,
    (evs) => take(evs),
    () => {
      resetWindow();
      renderAll();
    },
  );
}

watchPlayer();
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dropping');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dropping'));
document.addEventListener('drop', async (e) => {
  e.preventDefault();
  document.body.classList.remove('dropping');
  const file = e.dataTransfer?.files?.[0];
  if (!file) return;
  try {
    replay(parseRecording(await file.text()));
  } catch (err) {
    setStatus(String(err.message ?? err), 'closed');
  }
});

// A click on an rpc row opens it (or closes it); on any other row it shows
// the whole event, terms unshortened, where it can be read and copied.
diagram.addEventListener('click', (e) => {
  const g = e.target instanceof Element ? e.target.closest('g.event') : null;
  if (g === null) return;
  const id = g.getAttribute('data-exchange');
  if (id !== null) {
    const row = currentRows().find((r) => r.kind === 'rpc' && String(r.exchange.id) === id);
    if (row) {
      row.exchange.open = !row.exchange.open;
      renderAll();
    }
    return;
  }
  const seq = Number(g.getAttribute('data-seq'));
  const ev = model.events.find((x) => x.seq === seq);
  if (ev === undefined) return;
  detailsText.textContent = `#${ev.seq} at ${seconds(ev.t)} s\n${describe(ev)}`;
  detailsEl.hidden = false;
});
detailsClose.addEventListener('click', () => {
  detailsEl.hidden = true;
});

// Presentation mode: large type and high contrast, for the back row; remembered.
function present(on) {
  document.body.classList.toggle('present', on);
  presentBtn.classList.toggle('on', on);
  setScale(on ? 1.45 : 1);
  try {
    localStorage.setItem('erlts-live-present', on ? '1' : '0');
  } catch {}
  if (hasDrawn()) renderAll();
}
presentBtn.addEventListener('click', () => present(!document.body.classList.contains('present')));
try {
  if (localStorage.getItem('erlts-live-present') === '1') present(true);
} catch {}

for (const box of [showSystemBox, showReceiveBox]) {
  box.addEventListener('change', () => {
    resetWindow();
    if (hasDrawn()) renderAll();
  });
}

// ---- the connection ----

function connect() {
  // Beside the page, under the same token: /TOKEN/events.
  const at = new URL('events', location.href);
  at.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const ws = new WebSocket(at.href);
  socket = ws;
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
    } else if (frame.type === 'replay') {
      try {
        replay(parseRecording(JSON.stringify(frame.recording)));
      } catch (err) {
        setStatus(String(err.message ?? err), 'closed');
      }
    } else if (replaying()) {
      // A recording is playing: the node's frames wait for a reload.
    } else if (frame.type === 'clear') {
      clearAll();
    } else if (frame.type === 'answer') {
      showAnswer(frame);
    } else if (frame.type === 'events' && Array.isArray(frame.events)) {
      if (typeof frame.dropped === 'number' && frame.dropped > 0) showDropped(frame.dropped);
      if (paused || !hasDrawn()) {
        buffer.push(...frame.events);
        showBuffered();
      } else {
        take(frame.events);
      }
    }
  });
  ws.addEventListener('close', () => {
    if (replaying()) return;
    setStatus('disconnected', 'closed');
    // Never having had a hello means the server refused us (wrong address
    // or Origin) rather than that the node went away.
    statusEl.title = hasDrawn()
      ? 'The node has stopped or closed the live view; reload the page to reconnect.'
      : 'The live view refused the connection or is not running: open the address that erlts printed.';
  });
}

document.body.dataset.events = '0';
document.body.dataset.rows = '0';
connect();
