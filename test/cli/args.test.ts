import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseErlArgs, type ErlArgs } from '../../src/cli/args.js';

function parsed(...argv: string[]): ErlArgs {
  const outcome = parseErlArgs(argv);
  assert.ok(outcome.ok, 'expected the arguments to be accepted');
  return outcome.args;
}

describe('parseErlArgs', () => {
  it('reads node name, cookie and shell switches', () => {
    const args = parsed('-sname', 'goldserver@localhost', '-setcookie', 'goldcookie', '-noshell', '-hidden');
    assert.deepEqual(args.nodeName, { domain: 'shortnames', spec: 'goldserver@localhost' });
    assert.equal(args.setCookie, 'goldcookie');
    assert.equal(args.noshell, true);
    assert.equal(args.hidden, true);
  });

  it('keeps -eval, -s and -run in command-line order (case 315)', () => {
    const args = parsed('-noshell', '-eval', 'io:format("first~n")', '-eval', 'io:format("second~n")', '-run', 'io', 'format', 'third~n', '-s', 'init', 'stop');
    assert.deepEqual(args.startup, [
      { kind: 'eval', expression: 'io:format("first~n")' },
      { kind: 'eval', expression: 'io:format("second~n")' },
      { kind: 'run', module: 'io', func: 'format', args: ['third~n'] },
      { kind: 's', module: 'init', func: 'stop', args: [] },
    ]);
  });

  it('defaults -s M to M:start()', () => {
    assert.deepEqual(parsed('-s', 'mymod').startup, [{ kind: 's', module: 'mymod', func: 'start', args: [] }]);
  });

  it('keeps user flags and plain arguments as init sees them', () => {
    const args = parsed('plainA', '-noshell', '-foo', 'a', '+S', '2', 'b', '-bar', '--', 'p2', 'p3', '-baz', 'q', '-extra', '-x', 'y');
    assert.deepEqual(args.plain, ['plainA', 'p2', 'p3', '-x', 'y']);
    assert.deepEqual(args.arguments, [
      { flag: 'noshell', values: [] },
      { flag: 'foo', values: ['a', 'b'] },
      { flag: 'bar', values: [] },
      { flag: 'baz', values: ['q'] },
    ]);
    assert.deepEqual(args.emulatorFlags, ['+S', '2']);
  });

  it('collects code paths, application parameters and -connect_all', () => {
    const args = parsed('-pa', '/a', '/b', '-pz', '/c', '-kernel', 'net_ticktime', '20', '-connect_all', 'false', '-remsh', 'x@h');
    assert.deepEqual(args.pathsFront, ['/a', '/b']);
    assert.deepEqual(args.pathsBack, ['/c']);
    assert.deepEqual(args.appParameters, [{ app: 'kernel', key: 'net_ticktime', value: '20' }]);
    assert.equal(args.connectAll, false);
    assert.equal(args.remsh, 'x@h');
  });

  it('prefers -sname over -name and notes a repeated -sname', () => {
    assert.deepEqual(parsed('-name', 'y@127.0.0.1', '-sname', 'x@localhost').nodeName, { domain: 'shortnames', spec: 'x@localhost' });
    const twice = parsed('-sname', 'a', '-sname', 'b');
    assert.equal(twice.nodeName?.spec, 'a');
    assert.equal(twice.repeatedNameFlag, 'sname');
  });

  it('accepts GNU spellings', () => {
    const args = parsed('--sname=x', '--setcookie', 'c', '--eval', 'ok.', '--noshell', '--help');
    assert.deepEqual(args.nodeName, { domain: 'shortnames', spec: 'x' });
    assert.equal(args.setCookie, 'c');
    assert.equal(args.noshell, true);
    assert.equal(args.help, true);
    assert.deepEqual(args.startup, [{ kind: 'eval', expression: 'ok.' }]);
  });

  it('keeps unknown --words as erl does', () => {
    assert.deepEqual(parsed('--foo', 'bar').arguments, [{ flag: '-foo', values: ['bar'] }]);
  });

  it('answers --help and --version itself, and keeps -help as a user flag as erl does', () => {
    assert.equal(parsed('--version').gnuVersion, true);
    assert.equal(parsed('--version').version, false);
    const dashHelp = parsed('-help');
    assert.equal(dashHelp.help, false);
    assert.deepEqual(dashHelp.arguments, [{ flag: 'help', values: [] }]);
  });

  it('reads -version, -detached and -noinput', () => {
    assert.equal(parsed('-version').version, true);
    const detached = parsed('-detached');
    assert.equal(detached.detached && detached.noshell && detached.noinput, true);
  });

  it("answers -sname without a value like erl's usage error", () => {
    const outcome = parseErlArgs(['-sname']);
    assert.ok(!outcome.ok);
    assert.equal(outcome.failure.stream, 'stderr');
    assert.equal(outcome.failure.exitCode, 1);
    assert.match(outcome.failure.text, /^Missing argument\(s\) for '-sname'\.\nUsage: erl \[-version\] /);
  });

  it('refuses an emulator flag missing its value', () => {
    const outcome = parseErlArgs(['+S']);
    assert.ok(!outcome.ok);
    assert.match(outcome.failure.text, /^Missing argument\(s\) for '\+S'\./);
  });

  it('crashes like init when -eval gets two words', () => {
    const outcome = parseErlArgs(['-eval', 'ok.', 'plain1']);
    assert.ok(!outcome.ok);
    assert.equal(
      outcome.failure.text,
      'System process <0.0.0> terminated: {function_clause,[{init,prepare_run_args,[{eval,[<<"ok.">>,<<"plain1">>]}],[]},{init,map,2,[]},{init,boot,1,[]}]}\r\n\r\nCrash dump is being written to: erl_crash.dump...done\r\n',
    );
  });

  it('ignores -eval and -s without values', () => {
    assert.deepEqual(parsed('-noshell', '-eval', '-s').startup, []);
  });
});
