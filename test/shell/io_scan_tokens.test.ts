// shell.erl's read request, {get_until, unicode, Prompt, erl_scan, tokens,
// [{1,1}, Opts]}, as our io server answers it for a real erl shell running
// on another node: erl_scan's result terms, the rest of the line kept. The
// expected terms are what erl 25 prints with io:format("~w", [R]) for
// {done, R, Rest} = erl_scan:tokens([], Text, {1,1}, [text]) on the same
// text (shell.erl asks for the text option).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanTokensRequest } from '../../src/bifs/io/scan_tokens.js';
import { InputBuffer } from '../../src/bifs/io/user_server.js';
import { Atom, list, type Term } from '../../src/terms/types.js';
import { writeTerm } from '../../src/terms/print/write.js';
import { remshTarget, shellTerminatedText } from '../../src/shell/jobs/remote_job.js';

const XARGS = list([[1, 1], list([Atom.of('text')])]);

function run(lines: string[], eof = false, xargs: Term = XARGS): { reply: string | null; rest: string; done: boolean } {
  const input = new InputBuffer();
  let reply: Term | null = null;
  const req = scanTokensRequest('1> ', xargs, (t) => (reply = t));
  let done = false;
  for (const l of lines) {
    input.push(l);
    done = req.consume(input, false);
    if (done) break;
  }
  if (!done && eof) done = req.consume(input, true);
  return { reply: reply === null ? null : writeTerm(reply), rest: input.takeRest(), done };
}

test('a command over two lines: erl_scan tokens with {Line, Column} locations', () => {
  const r = run(['X = 1 +\n', '  2.0. foo.\n']);
  assert.equal(r.done, true);
  // erl_scan:tokens([], "X = 1 +\n  2.0. foo.\n", {1,1}, [text]).
  assert.equal(
    r.reply,
    "{ok,[{var,[{text,[88]},{location,{1,1}}],'X'},{'=',[{text,[61]},{location,{1,3}}]},{integer,[{text,[49]},{location,{1,5}}],1},{'+',[{text,[43]},{location,{1,7}}]},{float,[{text,[50,46,48]},{location,{2,3}}],2.0},{dot,[{text,[46,32]},{location,{2,6}}]}],{2,8}}",
  );
  assert.equal(r.rest, 'foo.\n');
});

test('strings, chars, atoms and reserved words', () => {
  const r = run(['case "ab" of [$a|_] -> \'x y\'; "" -> ok end.\n']);
  assert.equal(
    r.reply,
    "{ok,[{'case',[{text,[99,97,115,101]},{location,{1,1}}]},{string,[{text,[34,97,98,34]},{location,{1,6}}],[97,98]},{'of',[{text,[111,102]},{location,{1,11}}]},{'[',[{text,[91]},{location,{1,14}}]},{char,[{text,[36,97]},{location,{1,15}}],97},{'|',[{text,[124]},{location,{1,17}}]},{var,[{text,[95]},{location,{1,18}}],'_'},{']',[{text,[93]},{location,{1,19}}]},{'->',[{text,[45,62]},{location,{1,21}}]},{atom,[{text,[39,120,32,121,39]},{location,{1,24}}],'x y'},{';',[{text,[59]},{location,{1,29}}]},{string,[{text,[34,34]},{location,{1,31}}],[]},{'->',[{text,[45,62]},{location,{1,34}}]},{atom,[{text,[111,107]},{location,{1,37}}],ok},{'end',[{text,[101,110,100]},{location,{1,40}}]},{dot,[{text,[46,10]},{location,{1,43}}]}],{2,1}}",
  );
});

test('more input is waited for; the end of input gives eof', () => {
  assert.equal(run(['foo(\n']).done, false);
  assert.equal(run([], true).reply, '{eof,{1,1}}');
});

test('a plain line number as the start location gives line annotations', () => {
  assert.equal(run(['a.\n'], false, list([1])).reply, '{ok,[{atom,1,a},{dot,1}],2}');
});

test("-remsh Name gets the local host; user_drv's words when the shell ends", () => {
  assert.equal(remshTarget('b', 'a@host1'), 'b@host1');
  assert.equal(remshTarget('b@h2', 'a@host1'), 'b@h2');
  assert.equal(shellTerminatedText(Atom.of('noconnection')), '*** ERROR: Shell process terminated! (^G to start new job) ***\n');
  assert.equal(shellTerminatedText(Atom.of('normal')), '*** Shell process terminated! (^G to start new job) ***\n');
});
