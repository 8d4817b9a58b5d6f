// Playing a recording back: its events are fed to the page as if the node
// sent them, at the speed chosen, with pauses longer than a second cut to
// one. The same diagram, the same controls (the filters, Clear, opening an
// exchange); play and pause, the speed, and starting again are the
// player's own.

import { playBtn, playerEl, progressEl, restartBtn, speedSel } from './elements.js';
import { takeHello } from './model.js';

/** Longer pauses than this (recorded milliseconds) are played as this long. */
const MAX_PAUSE = 1000;
const TICK = 50;

let rec = null;
let at = 0; // index of the next event to play
let clock = 0; // recorded time reached
let timer = 0;
let playing = false;
let feed = null; // (events) => void, the page's way in

export const replaying = () => rec !== null;

function showProgress() {
  progressEl.textContent = `${at} / ${rec.events.length} events`;
  playBtn.textContent = playing ? 'Pause' : at >= rec.events.length ? 'Played' : 'Play';
  document.body.dataset.replayed = String(at);
  document.body.dataset.replayDone = String(at >= rec.events.length);
}

function tick() {
  const speed = Number(speedSel.value);
  const batch = [];
  if (!Number.isFinite(speed)) {
    // "at once": everything left.
    batch.push(...rec.events.slice(at));
    at = rec.events.length;
  } else {
    clock += TICK * speed;
    while (at < rec.events.length) {
      const ev = rec.events[at];
      const prev = at > 0 ? rec.events[at - 1].t : ev.t;
      // Time compresses idle gaps: the clock jumps over a long one.
      if (ev.t - prev > MAX_PAUSE && clock < ev.t - MAX_PAUSE) clock = ev.t - MAX_PAUSE;
      if (ev.t > clock) break;
      batch.push({ ...ev });
      at++;
    }
  }
  if (batch.length > 0) feed(batch);
  if (at >= rec.events.length) stop();
  showProgress();
}

function stop() {
  playing = false;
  clearInterval(timer);
}

function play() {
  if (at >= rec.events.length) return;
  playing = true;
  clearInterval(timer);
  timer = setInterval(tick, TICK);
  tick();
}

function restart() {
  stop();
  takeHello({ node: rec.node, processes: rec.processes, nodes: rec.nodes ?? [], streaming: rec.streaming ?? [], events: [] });
  at = 0;
  clock = rec.events.length > 0 ? rec.events[0].t : 0;
  feed([]);
}

/** Starts playing `recording` on this page; `take` draws events, `redraw` the whole diagram after a restart. */
export function startReplay(recording, take, redraw) {
  rec = recording;
  feed = (evs) => (evs.length === 0 ? redraw() : take(evs));
  playerEl.hidden = false;
  restart();
  play();
}

export function watchPlayer() {
  playBtn.addEventListener('click', () => {
    if (rec === null) return;
    if (playing) stop();
    else play();
    showProgress();
  });
  restartBtn.addEventListener('click', () => {
    if (rec === null) return;
    restart();
    play();
  });
  speedSel.addEventListener('change', () => {
    if (rec !== null && playing) tick();
  });
}
