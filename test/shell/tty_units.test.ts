// The terminal's pure parts: key decoding, the edit buffer, redraw on a
// simulated screen (long wrapped lines included), completion and its list
// format (checked against real erl 25 output), history settings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyDecoder } from '../../src/shell/terminal/keys.js';
import { EditBuffer } from '../../src/shell/terminal/line_editor_buffer.js';
import { LineRenderer } from '../../src/shell/terminal/render.js';
import { TermWriter } from '../../src/shell/terminal/writer.js';
import { expand, match, type CompletionWorld } from '../../src/shell/terminal/completion.js';
import { formatMatches } from '../../src/shell/terminal/completion_format.js';
import { History } from '../../src/shell/terminal/line_history.js';
import { historySettings } from '../../src/shell/terminal/line_history_file.js';
import { colourLevel } from '../../src/shell/terminal/colour.js';
import { Screen } from './tty_screen.js';

test('key decoder: text, controls, escape sequences, split sequences, UTF-8', () => {
  const d = new KeyDecoder();
  assert.deepEqual(d.feed('ab\x01\x1b[D\x1b[3~\x1bb\x1b[1;5C\r\x7f\t'), [
    { kind: 'text', text: 'ab' },
    { kind: 'ctrl', name: 'a' },
    { kind: 'special', name: 'left' },
    { kind: 'special', name: 'delete' },
    { kind: 'meta', name: 'b' },
    { kind: 'special', name: 'word-right' },
    { kind: 'special', name: 'enter' },
    { kind: 'special', name: 'backspace' },
    { kind: 'special', name: 'tab' },
  ]);
  assert.deepEqual(d.feed('\x1b['), []);
  assert.ok(d.hasPending);
  assert.deepEqual(d.feed('A'), [{ kind: 'special', name: 'up' }]);
  const e = Buffer.from('é', 'utf8');
  assert.deepEqual(d.feed(e.subarray(0, 1)), []);
  assert.deepEqual(d.feed(e.subarray(1)), [{ kind: 'text', text: 'é' }]);
  assert.deepEqual(d.feed('\x1bOH\x1b[4~'), [
    { kind: 'special', name: 'home' },
    { kind: 'special', name: 'end' },
  ]);
});

test('edit buffer: edlin word moves, kills, transpose, yank', () => {
  const b = new EditBuffer();
  b.set('abc def ghi');
  b.wordLeft();
  assert.equal(b.cursor, 8);
  b.wordLeft();
  assert.equal(b.cursor, 4);
  b.wordRight();
  assert.equal(b.cursor, 7);
  b.transpose();
  assert.equal(b.text, 'abc de fghi');
  assert.equal(b.cursor, 8);
  b.killWordBack();
  assert.equal(b.text, 'abc de ghi');
  b.end();
  b.transpose();
  assert.equal(b.text, 'abc de gih');
  b.home();
  b.killToEnd();
  assert.equal(b.text, '');
  b.yank();
  assert.equal(b.text, 'abc de gih');
  b.set('λx');
  b.left();
  b.insert('→');
  assert.equal(b.text, 'λ→x');
});

/** What the screen must show: prompt + text wrapped at the width, cursor after `cursor` characters. */
function expectScreen(screen: Screen, startRow: number, prompt: string, text: string, cursor: number, cols: number): void {
  const all = prompt + text;
  const rows: string[] = [];
  for (let i = 0; i < Math.max(1, all.length); i += cols) rows.push(all.slice(i, i + cols).trimEnd());
  const got = screen.lines().slice(startRow, startRow + rows.length);
  assert.deepEqual(got, rows);
  const p = prompt.length + cursor;
  assert.deepEqual([screen.row - startRow, screen.col], [Math.floor(p / cols), p % cols], `cursor for ${JSON.stringify(all)} at ${cursor}`);
}

test('renderer: random edits of long wrapped lines keep screen and cursor right', () => {
  const cols = 20;
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let round = 0; round < 30; round++) {
    const screen = new Screen(cols);
    const term = new TermWriter((s) => screen.write(s), cols);
    term.write('before\n');
    const r = new LineRenderer(term);
    const b = new EditBuffer();
    const prompt = `${round}> `;
    r.show(prompt, b.chars, b.cursor);
    for (let step = 0; step < 40; step++) {
      switch (rnd(8)) {
        case 0:
        case 1:
          b.insert('abcdefghijklmnopqrstuvwxyz'.slice(0, 1 + rnd(12)));
          break;
        case 2:
          b.left();
          break;
        case 3:
          b.home();
          break;
        case 4:
          b.backspace();
          break;
        case 5:
          b.killToEnd();
          break;
        case 6:
          b.end();
          break;
        case 7:
          b.cursor = rnd(b.chars.length + 1);
          break;
      }
      r.show(prompt, b.chars, b.cursor);
      expectScreen(screen, 1, prompt, b.text, b.cursor, cols);
    }
    // Output from elsewhere: erased, printed, drawn again below.
    r.erase();
    term.write('output line\n');
    r.show(prompt, b.chars, b.cursor);
    assert.equal(screen.lines()[1], 'output line');
    expectScreen(screen, 2, prompt, b.text, b.cursor, cols);
  }
});

const world: CompletionWorld = {
  modules: () => ['lists', 'lib', 'io', 'io_lib', 'maps'],
  exports: (m) =>
    m === 'lists'
      ? [
          ['foldl', 3],
          ['foldr', 3],
          ['foreach', 2],
          ['sort', 1],
          ['sort', 2],
          ['seq', 2],
          ['seq', 3],
          ['reverse', 1],
          ['reverse', 2],
          ['last', 1],
        ]
      : m === 'erlang'
        ? [['self', 0]]
        : null,
  variables: () => ['Abc', 'Abd', 'Xyz'],
  records: () => ['point', 'person'],
};

test('completion follows edlin_expand', () => {
  assert.deepEqual(expand('lis', world), { found: true, add: 'ts:', matches: [] });
  assert.deepEqual(expand('i', world), { found: true, add: 'o', matches: [] });
  assert.deepEqual(
    expand('io', world).matches.map((m) => m.name),
    ['io', 'io_lib'],
  );
  assert.deepEqual(expand('X = lists:sor', world), { found: true, add: 't(', matches: [] });
  assert.deepEqual(expand('lists:la', world), { found: true, add: 'st(', matches: [] });
  assert.deepEqual(expand('erlang:se', world), { found: true, add: 'lf()', matches: [] });
  const fo = expand('lists:fo', world);
  assert.equal(fo.found, true);
  assert.equal(fo.add, '');
  assert.deepEqual(fo.matches, [
    { name: 'foldl', arity: 3 },
    { name: 'foldr', arity: 3 },
    { name: 'foreach', arity: 2 },
  ]);
  assert.equal(expand('lists:', world).found, false);
  assert.equal(expand('lists:', world).matches.length, 10);
  assert.deepEqual(expand('nosuch:f', world), { found: false, add: '', matches: [] });
  assert.deepEqual(expand('', world), { found: false, add: '', matches: [] });
  assert.deepEqual(expand('foo(Xy', world), { found: true, add: 'z', matches: [] });
  assert.deepEqual(
    expand('Ab', world).matches.map((m) => m.name),
    ['Abc', 'Abd'],
  );
  assert.deepEqual(expand('#po', world), { found: true, add: 'int{', matches: [] });
  assert.deepEqual(match('x', [], ':'), { found: false, add: '', matches: [] });
});

test('the list of alternatives is laid out as erl 25 prints it', () => {
  // Captured from erl 25: `lists:fo<Tab>`.
  assert.equal(
    formatMatches([
      { name: 'foreach', arity: 2 },
      { name: 'foldl', arity: 3 },
      { name: 'foldr', arity: 3 },
    ]),
    '\nfoldl/3    foldr/3    foreach/2  \n',
  );
  // `lists:<Tab>`: columns of 15 (module_info is the longest name), five to a row.
  const names = ['all/2', 'any/2', 'append/1', 'append/2', 'concat/1', 'delete/2', 'module_info/0'];
  const alts = names.map((n) => ({ name: n.split('/')[0]!, arity: Number(n.split('/')[1]) }));
  assert.equal(formatMatches(alts), '\nall/2          any/2          append/1       append/2       concat/1       \ndelete/2       module_info/0  \n');
});

test('history: skips blanks and repeats; cursors stop at both ends', () => {
  const h = new History(['a.']);
  h.add('b.');
  h.add('b.');
  h.add('   ');
  assert.deepEqual(h.lines, ['a.', 'b.']);
  const c = h.cursor();
  assert.equal(c.up(), 'b.');
  assert.equal(c.up(), 'a.');
  assert.equal(c.up(), null);
  assert.equal(c.down(), 'b.');
  assert.equal(c.down(), '');
  assert.equal(c.down(), null);
  assert.equal(h.search('a', 1), 0);
});

test('history file: off unless -kernel shell_history enabled or ERLTS_HISTORY=1', () => {
  const none = new Map<string, string>();
  assert.equal(historySettings(none, { HOME: '/h' }).enabled, false);
  assert.equal(historySettings(none, { HOME: '/h', ERLTS_HISTORY: '1' }).enabled, true);
  assert.equal(historySettings(new Map([['shell_history', 'enabled']]), { HOME: '/h' }).enabled, true);
  assert.equal(historySettings(new Map([['shell_history', 'disabled']]), { HOME: '/h', ERLTS_HISTORY: '1' }).enabled, false);
  assert.equal(historySettings(none, { HOME: '/h' }).file, '/h/.cache/erlang-history/erlts-shell-history');
  assert.equal(historySettings(new Map([['shell_history_path', '"/tmp/x"']]), { HOME: '/h' }).file, '/tmp/x/erlts-shell-history');
});

test('colour level: NO_COLOR wins, FORCE_COLOR forces, else only on a terminal', () => {
  assert.equal(colourLevel({ NO_COLOR: '1', FORCE_COLOR: '3' }, true), 0);
  assert.equal(colourLevel({ FORCE_COLOR: '2' }, false), 2);
  assert.equal(colourLevel({ FORCE_COLOR: '0' }, true), 0);
  assert.equal(colourLevel({}, true), 1);
  assert.equal(colourLevel({}, false), 0);
});
