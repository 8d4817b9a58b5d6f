import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { epmdAnswers, killEpmd, names, portPlease, registerNode } from '../../src/distribution/epmd/client.js';
import { EpmdServer } from '../../src/distribution/epmd/server.js';
import { ensureEpmd } from '../../src/distribution/epmd/launch.js';
import {
  NODE_TYPE_NORMAL,
  alive2Request,
  parseAlive2Body,
  parsePort2Response,
  port2Response,
  epmdPortFromEnv,
  type NodeEntry,
} from '../../src/distribution/epmd/protocol.js';
import { NO_EPMD, NO_ERL, freePort, runErl, startRealEpmd, waitFor } from './helpers.js';

const entry = (name: string, port: number): NodeEntry => ({
  name,
  port,
  nodeType: NODE_TYPE_NORMAL,
  protocol: 0,
  highestVersion: 6,
  lowestVersion: 6,
  extra: new Uint8Array(0),
});

describe('EPMD protocol', () => {
  it('encodes ALIVE2_REQ as OTP does and parses it back', () => {
    const req = alive2Request(entry('ab', 0x1234));
    assert.deepEqual([...req], [0, 15, 120, 0x12, 0x34, 77, 0, 0, 6, 0, 6, 0, 2, 97, 98, 0, 0]);
    assert.deepEqual(parseAlive2Body(req.subarray(3)), entry('ab', 0x1234));
    assert.equal(parseAlive2Body(req.subarray(3, 10)), null);
  });

  it('round-trips PORT2_RESP, incomplete and not found included', () => {
    const b = port2Response(entry('xy', 4000));
    assert.deepEqual(parsePort2Response(b), { kind: 'found', entry: entry('xy', 4000) });
    assert.deepEqual(parsePort2Response(b.subarray(0, 5)), { kind: 'more' });
    assert.deepEqual(parsePort2Response(Buffer.from([119, 1])), { kind: 'not_found' });
  });

  it('reads ERL_EPMD_PORT', () => {
    assert.equal(epmdPortFromEnv({ ERL_EPMD_PORT: '14555' }), 14555);
    assert.equal(epmdPortFromEnv({ ERL_EPMD_PORT: 'x' }), 4369);
    assert.equal(epmdPortFromEnv({}), 4369);
  });
});

/** The same client checks against any EPMD listening on `port`. */
function clientBehaviour(port: () => number): void {
  it('registers, keeps the registration while the socket is open, and forgets it on close', async () => {
    const addr = { host: '127.0.0.1', port: port() };
    const r = await registerNode(addr, entry('epmdclient', 40001));
    assert.ok(r.ok);
    assert.ok(r.registration.creation > 3, `creation ${r.registration.creation}`);
    const found = await portPlease(addr, 'epmdclient');
    assert.equal(found?.port, 40001);
    assert.equal(found?.highestVersion, 6);
    const listed = await names(addr);
    assert.equal(listed.epmdPort, addr.port);
    assert.deepEqual(
      listed.nodes.filter((n) => n.name === 'epmdclient'),
      [{ name: 'epmdclient', port: 40001 }],
    );
    const again = await registerNode(addr, entry('epmdclient', 40002));
    assert.deepEqual(again, { ok: false, reason: 'taken' });
    r.registration.close();
    assert.ok(await waitFor(async () => (await portPlease(addr, 'epmdclient')) === null, 3000));
  });

  it('answers not found for an unknown name', async () => {
    assert.equal(await portPlease({ host: '127.0.0.1', port: port() }, 'nosuchnode'), null);
  });
}

describe('EPMD client against real epmd', { skip: NO_EPMD }, () => {
  let port = 0;
  let epmd: ChildProcess;
  before(async () => {
    port = await freePort();
    epmd = await startRealEpmd(port);
  });
  after(() => {
    epmd.kill();
  });
  clientBehaviour(() => port);
});

describe('EPMD client against our EPMD server', () => {
  let port = 0;
  let server: EpmdServer;
  before(async () => {
    port = await freePort();
    server = new EpmdServer();
    await server.listen(port);
  });
  after(() => server.close());
  clientBehaviour(() => port);

  it('shrugs off garbage and keeps serving', async () => {
    const { connect } = await import('node:net');
    for (const junk of [
      [0xff, 0xff, 1],
      [0, 1, 0x7f],
      [0, 0],
      [0, 5, 120, 1],
      [0, 3, 122],
    ]) {
      const s = connect({ host: '127.0.0.1', port });
      s.on('error', () => {});
      s.end(Buffer.from(junk));
    }
    assert.equal(await portPlease({ host: '127.0.0.1', port }, 'nobody'), null);
    assert.equal((await names({ host: '127.0.0.1', port })).epmdPort, port);
  });

  it('refuses a second listener on the same port (never two EPMDs)', async () => {
    await assert.rejects(new EpmdServer().listen(port), /EADDRINUSE/);
  });

  it('serves real erl: it registers, and net_adm:names/0 lists it with our own registrations', { skip: NO_ERL }, async () => {
    const r = await registerNode({ host: '127.0.0.1', port }, entry('tsside', 40100));
    assert.ok(r.ok);
    const erl = runErl(['-sname', 'erlside@localhost', '-setcookie', 'c'], 'io:format("~p~n", [lists:sort(element(2, net_adm:names()))]), halt().', port);
    assert.equal(await erl.exited, 0, erl.output());
    assert.equal(
      erl
        .output()
        .trim()
        .replace(/\d{2,}/g, 'P'),
      '[{"erlside",P},{"tsside",P}]',
    );
    r.registration.close();
  });
});

describe('EPMD restarts', () => {
  it('a registration lost with its EPMD comes back within about 2 s, keeping its creation', async () => {
    const port = await freePort();
    const addr = { host: '127.0.0.1', port };
    const first = new EpmdServer();
    await first.listen(port);
    const r = await registerNode(addr, entry('comeback', 40300));
    assert.ok(r.ok);
    first.close();
    const second = new EpmdServer();
    await second.listen(port);
    try {
      assert.ok(await waitFor(async () => (await portPlease(addr, 'comeback').catch(() => null))?.port === 40300, 5000, 200));
      assert.ok(r.registration.creation > 3);
    } finally {
      r.registration.close();
      second.close();
    }
  });
});

describe('starting an EPMD when none answers', () => {
  it('starts our detached EPMD (ERLTS_EPMD=builtin) and uses it; KILL_REQ stops it', async () => {
    const port = await freePort();
    const addr = { host: '127.0.0.1', port };
    assert.equal(await epmdAnswers(addr), false);
    assert.equal(await ensureEpmd(addr, { ...process.env, ERLTS_EPMD: 'builtin' }), true);
    const r = await registerNode(addr, entry('detached', 40200));
    assert.ok(r.ok);
    assert.equal((await portPlease(addr, 'detached'))?.port, 40200);
    // A second ensureEpmd finds the running one and starts nothing.
    assert.equal(await ensureEpmd(addr, { ...process.env, ERLTS_EPMD: 'builtin' }), true);
    assert.equal(await killEpmd(addr), false, 'refuses to die while a node is registered');
    r.registration.close();
    await waitFor(async () => (await portPlease(addr, 'detached')) === null, 3000);
    assert.equal(await killEpmd(addr), true);
    assert.ok(await waitFor(async () => !(await epmdAnswers(addr, 200)), 3000));
  });
});
