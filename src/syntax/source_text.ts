// How epp turns a source file's bytes into characters: UTF-8 by default,
// Latin-1 when a `coding: latin-1` comment on one of the first two lines asks
// for it, or when the bytes are not valid UTF-8.

import { readFileSync } from 'node:fs';

const CODING = /coding\s*[:=]\s*([-a-zA-Z0-9_]+)/;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(buf: Buffer): string {
  const head = buf.subarray(0, 400).toString('latin1').split('\n', 2).join('\n');
  const m = CODING.exec(head);
  if (m && /^(latin-?1|iso-8859-1)$/i.test(m[1]!)) return buf.toString('latin1');
  try {
    return utf8Strict.decode(buf);
  } catch {
    return buf.toString('latin1');
  }
}

/** The decoded text of a source (or include) file; throws as readFileSync does. */
export function readSourceFile(path: string): string {
  return decodeSource(readFileSync(path));
}
