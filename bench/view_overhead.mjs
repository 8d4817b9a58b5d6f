#!/usr/bin/env node
// What an open live view costs: ring and send (bench_ring, bench_send) run
// in one erlts node without the view, and with observer:start() and a
// socket reading the feed as a page does, alternating, several runs each.
// Prints the medians and the ratio open/closed (issue 10: within 2x).
//
//   node bench/view_overhead.mjs [RUNS]      (from the repository root)
//
// ERL (default bin/erlts) is the node command.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';

const root = fileURLToPath(new URL('..', import.meta.url));
const ERL = process.env.ERL ?? join(root, 'bin/erlts');
const RUNS = Number(process.argv[2] ?? 5);
const PARTS = [
  ['ring small', 'bench_ring', '{1000,100}'],
  ['ring medium', 'bench_ring', '{10000,100}'],
  ['send small', 'bench_send', '50000'],
  ['send medium', 'bench_send', '500000'],
];

const dir = mkdtempSync(join(tmpdir(), 'erlts-view-'));
for (const m of ['bench_ring', 'bench_send']) copyFileSync(join(root, 'bench', `${m}.erl`), join(dir, `${m}.erl`));

function node(args) {
  const child = spawn('bash', ['-c', `${ERL} "$@"`, 'erl', ...args], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const waiters = [];
  child.stdout.on('data', (b) => {
    out += b.toString();
    for (const w of [...waiters]) {
      const m = w.re.exec(out);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  const waitFor = (re) =>
    new Promise((resolve, reject) => {
      const m = re.exec(out);
      if (m) return resolve(m);
      waiters.push({ re, resolve });
      child.on('exit', () => reject(new Error(`node ended before ${re}: ${out}`)));
    });
  return { child, waitFor };
}

async function once(open, mod, arg) {
  const start = open ? 'observer:start(),' : '';
  const n = node([
    '-noshell',
    '-eval',
    `c:c(${mod}), ${start} io:format("READY~n"), io:get_line(""), {T, _} = timer:tc(${mod}, run, [${arg}]), io:format("TIME ~p~n", [T]), halt().`,
  ]);
  let ws = null;
  if (open) {
    const [, url] = await n.waitFor(/Live view of \S+: (\S+)/);
    ws = new WebSocket(`${url.replace(/^http/, 'ws')}events`);
    await new Promise((resolve, reject) => {
      ws.once('message', resolve); // the hello frame: the page is watching
      ws.once('error', reject);
    });
  }
  await n.waitFor(/READY/);
  n.child.stdin.write('go\n');
  const [, us] = await n.waitFor(/TIME (\d+)/);
  ws?.close();
  return Number(us) / 1000;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  console.log(`erlts ring and send with the live view closed and open, ${RUNS} runs each, medians in ms`);
  console.log('part            closed      open     ratio');
  for (const [label, mod, arg] of PARTS) {
    const closed = [];
    const open = [];
    for (let i = 0; i < RUNS; i++) {
      closed.push(await once(false, mod, arg));
      open.push(await once(true, mod, arg));
    }
    const c = median(closed);
    const o = median(open);
    console.log(`${label.padEnd(14)} ${c.toFixed(1).padStart(8)} ${o.toFixed(1).padStart(9)} ${(o / c).toFixed(2).padStart(8)}x`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
