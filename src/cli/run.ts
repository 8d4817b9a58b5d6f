// The program: erl's command line in, a running node out. Kept apart from
// main.ts so that the bundle (scripts/bundle.mjs) and bin/erlts's fallback
// start the node the same way, and importing main.ts starts nothing. In the
// front end's deep-stack worker (src/compiler/deep_stack/runner.ts) the same
// module serves that worker's jobs instead.

import { FRONT_END_WORKER_ARG, nodeWorkerThreads } from '../terms/lazy_builtins.js';
import { main } from './main.js';
import { serveFrontEnd } from './front_end_worker.js';
import { setFrontEndEntry } from '../compiler/deep_stack/runner.js';

const inWorker = process.argv.includes(FRONT_END_WORKER_ARG) && !nodeWorkerThreads().isMainThread;
const frontEnd = inWorker ? (nodeWorkerThreads().workerData as { erltsFrontEnd?: unknown } | null)?.erltsFrontEnd : undefined;
if (frontEnd !== undefined) serveFrontEnd(frontEnd);
else {
  setFrontEndEntry(import.meta.url);
  void main(process.argv.slice(2)).then((code) => {
    if (code !== null) process.exitCode = code;
  });
}
