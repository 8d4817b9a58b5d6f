// Node.js modules that most runs of a node never touch, loaded on first use.
// Each costs milliseconds to load, and a node must be up as fast as erl's
// (0.2 s, of which Node.js itself takes 0.13): crypto is for distribution's
// cookie digests and fun identities, zlib for compressed external terms,
// child_process for os:cmd and starting EPMD, worker_threads for the
// front end's deep-stack worker and slow regular expressions.

import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

let crypto: typeof import('node:crypto') | null = null;
let zlib: typeof import('node:zlib') | null = null;
let childProcess: typeof import('node:child_process') | null = null;
let workerThreads: typeof import('node:worker_threads') | null = null;

export function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= load('node:crypto') as typeof import('node:crypto'));
}

export function nodeZlib(): typeof import('node:zlib') {
  return (zlib ??= load('node:zlib') as typeof import('node:zlib'));
}

export function nodeChildProcess(): typeof import('node:child_process') {
  return (childProcess ??= load('node:child_process') as typeof import('node:child_process'));
}

export function nodeWorkerThreads(): typeof import('node:worker_threads') {
  return (workerThreads ??= load('node:worker_threads') as typeof import('node:worker_threads'));
}

/**
 * The argument the front end's worker is started with: the entry module
 * tells it is that worker from process.argv, without loading worker_threads
 * (and the five modules it brings) into every node's start.
 */
export const FRONT_END_WORKER_ARG = '--erlts-front-end-worker';
