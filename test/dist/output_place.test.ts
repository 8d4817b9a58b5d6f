// Where output lands when a remote node asks a library server to start a
// process: real erl calls timer:apply_after/4 and apply_interval/4 on the
// target with rpc (the function runs from the timer server, whose group
// leader is the target's own, so it prints on the target; the interval dies
// with the rpc process that asked for it) and spawns on an unreachable node
// from the target (the warning goes to the caller's terminal, where the
// group leader is). The target is real erl first (the oracle), then erlts;
// both nodes' output must be the same.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EpmdServer } from '../../src/distribution/epmd/server.js';
import { NO_ERL, freePort, runErl, runErlts, waitFor } from './helpers.js';

const TARGET = `io:format("up~n"), receive after 4000 -> ok end, halt().`;

const CALLER = `
T = 'target@localhost',
pong = net_adm:ping(T),
io:format("~p~n", [element(1, rpc:call(T, timer, apply_after, [200, io, format, ["apply_after ran~n"]]))]),
{ok, _} = rpc:call(T, timer, apply_interval, [100, io, format, ["interval ran~n"]]),
P = rpc:call(T, erlang, spawn, [nosuch@localhost, io, format, ["x~n"]]),
io:format("spawned ~p~n", [is_pid(P)]),
timer:sleep(1000),
halt().
`;

function clean(text: string): string {
  return text.replace(/^=(WARNING|ERROR) REPORT==== .* ===$/gm, '=$1 REPORT==== T ===');
}

async function run(target: 'erl' | 'erlts'): Promise<[string, string]> {
  const port = await freePort();
  const epmd = new EpmdServer();
  await epmd.listen(port);
  try {
    const args = ['-sname', 'target@localhost', '-setcookie', 'outcookie', '-start_epmd', 'false'];
    const t = target === 'erl' ? runErl(args, TARGET, port) : runErlts(args, TARGET, port);
    assert.ok(await waitFor(() => t.output().includes('up\n'), 20000, 50), t.output());
    const c = runErl(['-sname', 'caller@localhost', '-setcookie', 'outcookie', '-start_epmd', 'false'], CALLER, port);
    assert.equal(await c.exited, 0, c.output());
    // The target halts by itself (a signal would add erl's SIGTERM report).
    assert.equal(await t.exited, 0, t.output());
    return [clean(t.output()), clean(c.output())];
  } finally {
    epmd.close();
  }
}

describe('output of processes started for a remote caller', { skip: NO_ERL }, () => {
  it('prints on the node where erl prints it', async () => {
    const oracle = await run('erl');
    // The oracle itself: apply_after's line on the target, the warning on the caller.
    assert.equal(oracle[0], 'up\napply_after ran\n');
    assert.match(oracle[1], /=WARNING REPORT==== T ===\n\*\* Can not start io:format/);
    const ours = await run('erlts');
    assert.equal(ours[0], oracle[0]);
    assert.equal(ours[1], oracle[1]);
  });
});
