// Compiled units of the shipped Erlang library, made at build time
// (scripts/bundle.mjs) so that a node does not parse and compile io.erl,
// lists.erl and friends at every start. Each entry is keyed by a hash of its
// source: an edited lib/erlang file is simply compiled afresh. The cache is
// our own build output, never user input.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompiledUnit } from '../compiler/compile_module.js';
import { encodeTerm, decodeTerm } from '../terms/etf.js';
import { list, listToArray } from '../terms/types.js';

interface CachedUnit {
  hash: string;
  unit: Omit<CompiledUnit, 'consts'> & { consts: string };
}

export function sourceHash(source: string): string {
  return crypto.createHash('sha1').update(source).digest('hex');
}

export function writeCachedUnit(dir: string, unit: CompiledUnit, source: string): void {
  const consts = Buffer.from(encodeTerm(list(unit.consts))).toString('base64');
  const entry: CachedUnit = { hash: sourceHash(source), unit: { ...unit, attributes: [], consts } };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${unit.module}.json`), JSON.stringify(entry));
}

export function readCachedUnit(dir: string, module: string, source: string): CompiledUnit | null {
  let entry: CachedUnit;
  try {
    entry = JSON.parse(fs.readFileSync(path.join(dir, `${module}.json`), 'utf8')) as CachedUnit;
  } catch {
    return null;
  }
  if (entry.hash !== sourceHash(source)) return null;
  const consts = listToArray(decodeTerm(new Uint8Array(Buffer.from(entry.unit.consts, 'base64'))));
  if (consts === null) return null;
  return { ...entry.unit, consts };
}
