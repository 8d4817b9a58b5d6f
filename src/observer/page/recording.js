// A session's events as a file (docs/live-view-protocol.md, "Recordings"):
// what the page keeps, in the protocol's own shape, so that a class that
// meets after the demo can watch it again (`erlts --replay FILE`, or the
// file dropped on a page).

import { model } from './model.js';

export const FORMAT = 'erlts-live-view-recording';
export const VERSION = 1;

// The fields of an event as the server sent it; the page's own (which send a
// receive took, which exchange it belongs to) are derived again on replay.
const PAGE_FIELDS = new Set(['receivedBy', 'sender', 'senderEvent', 'exchange', 'member', 'row', 'releasedBy', 'afterRelease']);

function protocolEvent(ev) {
  const out = {};
  for (const [k, v] of Object.entries(ev)) if (!PAGE_FIELDS.has(k)) out[k] = v;
  return out;
}

const procOf = (p) => ({ pid: p.pid, node: p.node, name: p.name, call: p.call, system: p.system });

/** The recording of what the page holds now. */
export function recording() {
  // The processes that stand from the top: alive before the first event kept.
  const processes = [...model.procs.values()].filter((p) => p.bornSeq === null).map(procOf);
  return {
    format: FORMAT,
    version: VERSION,
    node: model.watched,
    recorded: new Date().toISOString(),
    nodes: [...model.connected],
    streaming: [...model.streaming],
    processes,
    events: model.events.map(protocolEvent),
  };
}

export function download() {
  const rec = recording();
  const blob = new Blob([JSON.stringify(rec)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  const stamp = rec.recorded.replace(/[:.]/g, '-').slice(0, 19);
  a.download = `erlts-live-${String(rec.node).replace(/[^A-Za-z0-9_.@-]/g, '_')}-${stamp}.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** The recording in `text`, checked; throws an Error whose message says what is wrong. */
export function parseRecording(text) {
  let rec;
  try {
    rec = JSON.parse(text);
  } catch {
    throw new Error('not a recording: the file is not JSON');
  }
  if (rec === null || typeof rec !== 'object' || rec.format !== FORMAT) throw new Error('not a recording of the erlts live view');
  if (rec.version !== VERSION) throw new Error(`a recording of version ${rec.version}; this page reads version ${VERSION}`);
  if (typeof rec.node !== 'string' || !Array.isArray(rec.events) || !Array.isArray(rec.processes)) throw new Error('a damaged recording');
  rec.events = rec.events.filter((ev) => ev !== null && typeof ev === 'object' && typeof ev.kind === 'string' && typeof ev.seq === 'number');
  return rec;
}
