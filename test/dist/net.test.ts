// Two erlts nets (and raw sockets playing a peer) on our own EPMD: shared
// connection attempts, simultaneous connects, ticks, hostile bytes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as net from 'node:net';
import { Atom, Pid, type Term } from '../../src/terms/types.js';
import { startDistNet, type Net, type StartDistNetOptions } from '../../src/distribution/net.js';
import { portPlease } from '../../src/distribution/epmd/client.js';
import { HandshakeSocket } from '../../src/distribution/handshake/socket.js';
import { initiate } from '../../src/distribution/handshake/handshake.js';
import { sendNameMsg, parseStatus } from '../../src/distribution/handshake/messages.js';
import { DFLAG, ourFlags } from '../../src/distribution/flags.js';
import { framePacket } from '../../src/distribution/framing.js';
import { genDigest } from '../../src/distribution/handshake/digest.js';
import { logSink, sleep, waitFor, ownEpmd } from './helpers.js';
import type { DistChannel } from '../../src/distribution/transport.js';

const own = ownEpmd();

async function node(
  name: string,
  extra: Partial<StartDistNetOptions> = {},
): Promise<{ net: Net; logs: string[]; channels: DistChannel[]; controls: Term[][] }> {
  const sink = logSink();
  const n = await startDistNet({
    name: `${name}@localhost`,
    longNames: false,
    cookie: 'nettest',
    epmdPort: own.port,
    startEpmd: false,
    log: sink.log,
    ...extra,
  });
  own.nets.push(n);
  const channels: DistChannel[] = [];
  const controls: Term[][] = [];
  n.onChannel = (ch) => {
    channels.push(ch);
    ch.onControl = (c, p) => controls.push([c, p ?? Atom.of('none')]);
  };
  return { net: n, logs: sink.texts, channels, controls };
}

/** A raw socket through the handshake with `target`, as a peer named `name` would do it. */
async function rawPeer(target: Net, name: string, flags = ourFlags(false)): Promise<{ sock: net.Socket; early: Buffer }> {
  const sock = net.connect({ host: '127.0.0.1', port: target.listenPort });
  await new Promise((r) => sock.once('connect', r));
  const hs = new HandshakeSocket(sock, 5000);
  const r = await initiate(hs, { ourName: name, ourFlags: flags, creation: 77, cookieFor: () => 'nettest', log: () => {} }, target.name.name);
  assert.equal(r.kind, 'up');
  return { sock, early: hs.detach() };
}

function closed(sock: net.Socket): Promise<void> {
  return new Promise((r) => {
    if (sock.destroyed) r();
    sock.on('close', () => r());
  });
}

describe('DistNet between two erlts nodes', () => {
  it('registers with EPMD, with the creation EPMD gave', async () => {
    const a = await node('reg1');
    const e = await portPlease({ host: '127.0.0.1', port: own.port }, 'reg1');
    assert.equal(e?.port, a.net.listenPort);
    assert.ok(a.net.creation > 3);
  });

  it('refuses a name that is taken', async () => {
    await node('taken1');
    await assert.rejects(node('taken1'), (e: Error & { reason?: string }) => e.reason === 'name_taken');
  });

  it('shares one attempt between concurrent connect() calls, and messages flow both ways', async () => {
    const a = await node('share_a');
    const b = await node('share_b');
    const [c1, c2] = await Promise.all([a.net.connect(b.net.name), a.net.connect(b.net.name)]);
    assert.ok(c1 !== null && c1 === c2);
    assert.equal(a.channels.length, 1);
    assert.ok(await waitFor(() => b.channels.length === 1));
    assert.equal(b.channels[0]!.peer, a.net.name);
    assert.equal(b.channels[0]!.peerCreation, a.net.creation);
    assert.equal(b.channels[0]!.hidden, false);
    const from = new Pid(a.net.name, 90, 0, a.net.creation);
    c1.send([6, from, Atom.of(''), Atom.of('someone')], [Atom.of('hello'), from]);
    assert.ok(await waitFor(() => b.controls.length === 1));
    const [ctl, payload] = b.controls[0]!;
    assert.equal((ctl as Term[])[0], 6);
    assert.deepEqual(payload, [Atom.of('hello'), from]);
    assert.equal(await a.net.connect(b.net.name), c1, 'an up channel is reused');
  });

  it('settles simultaneous connects on one connection per pair', async () => {
    const a = await node('simul_a');
    const b = await node('simul_b');
    const [ab, ba] = await Promise.all([a.net.connect(b.net.name), b.net.connect(a.net.name)]);
    assert.ok(ab !== null && ba !== null);
    await sleep(200);
    assert.equal(a.net.channel(b.net.name), ab);
    assert.equal(b.net.channel(a.net.name), ba);
    ab.send([6, new Pid(a.net.name, 1, 0, a.net.creation), Atom.of(''), Atom.of('x')], 1);
    assert.ok(await waitFor(() => b.controls.length === 1));
  });

  it('a node coming back while its old connection looks alive replaces it (status alive)', async () => {
    const a = await node('alive_a');
    const b = await node('alive_b');
    const old = await a.net.connect(b.net.name);
    assert.ok(old !== null);
    assert.ok(await waitFor(() => b.channels.length === 1));
    const { sock } = await rawPeer(b.net, a.net.name.name);
    assert.ok(await waitFor(() => b.channels.length === 2));
    assert.equal(b.net.channel(a.net.name), b.channels[1]);
    assert.ok(await waitFor(() => a.net.channel(b.net.name) === undefined), 'the old connection is closed');
    sock.destroy();
  });

  it('a hidden node makes a hidden connection', async () => {
    const a = await node('hid_a', { hidden: true });
    const b = await node('hid_b');
    const ch = await a.net.connect(b.net.name);
    assert.equal(ch?.hidden, true);
    assert.ok(await waitFor(() => b.channels.length === 1));
    assert.equal(b.channels[0]!.hidden, true);
  });

  it('fails (null) for an unknown node and for a wrong cookie, logging as erl does', async () => {
    const a = await node('ck_a');
    const b = await node('ck_b', { cookie: 'other' });
    assert.equal(await a.net.connect(Atom.of('nosuch@localhost')), null);
    assert.equal(await a.net.connect(b.net.name), null);
    assert.ok(await waitFor(() => b.logs.length === 1));
    assert.equal(b.logs[0], '** Connection attempt from node ck_a@localhost rejected. Invalid challenge reply. **\n');
    // erlang:set_cookie(Node, C) for that peer only.
    a.net.peerCookies.set(b.net.name, Atom.of('other'));
    assert.notEqual(await a.net.connect(b.net.name), null);
  });

  it('refuses to dial a dotted host from a short-names node', async () => {
    const a = await node('dots_a');
    assert.equal(await a.net.connect(Atom.of('x@some.host')), null);
    assert.deepEqual(a.logs, ['** System NOT running to use fully qualified hostnames **\n** Hostname some.host is illegal **\n']);
    // Not Alive@Host at all: pang without a word, as net_kernel does.
    for (const bad of ['foo', 'a@b@c', '@host', 'x@']) assert.equal(await a.net.connect(Atom.of(bad)), null);
    assert.equal(a.logs.length, 1);
  });

  it('refuses to dial a host without dots from a long-names node, unless it is an address', async () => {
    const a = await node('longdial', { longNames: true });
    assert.equal(await a.net.connect(Atom.of('x@localhost')), null);
    assert.deepEqual(a.logs, ['** System running to use fully qualified hostnames **\n** Hostname localhost is illegal **\n']);
    assert.equal(await a.net.connect(Atom.of('nosuch@127.0.0.1')), null);
    assert.equal(a.logs.length, 1);
  });

  it('keeps an idle connection alive with ticks', async () => {
    const a = await node('tick_a', { netTicktime: 1 });
    const b = await node('tick_b', { netTicktime: 1 });
    const ch = await a.net.connect(b.net.name);
    assert.ok(ch !== null);
    await sleep(2500);
    assert.equal(a.net.channel(b.net.name), ch);
    assert.deepEqual([a.logs, b.logs], [[], []]);
  });

  it('drops a silent peer after net_ticktime', async () => {
    const a = await node('silent_a', { netTicktime: 1 });
    const closes: number[] = [];
    a.net.onChannel = (ch) => (ch.onClose = () => closes.push(Date.now()));
    const start = Date.now();
    const { sock } = await rawPeer(a.net, 'mute@localhost');
    await closed(sock);
    const took = Date.now() - start;
    assert.ok(took >= 900 && took < 2000, `dropped after ${took} ms`);
    assert.deepEqual(a.logs, ['** Node mute@localhost not responding **\n** Removing (timedout) connection **\n']);
    assert.ok(await waitFor(() => closes.length === 1));
  });
});

describe('hostile peers', () => {
  it('survives garbage on the listening port', async () => {
    const a = await node('hostile_l');
    for (const bytes of [Buffer.from('GET / HTTP/1.0\r\n\r\n'), Buffer.from([0, 3, 78, 0, 0]), Buffer.from([0xff, 0xff, 1, 2, 3]), Buffer.from([0, 0])]) {
      const s = net.connect({ host: '127.0.0.1', port: a.net.listenPort });
      s.on('error', () => {});
      s.write(bytes);
      s.end();
    }
    // A send_name lacking mandatory flags: not_allowed, and erl's report.
    const s = net.connect({ host: '127.0.0.1', port: a.net.listenPort });
    s.write(
      framePacket(
        2,
        sendNameMsg({
          flags: DFLAG.HANDSHAKE_23 | DFLAG.PUBLISHED | (ourFlags(false) & ~(DFLAG.MAP_TAG | DFLAG.MANDATORY_25_DIGEST)),
          creation: 5,
          name: 'old@localhost',
        }),
      ),
    );
    const reply = await new Promise<Buffer>((r) => s.once('data', r));
    assert.equal(parseStatus(reply.subarray(2)), 'not_allowed');
    assert.deepEqual(a.logs, ['** hostile_l@localhost: Connection attempt from node old@localhost rejected since it cannot handle ["MAP_TAG"].**\n']);
    s.destroy();
    const b = await node('hostile_l2');
    assert.notEqual(await b.net.connect(a.net.name), null);
  });

  it('closes a connection that sends bad packets, and only that one', async () => {
    const a = await node('hostile_c');
    const cases: [string, Buffer, RegExp | null][] = [
      ['not 131', Buffer.from([112, 200, 1, 2]), /^\*\* Got message from incompatible erlang on channel \d+\n$/],
      [
        'corrupt term',
        Buffer.from([112, 131, 104, 5, 97]),
        /^hostile_c@localhost got a corrupted external term from evil\d@localhost on distribution channel \d+\n<<\.\.\.,104,5,97>>\nATOM_CACHE_REF translations: none$/,
      ],
      ['not a control tuple', Buffer.from([112, 131, 100, 0, 1, 120]), /^Invalid distribution message: x$/],
      ['too short', Buffer.from([112]), null],
    ];
    let i = 0;
    for (const [what, body, text] of cases) {
      const before = a.logs.length;
      const { sock } = await rawPeer(a.net, `evil${i++}@localhost`);
      sock.write(framePacket(4, body));
      await closed(sock);
      const logged = a.logs.slice(before);
      if (text === null) assert.deepEqual(logged, [], what);
      else assert.match(logged.join(''), text, what);
    }
    // A huge announced length closes too.
    const { sock } = await rawPeer(a.net, 'evilbig@localhost');
    sock.write(Buffer.from([0xff, 0xff, 0xff, 0xff, 1]));
    await closed(sock);
    const b = await node('hostile_c2');
    assert.notEqual(await b.net.connect(a.net.name), null);
  });

  it('lives through bounded random garbage, before and after the handshake', async () => {
    const a = await node('fuzzed');
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => rnd(256)));
    // A valid-looking start (pass-through, version, a tuple tag) followed by noise.
    const framed = () => framePacket(4, Buffer.concat([Buffer.from([112, 131, 104, rnd(4)]), bytes(rnd(40))]));
    for (let i = 0; i < 40; i++) {
      const s = net.connect({ host: '127.0.0.1', port: a.net.listenPort });
      s.on('error', () => {});
      s.end(i % 2 === 0 ? bytes(1 + rnd(64)) : framePacket(2, Buffer.concat([Buffer.from([78]), bytes(rnd(30))])));
    }
    for (let i = 0; i < 20; i++) {
      const { sock } = await rawPeer(a.net, `fuzz${i}@localhost`);
      sock.on('error', () => {});
      for (let k = 0; k < 5; k++) sock.write(framed());
      sock.destroy();
    }
    const b = await node('fuzzed2');
    assert.notEqual(await b.net.connect(a.net.name), null);
  });

  it('a wrong digest from a raw initiator is refused with the report', async () => {
    const a = await node('hostile_d');
    const sock = net.connect({ host: '127.0.0.1', port: a.net.listenPort });
    await new Promise((r) => sock.once('connect', r));
    const hs = new HandshakeSocket(sock, 5000);
    const r = await initiate(
      hs,
      { ourName: 'liar@localhost', ourFlags: ourFlags(false), creation: 9, cookieFor: () => 'not-it', log: () => {} },
      a.net.name.name,
    );
    // The acceptor closes right after our reply only when the digest was wrong: the initiator can tell.
    assert.deepEqual(r, { kind: 'failed', reason: 'cookie_refused' });
    assert.deepEqual(a.logs, ['** Connection attempt from node liar@localhost rejected. Invalid challenge reply. **\n']);
    void genDigest;
  });
});
