// What logger and error_logger print (test/erl/cases/logger_module.erl checks
// the rest): the same -eval script runs under bin/erlts and real erl, and the
// outputs must match once timestamps and pids are replaced by placeholders.
// erl's default handler writes from its own process, a moment after the call
// returns; each step therefore waits a little before its result is printed,
// so that both orders agree.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NO_ERL } from '../dist/helpers.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const STEPS = [
  'logger:error("hello ~p~n", [x])',
  'logger:warning("w")',
  'logger:notice("n ~p", [1])',
  'logger:info("not at notice")',
  'logger:debug("not at notice")',
  'logger:emergency("e")',
  'logger:alert("a")',
  'logger:critical("c")',
  'logger:error(#{a => 1, b => "str", c => [1,2]})',
  'logger:error([{a, 1}, b, {"s", {x, y}}])',
  'logger:error(#{label => l, report => [{k, v}]})',
  'logger:error("x", [], #{meta => 1})',
  'logger:error("plain ~p")',
  'logger:error(<<"bin">>)',
  'logger:error("a~nb")',
  'logger:error([a, b])',
  'logger:error("~p ~p", [1])',
  'logger:log(error, "lg ~p", [a])',
  'logger:log(warning, "lg")',
  'logger:error(atom_format, [])',
  'logger:error("lat ~ts", [[104, 233, 945]])',
  'logger:error(fun(X) -> {"lazy ~p", [X]} end, 42)',
  'logger:error(fun(_) -> ignore end, 42)',
  'logger:error(#{a => 1}, #{report_cb => fun(R) -> {"cb ~p", [R]} end})',
  'logger:error(#{a => 1}, #{report_cb => fun(_) -> bad end})',
  'logger:error(#{a => 1}, #{report_cb => fun(R, _) -> io_lib:format("cb2 ~p", [R]) end})',
  'logger:log(error, "~p", [dropped], #{domain => [foo]})',
  'logger:log(error, "~p", [kept], #{domain => [otp]})',
  'logger:error("t", [], #{logger_formatter => #{title => "CUSTOM REPORT"}})',
  'logger:notice("n", [], #{error_logger => #{tag => info_msg}})',
  'logger:error("~p", [{a_long_term, lists:seq(1, 40), "with a string", #{k => v}}])',
  'error_logger:error_msg("em ~p~n", [1])',
  'error_logger:error_msg("em2")',
  'error_logger:error_msg("~p ~p", [1])',
  'error_logger:error_msg(foo)',
  'error_logger:warning_msg("wm~n")',
  'error_logger:info_msg("im~n")',
  'error_logger:error_report([{a, 1}, b])',
  'error_logger:error_report(#{a => 1})',
  'error_logger:error_report("a string")',
  'error_logger:error_report({x, y})',
  'error_logger:info_report([{a, 1}])',
  'error_logger:warning_report("string")',
  'error_logger:error_report(my_type, [{a, 1}])',
  'error_logger:format("fmt ~p~n", [z])',
  'logger:set_primary_config(level, info)',
  'logger:info("info now")',
  'logger:debug("not yet")',
  'spawn(fun() -> 1 / 0 end)',
  'logger:set_primary_config(level, error)',
  'logger:warning("below error")',
  'error_logger:info_msg("below error")',
  'logger:error("at error")',
  'logger:set_primary_config(level, none)',
  'logger:emergency("gone")',
  'error_logger:error_msg("gone")',
  'spawn(fun() -> 1 / 0 end)',
  'proc_lib:spawn(fun() -> exit(boom) end)',
  'logger:set_primary_config(level, notice)',
  'logger:set_module_level(erl_eval, error)',
  'logger:notice("module level does not apply without mfa")',
  'logger:notice("below its module level", [], #{mfa => {erl_eval, f, 0}})',
  'logger:notice("back")',
  'logger:set_handler_config(default, level, warning)',
  'logger:notice("below the handler level")',
  'logger:warning("at the handler level")',
  'logger:set_handler_config(default, level, all)',
  'logger:add_handler_filter(default, nowarn, {fun logger_filters:level/2, {stop, eq, warning}})',
  'logger:warning("stopped by a handler filter")',
  'logger:error("passed by it")',
  'logger:remove_handler_filter(default, nowarn)',
  'logger:add_primary_filter(rw, {fun(E, _) -> E#{msg => {string, "rewritten"}} end, x})',
  'logger:error("original")',
  'logger:remove_primary_filter(rw)',
  'logger:add_primary_filter(bad, {fun(_, _) -> erlang:error(oops) end, x})',
  'logger:error("after a failing filter")',
  'logger:get_primary_config()',
  'logger:update_formatter_config(default, #{single_line => true})',
  'logger:error("a~nb  ~p", [#{a => [1,2], b => "s", c => lists:seq(1, 30)}])',
  'logger:error(#{k => v, l => [1,2]})',
  'logger:error("~p ~p", [#{a => 1}])',
  'logger:update_formatter_config(default, legacy_header, false)',
  'logger:error("   trimmed  ~n~n")',
  'logger:notice("n", [], #{error_logger => #{tag => info_msg}})',
  'logger:update_formatter_config(default, #{single_line => false})',
  'logger:error("a~nb ~p", [lists:seq(1, 30)])',
  'logger:update_formatter_config(default, #{template => [level, " [", mfa, "] ", {pid, ["<", pid, ">"], ["nopid"]}, " ", msg, "\\n"]})',
  'logger:error("x", [], #{mfa => {m, f, 1}})',
  'logger:error("y", [], #{mfa => {m, f, [a]}, pid => x})',
  'logger:error("z", [], #{mfa => "str", pid => {a, "b"}})',
  'logger:update_formatter_config(default, template, [level, " ", {pid, ["<", pid, ">"], "nopid"}, msg])',
  'logger:update_formatter_config(default, #{template => [time, " ", level, ": ", msg, "\\n"], time_offset => "Z"})',
  'logger:error("utc")',
  'logger:set_handler_config(default, formatter, {logger_formatter, #{bad => 1}})',
  'logger:update_formatter_config(default, x)',
];

/**
 * One -eval expression: each step, then its result. erl's handler writes a
 * moment after the call returns: logger_std_h:filesync/1 waits until it has
 * (erlts writes at once and has no logger_std_h, hence the catch), and a
 * short pause covers a busy machine.
 */
function script(): string {
  const body = STEPS.map((s, i) => `R${i} = (${s}), catch logger_std_h:filesync(default), timer:sleep(20), io:format("~p => ~p~n", [${i}, R${i}])`);
  return body.join(',\n') + ',\nhalt().';
}

/** stdout and stderr apart: their interleaving in one pipe is down to timing. */
function run(cmd: string): Promise<{ out: string; err: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'erltslog-'));
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: dir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  delete env.ERL_FLAGS;
  delete env.ERL_AFLAGS;
  delete env.ERL_ZFLAGS;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, ['-noshell', '-eval', script()], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      rmSync(dir, { recursive: true, force: true });
      resolve({ out: Buffer.concat(out).toString('latin1'), err: Buffer.concat(err).toString('latin1') });
    });
  });
}

/** Times and pids differ from run to run; funs are numbered by each compiler. */
function normalise(s: string): string {
  return s
    .replace(/\d{1,2}-[A-Z][a-z]{2}-\d{4}::\d\d:\d\d:\d\d\.\d{6}/g, '<TIME>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(Z|[+-]\d\d:\d\d)/g, '<RFC3339>')
    .replace(/<\d+\.\d+\.\d+>/g, '<PID>')
    .replace(/#Fun<erl_eval\.[\d.]+>/g, '#Fun<erl_eval>');
}

/**
 * erl prints a removed filter's notice with erlang:display/1 from inside
 * its logger, so where it lands among the lines after it is down to timing:
 * both must print it once, and the rest must agree line for line.
 */
function withoutDisplayed(s: string): { rest: string; displayed: string[] } {
  const displayed = s.match(/^\{removed_failing_filter,.*\r\n/gm) ?? [];
  return { rest: s.replace(/^\{removed_failing_filter,.*\r\n/gm, ''), displayed };
}

test('logger and error_logger print what erl prints', { skip: NO_ERL, timeout: 120_000 }, async () => {
  const [ours, theirs] = await Promise.all([run(`${repoRoot}bin/erlts`), run('erl')]);
  const o = withoutDisplayed(normalise(ours.out));
  const t = withoutDisplayed(normalise(theirs.out));
  assert.deepEqual(o.displayed, t.displayed);
  assert.equal(o.rest, t.rest);
  assert.equal(ours.err, theirs.err);
});
