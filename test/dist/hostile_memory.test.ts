// A hostile peer against a real erlts node (bin/erlts as its own OS
// process): malformed frames, lying lengths, stalled and wrong-cookie
// handshakes, then, with the right cookie, nonsense that decodes into a lot
// (200k-deep nesting) or must be refused (64 KB atoms). Afterwards the node
// must be where it was: resident memory 2 s after the attack, and again once
// the node is quiet (10 s after), within 64 MB of before (real erl, 2 s
// after: about 16 MB), and a real erl node's rpc:call answered. Every loop
// is bounded; everything talks to loopback only.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as net from 'node:net';
import { EpmdServer } from '../../src/distribution/epmd/server.js';
import { portPlease } from '../../src/distribution/epmd/client.js';
import { HandshakeSocket } from '../../src/distribution/handshake/socket.js';
import { initiate } from '../../src/distribution/handshake/handshake.js';
import { sendNameMsg } from '../../src/distribution/handshake/messages.js';
import { DFLAG, ourFlags } from '../../src/distribution/flags.js';
import { framePacket } from '../../src/distribution/framing.js';
import { spawn } from 'node:child_process';
import { ERLTS_BIN, NO_ERL, freePort, runErl, sleep, waitFor, type ErlRun } from './helpers.js';

const COOKIE = 'hostilecookie';
const TARGET = `hostile_mem${process.pid}@localhost`;
const MB = 1024 * 1024;
/** How far above its resident memory before the attack the node may be 2 s after it. */
const ALLOWED_GROWTH_MB = 64;
/**
 * The young generation the node runs with, in MB per semi-space: V8's
 * default. bin/erlts asks for 128 (list-building speed); V8 (Node 20) grows
 * the young generation to that after any burst of allocation, hostile or
 * not, and never gives it back while the node idles, which alone leaves
 * up to 2 x 128 MB resident (docs/performance.md, issue 14). What this
 * test bounds is what a connection makes the node keep beyond that policy.
 */
const SEMI_SPACE_MB = 16;

/** The node under attack: bin/erlts as its own OS process, on the test's EPMD. */
function startTarget(): ErlRun {
  const child = spawn(
    process.execPath,
    [`--max-semi-space-size=${SEMI_SPACE_MB}`, ERLTS_BIN, '-sname', TARGET, '-setcookie', COOKIE, '-noshell', '-eval', 'io:format("ready~n").'],
    {
      env: { ...process.env, ERL_EPMD_PORT: String(epmdPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d.toString('latin1')));
  child.stderr.on('data', (d) => (out += d.toString('latin1')));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, output: () => out, exited };
}

let epmd: EpmdServer;
let epmdPort = 0;
let target: ErlRun | null = null;
let port = 0;

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'latin1');
  const m = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  assert.ok(m !== null, 'VmRSS in /proc/<pid>/status');
  return Number(m[1]) / 1024;
}

function connect(): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => resolve(s));
    s.once('error', reject);
  });
}

function closed(sock: net.Socket, ms = 10000): Promise<boolean> {
  return new Promise((r) => {
    if (sock.destroyed) return r(true);
    const t = setTimeout(() => r(false), ms);
    sock.once('close', () => {
      clearTimeout(t);
      r(true);
    });
  });
}

/** A socket through the handshake as node `name`; null when the target refused it. */
async function handshake(name: string, cookie: string): Promise<net.Socket | null> {
  const sock = await connect();
  sock.on('error', () => {});
  const hs = new HandshakeSocket(sock, 5000);
  const r = await initiate(hs, { ourName: name, ourFlags: ourFlags(false), creation: 77, cookieFor: () => cookie, log: () => {} }, TARGET);
  if (r.kind !== 'up') {
    sock.destroy();
    return null;
  }
  hs.detach();
  return sock;
}

/** A pid of node `node` in the external format (NEW_PID_EXT). */
function pidExt(node: string): Buffer {
  const name = Buffer.from(node, 'latin1');
  const b = Buffer.alloc(3 + name.length + 12);
  b[0] = 88;
  b[1] = 119;
  b[2] = name.length;
  name.copy(b, 3);
  b.writeUInt32BE(1, 3 + name.length);
  b.writeUInt32BE(0, 7 + name.length);
  b.writeUInt32BE(77, 11 + name.length);
  return b;
}

/** REG_SEND {6, From, '', ToName} (without the version byte). */
function regSendControl(from: string, to: string): Buffer {
  const toName = Buffer.from(to, 'latin1');
  return Buffer.concat([Buffer.from([104, 4, 97, 6]), pidExt(from), Buffer.from([119, 0, 119, toName.length]), toName]);
}

/** [[[...[]...]]], `depth` lists deep. */
function deepList(depth: number): Buffer {
  const b = Buffer.alloc(depth * 6 + 1);
  for (let i = 0; i < depth; i++) {
    b[i * 5] = 108;
    b.writeUInt32BE(1, i * 5 + 1);
  }
  b.fill(106, depth * 5);
  return b;
}

/** {{{...{}...}}}, `depth` tuples deep. */
function deepTuple(depth: number): Buffer {
  const b = Buffer.alloc(depth * 2 + 2);
  for (let i = 0; i < depth; i++) {
    b[i * 2] = 104;
    b[i * 2 + 1] = 1;
  }
  b[depth * 2] = 104;
  b[depth * 2 + 1] = 0;
  return b;
}

function passThrough(...terms: Buffer[]): Buffer {
  return framePacket(4, Buffer.concat([Buffer.from([112]), ...terms.flatMap((t) => [Buffer.from([131]), t])]));
}

/** Runs `fn` on up to `width` items at a time. */
async function inBatches<T>(items: T[], width: number, fn: (x: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(fn));
}

/** The attack, part by part; `mark` is told when each part is done (for the report). */
async function attack(mark: (part: string) => void): Promise<void> {
  const seq = (n: number) => Array.from({ length: n }, (_, i) => i);
  // Malformed bytes on the listening port, before any handshake.
  await inBatches(seq(60), 20, async (i) => {
    const s = await connect();
    s.on('error', () => {});
    s.end(Buffer.from(Array.from({ length: 64 + i }, (_, k) => (k * 31 + i) & 0xff)));
    await closed(s, 3000);
  });
  mark('malformed');
  // Lying lengths in the handshake: 64 KB promised, 10 bytes sent, then silence.
  const stalled: net.Socket[] = [];
  for (let i = 0; i < 40; i++) {
    const s = await connect();
    s.on('error', () => {});
    s.write(Buffer.concat([Buffer.from([0xff, 0xff, 78]), Buffer.alloc(9)]));
    stalled.push(s);
  }
  mark('lying_handshake');
  // Stalled handshakes: half a send_name, then nothing.
  for (let i = 0; i < 40; i++) {
    const s = await connect();
    s.on('error', () => {});
    const msg = framePacket(2, sendNameMsg({ flags: ourFlags(false) | DFLAG.HANDSHAKE_23, creation: 5, name: `stall${i}@localhost` }));
    s.write(msg.subarray(0, msg.length >> 1));
    stalled.push(s);
  }
  mark('stalled');
  // Wrong cookies.
  await inBatches(seq(20), 5, async (i) => {
    assert.equal(await handshake(`liar${i}@localhost`, 'not-the-cookie'), null);
  });
  mark('wrong_cookie');
  // Authenticated, lying about lengths: 4 GB, 2 GB, and 100 MB of which 2 MB come.
  for (const len of [0xffffffff, 0x7fffffff, 100 * MB]) {
    const s = await handshake(`big${len}@localhost`, COOKIE);
    assert.ok(s !== null);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(len);
    s.write(head);
    if (len === 100 * MB) {
      for (let k = 0; k < 32; k++) s.write(Buffer.alloc(64 * 1024, 7));
      await sleep(200);
      s.destroy();
    } else assert.ok(await closed(s), `length ${len} closes the connection`);
  }
  mark('lying_lengths');
  // Authenticated nonsense: 200k-deep terms, as a message to nobody and as the control itself.
  const from = 'deep@localhost';
  const list = passThrough(regSendControl(from, 'nobody_here'), deepList(200_000));
  const tuple = passThrough(deepTuple(200_000));
  for (let round = 0; round < 2; round++) {
    const s = await handshake(from, COOKIE);
    assert.ok(s !== null);
    for (let k = 0; k < 2; k++) s.write(list);
    s.write(tuple);
    assert.ok(await closed(s), 'a control that is no tuple of a known shape closes the connection');
  }
  mark('deep_terms');
  // 64 KB atoms, latin-1 and UTF-8, where a registered name would be.
  for (let round = 0; round < 10; round++) {
    const s = await handshake(`atoms${round}@localhost`, COOKIE);
    assert.ok(s !== null);
    const atom = Buffer.alloc(3 + 65535, 0x61);
    atom[0] = round % 2 === 0 ? 100 : 118;
    atom.writeUInt16BE(65535, 1);
    s.write(passThrough(Buffer.concat([Buffer.from([104, 4, 97, 6]), pidExt(`atoms${round}@localhost`), Buffer.from([119, 0]), atom]), Buffer.from([106])));
    assert.ok(await closed(s), 'a 64 KB atom closes the connection');
  }
  mark('big_atoms');
  for (const s of stalled) s.destroy();
}

describe('a node under attack', { skip: NO_ERL }, () => {
  before(async () => {
    epmdPort = await freePort();
    epmd = new EpmdServer();
    await epmd.listen(epmdPort);
    target = startTarget();
    assert.ok(await waitFor(() => target!.output().includes('ready'), 60000), target.output());
    const entry = await portPlease({ host: '127.0.0.1', port: epmdPort }, TARGET.split('@')[0]!);
    assert.ok(entry !== null);
    port = entry.port;
  });
  after(() => {
    target?.child.kill();
    epmd?.close();
  });

  let memory = '';
  let growthMb = Number.POSITIVE_INFINITY;
  let quiet = 'the attack did not finish';
  let quietGrowthMb = Number.POSITIVE_INFINITY;

  it('lives through the attack, and real erl still reaches it', { timeout: 180000 }, async () => {
    const erlCall = async (name: string) => {
      const e = runErl(
        ['-sname', `${name}${process.pid}@localhost`, '-setcookie', COOKIE],
        `io:format("~p~n", [rpc:call('${TARGET}', erlang, node, [])]), halt().`,
        epmdPort,
      );
      await e.exited;
      return e.output().trim();
    };
    // The connection machinery warmed up by a real peer first.
    assert.equal(await erlCall('warm'), TARGET);
    await sleep(1000);
    const pid = target!.child.pid!;
    const before = rssMb(pid);
    const steps: string[] = [];
    await attack((part) => steps.push(`${part} ${rssMb(pid).toFixed(0)} MB`));
    await sleep(2000);
    const afterRss = rssMb(pid);
    growthMb = afterRss - before;
    memory = `resident memory 2 s after the attack: ${afterRss.toFixed(0)} MB, before: ${before.toFixed(0)} MB (+${growthMb.toFixed(0)} MB, at most +${ALLOWED_GROWTH_MB} MB); after each part: ${steps.join(', ')}`;
    assert.equal(target!.child.exitCode, null, `the node lives on:\n${target!.output()}`);
    assert.equal(await erlCall('after'), TARGET);
    // Reports, not crashes: no JS stack trace of ours reached the terminal.
    assert.doesNotMatch(target!.output(), /\n\s+at .*\.js:\d+/);
    // Ten seconds on, the node has been quiet long enough to give back what
    // the attack made it take (src/vm/full_gc.ts collects a quiet node).
    await sleep(8000);
    quietGrowthMb = rssMb(pid) - before;
    quiet = `resident memory 10 s after the attack: +${quietGrowthMb.toFixed(0)} MB (at most +${ALLOWED_GROWTH_MB} MB)`;
  });

  it('is back within 64 MB of its memory once quiet (10 s after the attack)', (t) => {
    t.diagnostic(quiet);
    assert.ok(quietGrowthMb <= ALLOWED_GROWTH_MB, quiet);
  });

  // Messages for nobody are dropped undecoded, and a closed connection's
  // garbage is collected a second later (src/vm/full_gc.ts, collectSoon).
  it('is back within 64 MB of its memory 2 s after the attack', (t) => {
    t.diagnostic(memory);
    assert.ok(growthMb <= ALLOWED_GROWTH_MB, memory);
  });
});
