// Decodes the JSON term encoding written by gen_terms.escript (test data only).
import { readFileSync } from 'node:fs';
import { Atom, BitStr, ErlFloat, ExportFun, NIL, Pid, Port, Ref, list, normInt, type Term } from '../../src/terms/types.js';
import { ErlMap } from '../../src/terms/map.js';

type J = any;

function name(cps: number[]): string {
  return String.fromCodePoint(...cps);
}

export function decodeTerm(j: J): Term {
  if ('int' in j) return normInt(BigInt(j.int));
  if ('float' in j) {
    const dv = new DataView(new ArrayBuffer(8));
    dv.setBigUint64(0, BigInt('0x' + j.float));
    return new ErlFloat(dv.getFloat64(0));
  }
  if ('atom' in j) return Atom.of(name(j.atom));
  if ('nil' in j) return NIL;
  if ('list' in j) return list(j.list.map(decodeTerm), decodeTerm(j.tail));
  if ('tuple' in j) return j.tuple.map(decodeTerm);
  if ('map' in j) return ErlMap.fromEntries(j.map.map((p: J[]) => [decodeTerm(p[0]), decodeTerm(p[1])] as [Term, Term]));
  if ('bits' in j) return new BitStr(Uint8Array.from(j.bytes), j.bits);
  if ('efun' in j) return new ExportFun(Atom.of(name(j.efun[0])), Atom.of(name(j.efun[1])), j.efun[2]);
  if ('pid' in j) return new Pid(Atom.of(name(j.pid[0])), j.pid[1], j.pid[2], j.pid[3]);
  if ('port' in j) return new Port(Atom.of(name(j.port[0])), j.port[1], j.port[2]);
  // ids as on the wire: the least significant word first
  if ('ref' in j) return new Ref(Atom.of(name(j.ref[0])), j.ref[2], j.ref[1]);
  throw new Error('unknown term encoding ' + JSON.stringify(j));
}

export function loadTermData(): J[] {
  const url = new URL('../../../test/terms/data/terms.jsonl', import.meta.url);
  return readFileSync(url, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
}
