// Big messages with DFLAG_FRAGMENTS: the distribution header on every
// message, fragments cut by us (at a small size here, so that a few hundred
// KB make hundreds of fragments) and by real erl (64 KB), reassembled, both
// ways, erlts to erlts and erlts to erl. A 150 MB binary each way (over the
// 128 MB a single frame may be here) only with ERLTS_BIG_TESTS=1.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Atom, BitStr, Cons, NIL, Pid, type Term } from '../../src/terms/types.js';
import { startDistNet } from '../../src/distribution/net.js';
import type { DistChannel } from '../../src/distribution/transport.js';
import { DFLAG } from '../../src/distribution/flags.js';
import { Reassembly, fragmentFrames } from '../../src/distribution/dist_header.js';
import { NO_ERL, logSink, runErl, waitFor, ownEpmd } from './helpers.js';

const BIG = process.env.ERLTS_BIG_TESTS === '1' ? false : 'set ERLTS_BIG_TESTS=1 for the 150 MB transfers with real erl';

const own = ownEpmd();

/** A node whose channels cut messages into fragments of `fragment` bytes (read when a channel is made). */
async function node(name: string, fragment: number) {
  const sink = logSink();
  const n = await startDistNet({ name: `${name}@localhost`, longNames: false, cookie: 'frag', epmdPort: own.port, startEpmd: false, log: sink.log });
  own.nets.push(n);
  const got: { control: Term; payload: Term | undefined }[] = [];
  n.onChannel = (ch) => {
    ch.onControl = (control, payload) => got.push({ control, payload });
  };
  const connect = async (peer: string): Promise<DistChannel> => {
    const saved = process.env.ERLTS_DIST_FRAGMENT_BYTES;
    process.env.ERLTS_DIST_FRAGMENT_BYTES = String(fragment);
    try {
      const ch = await n.connect(Atom.of(peer));
      assert.ok(ch !== null, `connect to ${peer}: ${sink.texts.join('')}`);
      return ch;
    } finally {
      if (saved === undefined) delete process.env.ERLTS_DIST_FRAGMENT_BYTES;
      else process.env.ERLTS_DIST_FRAGMENT_BYTES = saved;
    }
  };
  return { net: n, got, logs: sink.texts, connect };
}

function pattern(bytes: number, seed: number): Uint8Array {
  const b = new Uint8Array(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** [{I, <<I:32>>} || I <- 1..n] */
function tupleList(n: number): Term {
  let l: Term = NIL;
  for (let i = n; i >= 1; i--) l = new Cons([i, new BitStr(Uint8Array.of(i >>> 24, (i >>> 16) & 255, (i >>> 8) & 255, i & 255))], l);
  return l;
}

const md5 = (b: Uint8Array) => createHash('md5').update(b).digest('hex');

describe('fragments, in one process', () => {
  it('fragmentFrames and Reassembly: cut, interleaved with another sequence, put back together', () => {
    const a = pattern(10_000, 1);
    const b = pattern(2_500, 2);
    const fa = fragmentFrames(7, a, 1000);
    const fb = fragmentFrames(2 ** 40 + 3, b, 1000);
    assert.equal(fa.length, 20);
    // The first frame of a sequence: length, 131, 69, Seq:64, FragmentId:64 (counting down), 0 cache refs.
    assert.deepEqual([...fa[0]!], [0, 0, 0x03, 0xfb, 131, 69, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 10, 0]);
    const frame = (f: Uint8Array[], i: number) => Buffer.concat([f[2 * i]!, f[2 * i + 1]!]).subarray(4);
    const r = new Reassembly();
    const out: Uint8Array[] = [];
    for (let i = 0; i < 10; i++) {
      for (const f of i < 3 ? [frame(fa, i), frame(fb, i)] : [frame(fa, i)]) {
        const res = r.add(f, false);
        if (res === 'bad') assert.fail('a good fragment was refused');
        if (res !== 'more') out.push(res.done);
      }
    }
    assert.deepEqual(out.map(md5), [md5(b), md5(a)]);
    // A continuation nobody started, or out of order, is a protocol error.
    assert.equal(new Reassembly().add(frame(fa, 1), false), 'bad');
    const r2 = new Reassembly();
    assert.equal(r2.add(frame(fa, 0), false), 'more');
    assert.equal(r2.add(frame(fa, 2), false), 'bad');
  });

  it('erlts to erlts: a 300 KB binary and a 20k-tuple list in 1000-byte fragments arrive whole', async () => {
    const a = await node('frag_a', 1000);
    const b = await node('frag_b', 1000);
    const ch = await a.connect('frag_b@localhost');
    assert.notEqual(ch.peerFlags & DFLAG.FRAGMENTS, 0n);
    const bin = pattern(300_000, 3);
    const list = tupleList(20_000);
    const me = new Pid(a.net.name, 90, 0, a.net.creation);
    ch.send([6, me, Atom.of(''), Atom.of('sink')], [Atom.of('big'), new BitStr(bin), list]);
    ch.send([6, me, Atom.of(''), Atom.of('sink')], Atom.of('small_after'));
    assert.ok(await waitFor(() => b.got.length >= 2, 20000), b.logs.join(''));
    const [big, small] = b.got;
    const p = big!.payload as Term[];
    assert.equal(p[0], Atom.of('big'));
    assert.equal(md5((p[1] as BitStr).buf), md5(bin));
    let n = 0;
    for (let l = p[2]; l instanceof Cons; l = l.tail) {
      n++;
      const t = l.head as [number, BitStr];
      assert.equal(t[0], n);
      if (n === 20_000) assert.deepEqual([...t[1].buf], [0, 0, 0x4e, 0x20]);
    }
    assert.equal(n, 20_000);
    assert.equal(small!.payload, Atom.of('small_after'));
    assert.deepEqual(b.logs, []);
  });
});

describe('fragments with real erl', { skip: NO_ERL }, () => {
  /** erl checks what it receives; we check what it sends: md5 of a binary of `bytes`, our fragments at `fragment`. */
  async function bothWays(tag: string, bytes: number, fragment: number, timeoutMs: number) {
    const ts = await node(`ts_${tag}`, fragment);
    // erl waits for {check, From, Bin}, answers with the md5 and sends back a binary of its own.
    const erl = runErl(
      ['-sname', `erl_${tag}@localhost`, '-setcookie', 'frag'],
      `register(checker, self()), io:format("ready~n"),
       receive {check, From, Bin} ->
         io:format("got ~p ~s~n", [byte_size(Bin), binary:encode_hex(erlang:md5(Bin))]),
         Back = binary:copy(<<1,2,3,4,5,6,7,8>>, ${bytes} div 8),
         From ! {back, Back, erlang:md5(Back)}
       after ${timeoutMs} -> io:format("timeout~n") end,
       timer:sleep(500), halt().`,
      own.port,
    );
    try {
      assert.ok(await waitFor(() => erl.output().startsWith('ready\n'), 20000, 50), erl.output());
      const ch = await ts.connect(`erl_${tag}@localhost`);
      assert.notEqual(ch.peerFlags & DFLAG.FRAGMENTS, 0n, 'erl offers FRAGMENTS');
      const bin = pattern(bytes, 5);
      const me = new Pid(ts.net.name, 91, 0, ts.net.creation);
      ch.send([6, me, Atom.of(''), Atom.of('checker')], [Atom.of('check'), me, new BitStr(bin)]);
      // erl also asks our rex for its features right after connecting: only {back, ...} counts.
      const back = () => ts.got.find((g) => Array.isArray(g.payload) && g.payload[0] === Atom.of('back'));
      assert.ok(await waitFor(() => back() !== undefined, timeoutMs, 50), `nothing came back: ${erl.output()} ${ts.logs.join('')}`);
      assert.equal(await erl.exited, 0);
      assert.equal(erl.output(), `ready\ngot ${bytes} ${md5(bin).toUpperCase()}\n`);
      const reply = back()!.payload as Term[];
      const returned = (reply[1] as BitStr).buf;
      assert.equal(returned.length, bytes - (bytes % 8));
      assert.equal(md5(returned), Buffer.from((reply[2] as BitStr).buf).toString('hex'));
      assert.deepEqual(ts.logs, []);
    } finally {
      erl.child.kill();
    }
  }

  it('a 400 KB binary each way: ours in 4 KB fragments, erl in its own 64 KB ones', async () => {
    await bothWays('frag4k', 400_000, 4096, 20000);
  });

  it('a 150 MB binary each way (over the 128 MB one frame may be)', { skip: BIG, timeout: 300_000 }, async () => {
    await bothWays('frag150m', 150 * 1024 * 1024, 32 * 1024 * 1024, 240_000);
  });
});
