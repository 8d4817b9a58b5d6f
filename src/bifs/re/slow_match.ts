// Matches that take long run in a worker thread. A RegExp cannot pause, so
// a pattern such as (a+)+$ that backtracks up to PCRE's match_limit would
// hold the node's only thread for about a second: no other process, no
// timer, no distribution tick. Each match therefore first runs here with a
// small budget of backtracks; one that needs more is sent, with the full
// limit, to a worker thread (started the first time one is needed), while
// the calling process waits as in a receive (src/vm/host_wait.ts). When
// the answer comes, the native runs again from the start and takes the
// answers already found instead of matching again.

import type { Worker } from 'node:worker_threads';
import { nodeWorkerThreads } from '../../terms/lazy_builtins.js';

/** Backtracks a match may take on the node's thread: a few milliseconds. */
export const SLICE_BACKTRACKS = 200_000;

/** What one exec needs: enough to build the same limited RegExp elsewhere. */
export interface ExecRequest {
  source: string;
  flags: string;
  limit: number;
  from: number;
  subject: string;
}

/** null: the limit was hit; else the match indices exec gave (the last group is the probe). */
export type ExecAnswer = Array<[number, number] | undefined> | null;

/** Thrown by an exec that needs more than the slice; the native's caller hands it to the worker. */
export class NeedsTime extends Error {
  constructor(readonly request: ExecRequest) {
    super('match needs the worker');
  }
}

/** Answers found by the worker for the native being run again; looked up before matching. */
let answers: Array<[ExecRequest, ExecAnswer]> = [];

export function knownAnswer(q: ExecRequest): ExecAnswer | undefined {
  for (const [r, a] of answers) {
    if (r.from === q.from && r.limit === q.limit && r.source === q.source && r.flags === q.flags && r.subject === q.subject) return a;
  }
  return undefined;
}

/** Runs `call` with these answers known to the engine. */
export function withAnswers<T>(known: Array<[ExecRequest, ExecAnswer]>, call: () => T): T {
  const before = answers;
  answers = known;
  try {
    return call();
  } finally {
    answers = before;
  }
}

// The worker makes limited RegExps the way limited_regexp.ts does.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { setFlagsFromString } = require('node:v8');
setFlagsFromString('--allow-natives-syntax');
const make = new Function('s', 'f', 'n', 'return %NewRegExpWithBacktrackLimit(s, f, n)');
make('a', '', 1).exec('a');
setFlagsFromString('--no-allow-natives-syntax');
parentPort.on('message', ({ id, source, flags, limit, from, subject }) => {
  let answer = null;
  let error = null;
  try {
    const r = make(source, flags, limit);
    r.lastIndex = from;
    const m = r.exec(subject);
    if (m !== null) answer = Array.from(m.indices, (x) => (x === undefined ? undefined : [x[0], x[1]]));
  } catch (e) {
    error = String(e && e.message);
  }
  parentPort.postMessage({ id, answer, error });
});
`;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (answer: ExecAnswer | Error) => void>();

function theWorker(): Worker {
  if (worker !== null) return worker;
  const w = new (nodeWorkerThreads().Worker)(WORKER_SOURCE, { eval: true });
  w.on('message', (m: { id: number; answer: ExecAnswer; error: string | null }) => {
    const done = pending.get(m.id);
    pending.delete(m.id);
    if (pending.size === 0) w.unref();
    done?.(m.error === null ? m.answer : new Error(m.error));
  });
  // A worker that dies takes its matches with it: they fail as a broken match would.
  const fail = (e: unknown) => {
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const done of waiting) done(e instanceof Error ? e : new Error(String(e)));
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`regular expression worker ended (${code})`)));
  worker = w;
  return w;
}

/** Runs one exec in the worker; `done` gets the answer (or an Error) on the node's thread. */
export function matchInWorker(q: ExecRequest, done: (answer: ExecAnswer | Error) => void): void {
  const w = theWorker();
  const id = nextId++;
  pending.set(id, done);
  // Only while a match is out does the worker keep the node alive.
  w.ref();
  w.postMessage({ id, ...q });
}
