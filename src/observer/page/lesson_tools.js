// The lesson tools' bar: hold, step and release the messages to a process,
// drop the next one, kill it with a reason; cut, heal, delay a connection or
// stall this node; show the wire. Each button sends a command on the page's
// socket (docs/live-view-protocol.md, "From the page"); the node checks it
// and answers, and the answer is shown beside the buttons. What the action
// does comes back as events and is drawn where it happened.

import { actMs, actNode, actProc, actReason, answerEl, lessonEl, lessonToggle, showWireBox } from './elements.js';
import { model } from './model.js';

let nextId = 1;
let stalled = false;

function say(text, refused) {
  answerEl.textContent = text;
  answerEl.classList.toggle('refused', refused);
}

export function showAnswer(frame) {
  say(frame.ok ? String(frame.result ?? 'done') : `refused: ${String(frame.error ?? 'no reason given')}`, !frame.ok);
  lessonEl.dataset.answers = String(Number(lessonEl.dataset.answers ?? '0') + 1);
}

// The command a button makes, from the choices beside it.
function command(act) {
  const c = { type: act, id: nextId++ };
  switch (act) {
    case 'hold':
      c.pid = actProc.value;
      break;
    case 'drop_next':
    case 'kill':
      if (actProc.value === 'all') return 'choose a process first';
      c.pid = actProc.value;
      if (act === 'kill') c.reason = actReason.value.trim();
      break;
    case 'cut':
    case 'heal':
    case 'latency':
      if (actNode.value === '') return 'no other node is connected';
      c.node = actNode.value;
      if (act === 'latency') c.ms = Number(actMs.value);
      break;
    case 'stall':
      c.on = !stalled;
      break;
  }
  return c;
}

// The bar is one click away, and stays as it was left: a class that does not use it keeps the room.
function showBar(on, redraw) {
  lessonEl.hidden = !on;
  lessonToggle.classList.toggle('on', on);
  try {
    localStorage.setItem('erlts-live-lesson', on ? '1' : '0');
  } catch {}
  redraw();
}

export function watchLessonTools(send, redraw) {
  lessonToggle.addEventListener('click', () => showBar(lessonEl.hidden, redraw));
  try {
    if (localStorage.getItem('erlts-live-lesson') === '1') showBar(true, () => {});
  } catch {}
  lessonEl.addEventListener('click', (e) => {
    const btn = e.target instanceof Element ? e.target.closest('button[data-act]') : null;
    if (btn === null) return;
    const c = command(btn.dataset.act);
    if (typeof c === 'string') return say(c, true);
    if (!send(c)) return say('not connected to a node (a recording plays, or the node has gone)', true);
    if (c.type === 'stall') {
      stalled = c.on;
      btn.classList.toggle('on', stalled);
      btn.textContent = stalled ? 'Resume' : 'Stall';
    }
    say('…', false);
  });
  showWireBox.addEventListener('change', () => {
    send({ type: 'xray', on: showWireBox.checked, id: nextId++ });
    redraw();
  });
  // A click on a lane's head chooses its process.
  document.getElementById('heads-svg').addEventListener('click', (e) => {
    const lane = e.target instanceof Element ? e.target.closest('g.lane') : null;
    const pid = lane?.getAttribute('data-pid');
    if (pid && [...actProc.options].some((o) => o.value === pid)) actProc.value = pid;
  });
}

function fill(select, values, first) {
  const key = values.map(([v, t]) => `${v}=${t}`).join('|');
  if (select.dataset.key === key) return;
  const chosen = select.value;
  select.dataset.key = key;
  select.replaceChildren(...first, ...values.map(([v, t]) => new Option(t, v)));
  if ([...select.options].some((o) => o.value === chosen)) select.value = chosen;
}

// The processes of this node a student may act on, and the other nodes.
export function refreshTargets() {
  const procs = [...model.procs.values()]
    .filter((p) => p.node === model.watched && p.alive && !p.system)
    .map((p) => [p.pid, p.name ? `${p.name} ${p.pid}` : p.call === 'erlang:apply/2' ? `shell ${p.pid}` : `${p.pid} ${p.call ?? ''}`.trim()]);
  fill(actProc, procs, [new Option('all your processes', 'all')]);
  const nodes = model.nodeOrder.filter((n) => n !== model.watched && n !== '?').map((n) => [n, model.connected.has(n) ? n : `${n} (down)`]);
  fill(actNode, nodes, []);
}
