// Compiled units of the shipped Erlang library, made at build time
// (scripts/bundle.mjs) so that a node does not parse and compile io.erl,
// lists.erl and friends at every start. Each entry is keyed by a hash of its
// source: an edited lib/erlang file is simply compiled afresh. The cache is
// our own build output, never user input.
//
// Next to each unit's JSON are its text, <module>.text, and V8's code cache
// of the text, <module>.v8 (unit_code_cache.ts), so that loading the module
// neither unescapes its text from JSON nor parses it.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CompiledUnit } from '../compiler/compile_module.js';
import { encodeTerm, decodeTerm } from '../terms/etf/index.js';
import { list, listToArray } from '../terms/types.js';
import { withCodeCache } from './unit_code_cache.js';

/**
 * A unit as cached. Its file name is left out: the cache is made on the
 * build machine and read wherever erlts is installed, so the reader puts in
 * where the source is now (code:which/1 must name the user's copy).
 */
interface CachedUnit {
  hash: string;
  /** sourceHash of the unit's text: names the text a <module>.v8 code cache was made from. */
  textHash?: string;
  /** The text is in <module>.text, after a first line that is textHash (unit.text is then ''). */
  textFile?: boolean;
  unit: Omit<CompiledUnit, 'consts' | 'file'> & { consts: string };
}

/**
 * Tells an edited library source from the one a unit was compiled from. Not
 * a cryptographic hash: the cache is our own build output, and loading
 * node:crypto to check it would cost more start-up time than the check.
 */
export function sourceHash(source: string): string {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ source.length;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 13;
  }
  return `${(a >>> 0).toString(16)}.${(b >>> 0).toString(16)}.${source.length}`;
}

export function writeCachedUnit(dir: string, unit: CompiledUnit, source: string): void {
  const consts = Buffer.from(encodeTerm(list(unit.consts))).toString('base64');
  const { file: _file, ...rest } = unit;
  const textHash = sourceHash(unit.text);
  // A file of its own, read as it is, costs less at load than a JSON string
  // of 0.1-1 MB to unescape; a text UTF-8 cannot carry (a lone surrogate)
  // stays in the JSON.
  const textFile = Buffer.from(unit.text, 'utf8').toString('utf8') === unit.text;
  const entry: CachedUnit = { hash: sourceHash(source), textHash, textFile, unit: { ...rest, text: textFile ? '' : unit.text, attributes: [], consts } };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${unit.module}.json`), JSON.stringify(entry));
  const textPath = path.join(dir, `${unit.module}.text`);
  if (textFile) fs.writeFileSync(textPath, `${textHash}\n${unit.text}`);
  else fs.rmSync(textPath, { force: true });
  // A code cache of an earlier build's text is of no use (and is refused: its stamp differs).
  fs.rmSync(path.join(dir, `${unit.module}.v8`), { force: true });
}

/** The unit's text as the JSON entry says where; null when its file is missing or of another build. */
function unitText(dir: string, module: string, entry: CachedUnit): string | null {
  if (entry.textFile !== true) return entry.unit.text;
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, `${module}.text`), 'utf8');
  } catch {
    return null;
  }
  const first = `${entry.textHash}\n`;
  return text.startsWith(first) ? text.slice(first.length) : null;
}

export function readCachedUnit(dir: string, module: string, source: string, file: string): CompiledUnit | null {
  let entry: CachedUnit;
  try {
    entry = JSON.parse(fs.readFileSync(path.join(dir, `${module}.json`), 'utf8')) as CachedUnit;
  } catch {
    return null;
  }
  if (entry.hash !== sourceHash(source)) return null;
  const text = unitText(dir, module, entry);
  if (text === null) return null;
  const consts = listToArray(decodeTerm(new Uint8Array(Buffer.from(entry.unit.consts, 'base64'))));
  if (consts === null) return null;
  const unit: CompiledUnit = { ...entry.unit, text, file, consts };
  return entry.textHash === undefined ? unit : withCodeCache(unit, path.join(dir, `${module}.v8`), entry.textHash);
}
