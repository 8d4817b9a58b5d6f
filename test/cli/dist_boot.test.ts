// erlts -sname/-name through the whole CLI: registration before the prompt,
// erl's words and status when the name is taken, a real erl connecting.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';
import { EpmdServer } from '../../src/distribution/epmd/server.js';
import { registerNode, portPlease } from '../../src/distribution/epmd/client.js';
import { formatDistReport } from '../../src/cli/dist_boot.js';
import { NO_ERL, freePort, runErl, waitFor } from '../dist/helpers.js';

const ERLTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/erlts');

let epmdPort = 0;
let epmd: EpmdServer;
before(async () => {
  epmdPort = await freePort();
  epmd = new EpmdServer();
  await epmd.listen(epmdPort);
});
after(() => epmd.close());

/** Like spawnSync, but the event loop (our EPMD is in this process) keeps running. */
function run(cmd: string, args: string[], input: string): Promise<{ stdout: string; stderr: string; status: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d.toString('latin1')));
    child.stderr.on('data', (d) => (stderr += d.toString('latin1')));
    child.on('exit', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end(input);
  });
}

function env(): NodeJS.ProcessEnv {
  return { ...process.env, ERL_EPMD_PORT: String(epmdPort), HOME: path.dirname(ERLTS) };
}

describe('erlts -sname', () => {
  it("prints erl's line and exits 1 when the name is taken (case 310)", async () => {
    const r = await registerNode(
      { host: '127.0.0.1', port: epmdPort },
      {
        name: 'bootTaken',
        port: 1,
        nodeType: 77,
        protocol: 0,
        highestVersion: 6,
        lowestVersion: 6,
        extra: new Uint8Array(0),
      },
    );
    assert.ok(r.ok);
    const out = await run(process.execPath, [ERLTS, '-sname', 'bootTaken@localhost', '-setcookie', 'c'], 'node().\n');
    assert.equal(out.stderr, "Protocol 'inet_tcp': the name bootTaken@localhost seems to be in use by another Erlang node\r\n");
    assert.equal(out.stdout, '');
    assert.equal(out.status, 1);
    if (NO_ERL === false) {
      const erl = await run('erl', ['-sname', 'bootTaken@localhost', '-setcookie', 'c', '-start_epmd', 'false'], 'node().\n');
      assert.deepEqual([erl.stdout, erl.stderr, erl.status], [out.stdout, out.stderr, out.status]);
    }
    r.registration.close();
  });

  it('registers before the first prompt; real erl connects and sees it, hidden or not', { skip: NO_ERL }, async () => {
    for (const hidden of [false, true]) {
      const name = hidden ? 'bootHid' : 'bootVis';
      const child = spawn(process.execPath, [ERLTS, '-sname', `${name}@localhost`, '-setcookie', 'c', ...(hidden ? ['-hidden'] : [])], {
        env: env(),
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => (out += d));
      assert.ok(await waitFor(() => out.includes(`(${name}@localhost)1> `), 15000), out);
      assert.ok((await portPlease({ host: '127.0.0.1', port: epmdPort }, name)) !== null, 'registered by the time the prompt shows');
      const erl = runErl(
        ['-sname', `erl${name}@localhost`, '-setcookie', 'c'],
        `io:format("~p ~p ~p~n", [net_kernel:connect_node('${name}@localhost'), nodes(), nodes(hidden)]), halt().`,
        epmdPort,
      );
      assert.equal(await erl.exited, 0);
      assert.equal(erl.output(), hidden ? `true [] [${name}@localhost]\n` : `true [${name}@localhost] []\n`);
      child.stdin.end();
      await new Promise((r) => child.on('exit', r));
    }
  });
});

it('formats connection reports like logger', () => {
  const when = new Date(2026, 10, 24, 14, 2, 4, 844);
  assert.equal(formatDistReport('error', '** x **\n', when), '=ERROR REPORT==== 24-Nov-2026::14:02:04.844000 ===\n** x **\n\n');
});
