// Room on the stack for code nested thousands deep. The scanner, parser,
// linter and code generator walk the syntax tree recursively, and the main
// thread's stack (about 1 MB) holds some 2,000 levels of nesting; erl takes
// 10,000 and more. When a pass runs out of stack there, the caller hands the
// same job to a worker thread with a stack of STACK_MB and waits for it
// synchronously (the node is held meanwhile, as erl's shell is while it
// parses): the worker sends back the job's result as a flat value
// (flat_value.ts), which the caller turns into what the pass would have
// returned. The worker runs this program's own entry module (the one-file
// bundle or build/src/cli/run.js), which serves jobs instead of starting a
// node when it finds itself in such a worker (src/cli/front_end_worker.ts).

import type { MessagePort, Worker } from 'node:worker_threads';
import { FRONT_END_WORKER_ARG, nodeWorkerThreads } from '../../terms/lazy_builtins.js';
import { type FlatValue, flatten, unflatten } from './flat_value.js';

/** The worker's stack: about 20 times the main thread's per level, so 100,000 levels of plain nesting still fit. */
const STACK_MB = 1024;

/**
 * How long a job may take before the caller gives up on it (then the
 * answer is system_limit). The node is held meanwhile, so this stays well
 * under a distribution tick time (60 s), after which peers would drop it.
 */
const JOB_TIMEOUT_MS = 40_000;

/** Whether `e` is V8's stack overflow (not another RangeError, which a bigger stack would not cure). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** What the worker answers: the job's value, or that the big stack was not enough either. */
type Reply = { ok: FlatValue } | { overflow: true } | { failed: string };

interface Link {
  worker: Worker;
  port: MessagePort;
  flag: Int32Array;
  dead: boolean;
  /** Ends the worker when no job came for a while: its heap is the node's memory too. */
  idle: ReturnType<typeof setTimeout> | null;
}

const IDLE_MS = 30_000;

let entryUrl: string | null = null;
let link: Link | null = null;

/** The program's entry module, which serves jobs in a worker (set by src/cli/run.ts). */
export function setFrontEndEntry(url: string): void {
  entryUrl = url;
}

function connect(): Link | null {
  if (link !== null && !link.dead) return link;
  if (entryUrl === null) return null;
  const { MessageChannel, Worker } = nodeWorkerThreads();
  const { port1, port2 } = new MessageChannel();
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL(entryUrl), {
    workerData: { erltsFrontEnd: { port: port2, flag } },
    transferList: [port2],
    resourceLimits: { stackSizeMb: STACK_MB },
    stdout: true,
    stderr: true,
    // The job's own argv would start a node if the entry mistook itself for the main thread.
    argv: [FRONT_END_WORKER_ARG],
    env: process.env,
  });
  const l: Link = { worker, port: port1, flag, dead: false, idle: null };
  // A worker that died (out of memory) is replaced at the next job.
  const die = (): void => {
    l.dead = true;
    if (link === l) link = null;
  };
  worker.on('error', die);
  worker.on('exit', die);
  // It must not keep the node alive, nor its port.
  worker.unref();
  port1.unref();
  link = l;
  return l;
}

/**
 * Runs `job` on `input` in the deep-stack worker and returns its value;
 * null when there is no worker (a test calling the compiler directly) or
 * it failed; throws a RangeError (stack overflow) when even the big stack
 * was not enough, so that callers answer as they do for a stack overflow.
 */
export function runDeep(job: string, input: unknown): unknown {
  const l = connect();
  if (l === null) return null;
  if (l.idle !== null) clearTimeout(l.idle);
  l.idle = setTimeout(() => {
    l.dead = true;
    if (link === l) link = null;
    void l.worker.terminate();
  }, IDLE_MS + JOB_TIMEOUT_MS);
  l.idle.unref();
  Atomics.store(l.flag, 0, 0);
  l.port.postMessage({ job, input: flatten(input) });
  const until = Date.now() + JOB_TIMEOUT_MS;
  for (;;) {
    Atomics.wait(l.flag, 0, 0, 1000);
    const got = nodeWorkerThreads().receiveMessageOnPort(l.port);
    if (got !== undefined) {
      const reply = got.message as Reply;
      if ('ok' in reply) return unflatten(reply.ok);
      if ('overflow' in reply) throw new RangeError('Maximum call stack size exceeded');
      return null;
    }
    if (Date.now() > until) {
      // Lost or stuck: start afresh next time; this job is over the limit.
      l.dead = true;
      link = null;
      void l.worker.terminate();
      throw new RangeError('Maximum call stack size exceeded');
    }
  }
}

export type JobHandler = (input: unknown) => unknown;

/** The worker's side: answers each job with its handler's value (src/cli/front_end_worker.ts). */
export function serveJobs(data: { port: MessagePort; flag: Int32Array }, handlers: Record<string, JobHandler>): void {
  const { port, flag } = data;
  port.on('message', (msg: { job: string; input: FlatValue }) => {
    let reply: Reply;
    try {
      const handler = handlers[msg.job];
      if (handler === undefined) throw new Error(`no job ${msg.job}`);
      reply = { ok: flatten(handler(unflatten(msg.input))) };
    } catch (e) {
      reply = isStackOverflow(e) ? { overflow: true } : { failed: String((e as Error)?.stack ?? e) };
    }
    port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
