// The library cache (src/code/lib_cache.ts): a unit comes back as it was
// written, and a text file of another build is never taken for this one's.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { withDir } from './with_dir.js';
import { readCachedUnit, writeCachedUnit } from '../../src/code/lib_cache.js';
import type { CompiledUnit } from '../../src/compiler/compile_module.js';
import { Atom } from '../../src/terms/types.js';

function unit(text: string): CompiledUnit {
  return {
    module: 'm',
    file: '/build/machine/m.erl',
    text,
    consts: [Atom.of('ok')],
    remotes: [['lists', 'reverse', 1]],
    lambdas: [],
    functions: [{ name: 'f', arity: 0, line: 3 }],
    exports: [['f', 0]],
    exportAll: false,
    attributes: [],
  };
}

const SOURCE = '-module(m).\n-export([f/0]).\nf() -> ok.\n';

test("a cached unit reads back with its text, constants and the reader's file name", () => {
  withDir('erlts-lib-cache-', (dir) => {
    const text = '"use strict";\nfunction f0() { return K[0]; }\nreturn { fns: [f0], lambdas: [] };';
    writeCachedUnit(dir, unit(text), SOURCE);
    assert.ok(fs.existsSync(path.join(dir, 'm.text')), 'the text in a file of its own');
    const back = readCachedUnit(dir, 'm', SOURCE, '/here/m.erl');
    assert.ok(back !== null);
    assert.equal(back.text, text);
    assert.equal(back.file, '/here/m.erl');
    assert.deepEqual(back.consts, [Atom.of('ok')]);
    assert.deepEqual(back.remotes, [['lists', 'reverse', 1]]);
  });
});

test('an edited source is not served from the cache', () => {
  withDir('erlts-lib-cache-', (dir) => {
    writeCachedUnit(dir, unit('return { fns: [], lambdas: [] };'), SOURCE);
    assert.equal(readCachedUnit(dir, 'm', `${SOURCE}%% edited\n`, '/here/m.erl'), null);
  });
});

test('a text file of another build, or none, makes the unit compile afresh', () => {
  withDir('erlts-lib-cache-', (dir) => {
    writeCachedUnit(dir, unit('return { fns: [], lambdas: [1] };'), SOURCE);
    const textFile = path.join(dir, 'm.text');
    const [, body] = fs.readFileSync(textFile, 'utf8').split('\n', 2);
    fs.writeFileSync(textFile, `0.0.0\n${body}`);
    assert.equal(readCachedUnit(dir, 'm', SOURCE, '/here/m.erl'), null);
    fs.rmSync(textFile);
    assert.equal(readCachedUnit(dir, 'm', SOURCE, '/here/m.erl'), null);
  });
});

test('a text UTF-8 cannot carry stays in the JSON entry', () => {
  withDir('erlts-lib-cache-', (dir) => {
    const text = 'return "\ud800";';
    writeCachedUnit(dir, unit(text), SOURCE);
    assert.ok(!fs.existsSync(path.join(dir, 'm.text')));
    assert.equal(readCachedUnit(dir, 'm', SOURCE, '/here/m.erl')?.text, text);
  });
});
