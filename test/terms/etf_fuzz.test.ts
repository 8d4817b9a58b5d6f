// Hostile input: random, truncated and mutated encodings must only ever give
// a term or a badarg ErlException, quickly and without huge allocations.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { A } from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';
import { decodeTerm, encodeTerm } from '../../src/terms/etf/index.js';
import { fromHex, loadJson, type EtfSample } from './etf_data_file.js';

/** Deterministic PRNG (mulberry32) so failures can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function tryDecode(b: Uint8Array, what: string): void {
  try {
    const t = decodeTerm(b);
    // Whatever decodes must encode again.
    encodeTerm(t);
  } catch (e) {
    if (!(e instanceof ErlException && e.reason === A.badarg)) {
      assert.fail(`${what}: ${Buffer.from(b).toString('hex')} threw ${String(e)}`);
    }
  }
}

const samples = loadJson<EtfSample[]>('etf_data.json')
  .map((s) => fromHex(s.hex))
  .filter((b) => b.length < 5000);

test('truncations of valid encodings', () => {
  for (const b of samples) for (let n = 0; n < b.length; n++) tryDecode(b.subarray(0, n), 'truncated');
});

test('mutated valid encodings', () => {
  const r = rng(12345);
  for (let round = 0; round < 30; round++) {
    for (const b of samples) {
      const m = Uint8Array.from(b);
      const flips = 1 + Math.floor(r() * 3);
      for (let i = 0; i < flips; i++) {
        const at = Math.floor(r() * m.length);
        m[at] = r() < 0.5 ? Math.floor(r() * 256) : m[at]! ^ (1 << Math.floor(r() * 8));
      }
      tryDecode(m, 'mutated');
    }
  }
});

test('random bytes after the version byte', () => {
  const r = rng(777);
  const interesting = [
    70, 77, 80, 82, 88, 89, 90, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 118, 119, 120, 121, 255, 0,
  ];
  for (let i = 0; i < 20000; i++) {
    const n = 1 + Math.floor(r() * 40);
    const b = new Uint8Array(n + 1);
    b[0] = 131;
    for (let j = 1; j <= n; j++) b[j] = r() < 0.4 ? interesting[Math.floor(r() * interesting.length)]! : Math.floor(r() * 256);
    tryDecode(b, 'random');
  }
});

test('huge declared lengths fail fast', () => {
  const heads = ['68ff', '69ffffffff', '6cffffffff', '6dffffffff', '6bffff', '6fffffffff00', '74ffffffff', '4dffffffff08', '70ffffffff'];
  const t0 = Date.now();
  for (const h of heads) tryDecode(fromHex('83' + h + '61'), 'huge');
  assert.ok(Date.now() - t0 < 1000);
});
