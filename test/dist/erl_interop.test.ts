// Handshakes with real Erlang/OTP nodes, both directions, on our own EPMD
// (erl runs with -start_epmd false on this file's random ERL_EPMD_PORT).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Atom, Pid, Ref, type Term } from '../../src/terms/types.js';
import { startDistNet, type StartDistNetOptions } from '../../src/distribution/net.js';
import { portPlease } from '../../src/distribution/epmd/client.js';
import type { DistChannel } from '../../src/distribution/transport.js';
import { NO_ERL, logSink, runErl, waitFor, ownEpmd } from './helpers.js';

const own = ownEpmd();

async function node(name: string, extra: Partial<StartDistNetOptions> = {}) {
  const sink = logSink();
  const n = await startDistNet({
    name: `${name}@localhost`,
    longNames: false,
    cookie: 'interop',
    epmdPort: own.port,
    startEpmd: false,
    log: sink.log,
    ...extra,
  });
  own.nets.push(n);
  const channels: DistChannel[] = [];
  const controls: Term[] = [];
  n.onChannel = (ch) => {
    channels.push(ch);
    ch.onControl = (c) => controls.push(c);
  };
  return { net: n, logs: sink.texts, channels, controls };
}

async function registered(alive: string): Promise<boolean> {
  return waitFor(async () => (await portPlease({ host: '127.0.0.1', port: own.port }, alive)) !== null, 15000, 100);
}

describe('with real erl', { skip: NO_ERL }, () => {
  it('real erl connects to us: connect_node is true, nodes() lists us, its first messages decode', async () => {
    const ts = await node('ts_in');
    const erl = runErl(
      ['-sname', 'erl_in@localhost', '-setcookie', 'interop'],
      'io:format("~p~n", [net_kernel:connect_node(ts_in@localhost)]), io:format("~p~n", [nodes()]), timer:sleep(300), halt().',
      own.port,
    );
    assert.equal(await erl.exited, 0, erl.output());
    assert.equal(erl.output(), 'true\n[ts_in@localhost]\n');
    assert.equal(ts.channels.length, 1);
    const ch = ts.channels[0]!;
    assert.equal(ch.peer, Atom.of('erl_in@localhost'));
    assert.ok(ch.peerCreation > 3);
    assert.equal(ch.hidden, false);
    // Right after the handshake erl asks rex for its features: {6, Pid, '', rex}.
    assert.ok(ts.controls.some((c) => Array.isArray(c) && c[0] === 6 && c[3] === Atom.of('rex') && c[1] instanceof Pid && (c[1] as Pid).node === ch.peer));
    assert.ok(await waitFor(() => ts.net.channel(ch.peer) === undefined), 'the channel closes when erl halts');
  });

  it('we connect to real erl: a message with our pid and a ref arrives and prints as erl prints them', async () => {
    const ts = await node('ts_out');
    const erl = runErl(
      ['-sname', 'erl_out@localhost', '-setcookie', 'interop'],
      'register(tester, self()), io:format("ready~n"), receive {hello, P, R} -> io:format("~p ~p ~p ~p~n", [node(P), P, R, nodes()]) after 10000 -> io:format("timeout~n") end, halt().',
      own.port,
    );
    assert.ok(await waitFor(() => erl.output().startsWith('ready\n'), 15000, 50), erl.output());
    const ch = await ts.net.connect(Atom.of('erl_out@localhost'));
    assert.ok(ch !== null, erl.output());
    const me = new Pid(ts.net.name, 95, 0, ts.net.creation);
    // Ref words in wire order: erl prints them most significant first.
    ch.send([6, me, Atom.of(''), Atom.of('tester')], [Atom.of('hello'), me, new Ref(ts.net.name, [1, 2, 3], ts.net.creation)]);
    assert.equal(await erl.exited, 0);
    assert.match(erl.output(), /^ready\nts_out@localhost <(\d+)\.95\.0> #Ref<\1\.3\.2\.1> \[ts_out@localhost\]\n$/);
  });

  it('wrong cookie, erl dialling: false on erl, our report on us', async () => {
    const ts = await node('ts_ck1', { cookie: 'right' });
    const erl = runErl(
      ['-sname', 'erl_ck1@localhost', '-setcookie', 'wrong'],
      'io:format("~p~n", [net_kernel:connect_node(ts_ck1@localhost)]), halt().',
      own.port,
    );
    assert.equal(await erl.exited, 0);
    assert.equal(erl.output(), 'false\n');
    assert.deepEqual(ts.logs, ['** Connection attempt from node erl_ck1@localhost rejected. Invalid challenge reply. **\n']);
    assert.equal(ts.channels.length, 0);
  });

  it('wrong cookie, us dialling: null for us, erl logs its report', async () => {
    const ts = await node('ts_ck2', { cookie: 'right' });
    const erl = runErl(['-sname', 'erl_ck2@localhost', '-setcookie', 'wrong'], 'timer:sleep(4000), io:format("~p~n", [nodes()]), halt().', own.port);
    assert.ok(await registered('erl_ck2'));
    assert.equal(await ts.net.connect(Atom.of('erl_ck2@localhost')), null);
    assert.equal(await erl.exited, 0);
    // While erl's boot is not quite over its logger may write \r\n, or print
    // the one report twice (same timestamp: two handlers); both happen.
    assert.match(
      erl.output().replace(/\r\n/g, '\n'),
      /^(=ERROR REPORT==== .* ===\n\*\* Connection attempt from node ts_ck2@localhost rejected\. Invalid challenge reply\. \*\*\n\n)+\[\]\n$/,
    );
    assert.deepEqual(ts.logs, []);
  });

  it("ticks keep an idle connection up past erl's net_ticktime; a silent node is dropped by erl", async () => {
    const ticking = await node('ts_tick', { netTicktime: 2 });
    const silent = await node('ts_mute', { netTicktime: 3600 });
    const erl = runErl(
      ['-sname', 'erl_tick@localhost', '-setcookie', 'interop', '-kernel', 'net_ticktime', '2'],
      'true = net_kernel:connect_node(ts_tick@localhost), true = net_kernel:connect_node(ts_mute@localhost), timer:sleep(5000), io:format("~p~n", [nodes()]), halt().',
      own.port,
    );
    assert.equal(await erl.exited, 0, erl.output());
    assert.match(erl.output(), /\*\* Node ts_mute@localhost not responding \*\*\n\*\* Removing \(timedout\) connection \*\*\n/);
    assert.match(erl.output(), /\n\[ts_tick@localhost\]\n$/);
    assert.deepEqual(ticking.logs, []);
    void silent;
  });

  it("a hidden erlts node is not in erl's nodes() but in nodes(hidden)", async () => {
    await node('ts_hidden', { hidden: true });
    const erl = runErl(
      ['-sname', 'erl_h@localhost', '-setcookie', 'interop'],
      'true = net_kernel:connect_node(ts_hidden@localhost), io:format("~p ~p~n", [nodes(), nodes(hidden)]), halt().',
      own.port,
    );
    assert.equal(await erl.exited, 0, erl.output());
    assert.equal(erl.output(), '[] [ts_hidden@localhost]\n');
  });
});
