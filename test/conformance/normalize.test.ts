import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, renderTty } from './normalize.js';
import { keyLinesInOrder } from './judge.js';
import { CaseScheduler } from './scheduler.js';

describe('normalize', () => {
  it('numbers pids, refs and ports by first appearance', () => {
    assert.equal(normalize('<0.90.0> <9138.97.0> <0.90.0> #Ref<0.1.2.3> #Port<0.5>'), '<0.P1> <N.P2> <0.P1> #Ref<R1> #Port<T1>');
  });
  it('hides funs, timestamps, versions, hosts and temp dirs', () => {
    const input =
      "#Fun<erl_eval.42.3316493> =ERROR REPORT==== 24-Nov-2026::13:45:52.673392 === Eshell V13.1.5 'a@127.0.0.1' x@vm nonode@nohost /tmp/erltscase-AbC123/work";
    assert.equal(normalize(input), "#Fun<erl_eval.F> =ERROR REPORT==== <TIME> === Eshell V<VSN> 'a@HOST' x@HOST nonode@nohost $T/work");
  });
  it('keeps \\r\\n unless asked to fold it', () => {
    assert.equal(normalize('a\r\n'), 'a\r\n');
    assert.equal(normalize('a\r\n', { foldCrlf: true }), 'a\n');
  });
  it('replays \\r, \\b and BEL for tty cases', () => {
    assert.equal(renderTty('1> \x07\b\b\b2> ok\r\nabc\rX'), '2> ok\nXbc');
  });
});

describe('keyLinesInOrder', () => {
  it('needs every key line, in order', () => {
    assert.equal(keyLinesInOrder('a\nb\nc', ['a', 'c']), true);
    assert.equal(keyLinesInOrder('a\nb\nc', ['c', 'a']), false);
  });
});

describe('CaseScheduler', () => {
  it('never runs an exclusive task beside another', async () => {
    const scheduler = new CaseScheduler(2);
    let running = 0;
    let exclusiveOverlap = false;
    const task = (alone: boolean) =>
      scheduler.run(alone, async () => {
        running++;
        if (alone && running > 1) exclusiveOverlap = true;
        await new Promise((r) => setTimeout(r, 5));
        running--;
      });
    await Promise.all([task(false), task(true), task(false), task(true), task(false)]);
    assert.equal(exclusiveOverlap, false);
  });
});
