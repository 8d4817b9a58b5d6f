import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  A,
  Atom,
  BitStr,
  Cons,
  ErlFloat,
  type ExportFun,
  Fun,
  NIL,
  Pid,
  type Port,
  type Ref,
  list,
  str,
  bin,
  type FunCode,
  type Term,
} from '../../src/terms/types.js';
import { ErlException } from '../../src/terms/exception.js';
import {
  ByteOutput,
  UnresolvedFunCode,
  decodeTerm,
  decodeTermAt,
  decodeTermBodyAt,
  encodeTerm,
  encodeTermBody,
  type EncodeOptions,
} from '../../src/terms/etf/index.js';
import { ErlMap } from '../../src/terms/map.js';
import { exactEq } from '../../src/terms/equality.js';
import { fromHex, loadJson, toHex, type EtfSample } from './etf_data_file.js';

const samples = loadJson<EtfSample[]>('etf_data.json');

function optsFor(name: string): EncodeOptions {
  switch (name) {
    case 'minor0':
      return { minorVersion: 0 };
    case 'minor2':
      return { minorVersion: 2 };
    case 'compressed':
      return { compressed: true };
    case 'compressed9':
      return { compressed: 9 };
    default:
      return {};
  }
}

function isBadarg(e: unknown): boolean {
  return e instanceof ErlException && e.cls === 'error' && e.reason === A.badarg;
}

test('every erl sample decodes and re-encodes to the same bytes', () => {
  for (const s of samples) {
    const bytes = fromHex(s.hex);
    const t = decodeTerm(bytes);
    const again = encodeTerm(t, optsFor(s.opts));
    if (s.opts.startsWith('compressed') && again[1] === 80) {
      // zlib builds may pick different (equally valid) streams: compare what they hold.
      assert.ok(exactEq(decodeTerm(again), t), `${s.name}/${s.opts}: compressed round trip`);
      continue;
    }
    assert.equal(toHex(again), s.hex, `${s.name}/${s.opts} (${s.text})`);
  }
});

function sample(name: string, opts = ''): Term {
  const s = samples.find((x) => x.name === name && x.opts === opts);
  assert.ok(s, name);
  return decodeTerm(fromHex(s.hex));
}

test('decoded values are the right terms', () => {
  assert.equal(sample('int_255'), 255);
  assert.equal(sample('int_min32'), -2147483648);
  assert.equal(sample('int_2p31'), 2147483648);
  assert.equal(sample('int_2p53'), 2n ** 53n);
  assert.equal(sample('int_neg_2p53'), -(2n ** 53n));
  assert.equal(sample('int_2p100_neg'), -(2n ** 100n));
  assert.equal(sample('int_large_big'), 2n ** 2100n);
  const negZero = sample('float_neg0');
  assert.ok(negZero instanceof ErlFloat && Object.is(negZero.value, -0));
  assert.equal((sample('float_pi') as ErlFloat).value, Math.PI);
  assert.equal((sample('float_pi', 'minor0') as ErlFloat).value, Math.PI);
  assert.equal(sample('atom_abc'), Atom.of('abc'));
  assert.equal(sample('atom_unicode'), Atom.of('\u03e8a\u{1F600}'));
  assert.equal(sample('atom_latin1'), Atom.of('\u00e9\u00f6'));
  assert.ok(exactEq(sample('string'), str('hello')));
  assert.ok(exactEq(sample('list_improper'), list([1, 2], 3)));
  const bits = sample('bits_12') as BitStr;
  assert.equal(bits.bits, 20);
  assert.deepEqual(Array.from(bits.buf), [1, 2, 0x30]);
  const pid = sample('pid') as Pid;
  assert.ok(pid instanceof Pid);
  assert.deepEqual([pid.node.name, pid.id, pid.serial, pid.creation], ['foo@host1', 77, 3, 5000]);
  const ref = sample('ref') as Ref;
  assert.deepEqual([ref.node.name, ref.creation, [...ref.ids]], ['foo@host1', 5000, [0x00010203, 0x04050607, 0x08090a0b]]);
  const port = sample('port') as Port;
  assert.deepEqual([port.node.name, port.id, port.creation], ['foo@host1', 42, 5000]);
  const ef = sample('export_fun') as ExportFun;
  assert.deepEqual([ef.module.name, ef.name.name, ef.arity], ['lists', 'map', 2]);
  const m = sample('map_small') as unknown as ErlMap;
  assert.equal(m.size, 4);
  assert.equal(m.get(Atom.of('a')), 2);
  assert.equal(decodeTerm(encodeTerm(sample('string_65536'))) instanceof Cons, true);
});

test('a fun from erl_eval decodes to an unresolved fun that re-encodes exactly and raises undef', () => {
  const f = sample('erl_eval_fun') as Fun;
  assert.ok(f instanceof Fun);
  assert.ok(f.code instanceof UnresolvedFunCode);
  assert.equal(f.code.module.name, 'erl_eval');
  assert.equal(f.arity, 1);
  assert.equal(f.env.length, 1);
  assert.throws(
    () => f.code.fn(null, 1, f),
    (e: unknown) => e instanceof ErlException && e.reason === A.undef,
  );
  // Two decodings of the same fun share their code object.
  assert.equal((sample('erl_eval_fun') as Fun).code, f.code);
});

test('a resolver supplies local code for funs', () => {
  const s = samples.find((x) => x.name === 'erl_eval_fun')!;
  const seen: unknown[] = [];
  const code: FunCode = {
    module: Atom.of('erl_eval'),
    name: '-expr/6-fun-3-',
    arity: 1,
    index: 42,
    uniq: 3316493,
    fn: (_p: unknown, x: number) => x + 10,
  };
  const f = decodeTerm(fromHex(s.hex), {
    resolveFun: (mod, index, uniq, arity, md5) => {
      seen.push([mod.name, index, uniq, arity, md5.length]);
      return mod.name === 'erl_eval' && uniq === code.uniq ? code : null;
    },
  }) as Fun;
  assert.deepEqual(seen, [['erl_eval', 42, 3316493, 1, 16]]);
  assert.equal(f.code, code);
});

test('our own funs encode with their code identity and decode back', () => {
  const code: FunCode = { module: Atom.of('mymod'), name: '-f/0-fun-0-', arity: 2, index: 3, uniq: 123456, fn: () => 0 };
  const pid = new Pid(Atom.of('a@b'), 5, 0, 7);
  const f = new Fun(code, [1, Atom.of('x'), str('env')], pid);
  const back = decodeTerm(encodeTerm(f)) as Fun;
  assert.ok(back.code instanceof UnresolvedFunCode);
  assert.deepEqual([back.code.module.name, back.code.index, back.code.uniq, back.arity], ['mymod', 3, 123456, 2]);
  assert.ok(exactEq(list([...back.env]), list([...f.env])));
  assert.deepEqual([back.pid!.node.name, back.pid!.id, back.pid!.creation], ['a@b', 5, 7]);
  assert.deepEqual(encodeTerm(back), encodeTerm(f));
});

test('encoding builds values erl wrote', () => {
  const cases: [Term, string][] = [
    [list([Atom.of('a'), Atom.of('b')]), '836c000000026400016164000162' + '6a'],
    [new ErlFloat(-0), '834680' + '00000000000000'],
    [bin([1, 2, 3]), '836d00000003010203'],
    [new BitStr(Uint8Array.from([0x80]), 1), '834d000000010180'],
    [[], '836800'],
    [ErlMap.EMPTY as unknown as Term, '837400000000'],
    [Atom.of('abc'), '83640003616263'],
  ];
  for (const [t, hex] of cases) assert.equal(toHex(encodeTerm(t)), hex);
  assert.equal(toHex(encodeTerm(Atom.of('abc'), { utf8Atoms: true })), '8377' + '03616263');
});

test('distribution helpers: bodies without version byte, atom cache both ways', () => {
  const out = new ByteOutput();
  const cacheOut = [Atom.of('hello')];
  encodeTermBody([Atom.of('hello'), Atom.of('x')], { utf8Atoms: true, atomCacheRef: (a) => (a === cacheOut[0] ? 0 : undefined) }, out);
  encodeTermBody(NIL, {}, out);
  const bytes = out.toBytes();
  assert.equal(toHex(bytes), '6802' + '5200' + '770178' + '6a');
  const first = decodeTermBodyAt(bytes, 0, { atomCache: (i) => cacheOut[i] });
  assert.ok(exactEq(first.term, [Atom.of('hello'), Atom.of('x')]));
  assert.equal(decodeTermBodyAt(bytes, first.next, {}).term, NIL);
  // A cache reference nobody can resolve is malformed input.
  assert.throws(() => decodeTermBodyAt(bytes, 0, {}), isBadarg);
  // decodeTermAt reports where the next term starts.
  const two = new Uint8Array([...encodeTerm(1), ...encodeTerm(2)]);
  const r = decodeTermAt(two, 0);
  assert.equal(r.term, 1);
  assert.equal(decodeTermAt(two, r.next).term, 2);
});

test('malformed inputs erl rejects are badarg; the ones it accepts decode', () => {
  const bad = [
    '',
    '83',
    '8261',
    '8384',
    '835a0006640001610000000000000001000000010000000100000001000000010000000100',
    '837200016400016100ffffffff',
    '834d0000000100ff',
    '83740000000261016101610161' + '02',
    '8376000' + '2ffff',
    '83467ff0000000000000',
    '836300',
    '8379',
    '83500000000500',
    '836b0005616263',
    '836c00000002610161',
    '836d00000005010203',
    '8364000561', // truncated atom name
  ];
  for (const h of bad) assert.throws(() => decodeTerm(fromHex(h)), isBadarg, h);
  assert.equal(decodeTerm(fromHex('83610100')), 1); // trailing bytes are ignored
  assert.equal(decodeTerm(fromHex('836c000000006a')), NIL);
  assert.equal(decodeTerm(fromHex('836c000000006101')), 1);
  assert.equal((decodeTerm(fromHex('834d000000010' + '3ff')) as BitStr).buf[0], 0xe0);
  assert.equal(decodeTerm(fromHex('836e000' + '1')), 0);
  assert.equal(decodeTerm(fromHex('8363' + toHex(new TextEncoder().encode('1.5')) + '00'.repeat(28))) instanceof ErlFloat, true);
});

test('safe decoding refuses unknown atoms', () => {
  const b = encodeTerm(Atom.of('known_atom_for_safe_test'));
  assert.equal(decodeTerm(b, { safe: true }), Atom.of('known_atom_for_safe_test'));
  const unknown = fromHex('8364000f' + toHex(new TextEncoder().encode('zz_never_made_1')));
  assert.throws(() => decodeTerm(unknown, { safe: true }), isBadarg);
});

test('deep nesting neither overflows the stack on encode nor on decode', () => {
  let t: Term = NIL;
  for (let i = 0; i < 200000; i++) t = [t];
  const b = encodeTerm(t);
  let d = decodeTerm(b);
  let depth = 0;
  while (Array.isArray(d)) {
    d = d[0]!;
    depth++;
  }
  assert.equal(depth, 200000);
  let l: Term = NIL;
  for (let i = 0; i < 100000; i++) l = new Cons(l, NIL);
  assert.equal(decodeTerm(encodeTerm(l)) instanceof Cons, true);
});

test('compression: round trip, only when it pays off, zip bombs refused', () => {
  const big = list(Array.from({ length: 1000 }, (_, i) => [Atom.of('k'), i % 7]));
  const c = encodeTerm(big, { compressed: true });
  assert.equal(c[1], 80);
  assert.ok(exactEq(decodeTerm(c), big));
  assert.deepEqual(encodeTerm(Atom.of('a'), { compressed: true }), encodeTerm(Atom.of('a')));
  // Claims 4 GiB from a few bytes.
  assert.throws(() => decodeTerm(fromHex('8350ffffffff789c030000000001')), isBadarg);
  // Declared size does not match.
  const wrong = Uint8Array.from(c);
  wrong[5]! ^= 1;
  assert.throws(() => decodeTerm(wrong), isBadarg);
});
