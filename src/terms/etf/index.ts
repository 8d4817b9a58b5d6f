// The external term format: the public face of the codec (etf_encode.ts,
// etf_decode.ts), plus the version byte and zlib compression
// (term_to_binary(T, [compressed]), tag 80).

import { nodeZlib } from '../lazy_builtins.js';
import type { Term } from '../types.js';
import { badarg } from '../exception.js';
import { ByteOutput } from './output.js';
import { encodeTermBody, type EncodeOptions } from './encode.js';
import { decodeBodyAt, type DecodeOptions } from './decode.js';
import { COMPRESSED, VERSION_MAGIC } from './tags.js';

export { ByteOutput } from './output.js';
export { encodeTermBody, encodeAtom, encodeInteger, type EncodeOptions } from './encode.js';
export type { DecodeOptions } from './decode.js';
export { UnresolvedFunCode, isUnresolvedFunCode, type FunResolver, type FunWireIdentity } from './fun.js';

/** zlib's deflate can shrink data at most about 1032:1; a larger claimed size is a lie. */
const MAX_DEFLATE_RATIO = 1032;

function compressionLevel(c: boolean | number | undefined): number {
  if (c === undefined || c === false) return 0;
  if (c === true) return 6;
  if (!Number.isInteger(c) || c < 0 || c > 9) throw badarg();
  return c;
}

/** term_to_binary/1,2: version byte, then the term, compressed when asked and when it pays off. */
export function encodeTerm(t: Term, opts: EncodeOptions = {}): Uint8Array {
  const out = new ByteOutput();
  out.u8(VERSION_MAGIC);
  encodeTermBody(t, opts, out);
  const level = compressionLevel(opts.compressed);
  const plain = out.toBytes();
  if (level === 0) return plain;
  // Like erts: compress only if zlib fits in (uncompressed size - 5) bytes.
  const body = plain.subarray(1);
  if (body.length < 5) return plain;
  const z = nodeZlib().deflateSync(body, { level });
  if (z.length > body.length - 5) return plain;
  const res = new Uint8Array(6 + z.length);
  res[0] = VERSION_MAGIC;
  res[1] = COMPRESSED;
  new DataView(res.buffer).setUint32(2, body.length);
  res.set(z, 6);
  return res;
}

/**
 * Decodes a term that starts with the version byte at `offset` (possibly
 * compressed). `next` is the offset after it; for a compressed term it is the
 * end of the buffer, since the zlib stream is taken to run to the end.
 */
export function decodeTermAt(buf: Uint8Array, offset: number, opts: DecodeOptions = {}): { term: Term; next: number } {
  if (offset < 0 || offset + 1 >= buf.length || buf[offset] !== VERSION_MAGIC) throw badarg();
  if (buf[offset + 1] !== COMPRESSED) return decodeBodyAt(buf, offset + 1, opts);
  if (offset + 6 > buf.length) throw badarg();
  const size = new DataView(buf.buffer, buf.byteOffset + offset + 2, 4).getUint32(0);
  const z = buf.subarray(offset + 6);
  if (size > z.length * MAX_DEFLATE_RATIO + 64) throw badarg();
  let plain: Uint8Array;
  try {
    plain = nodeZlib().inflateSync(z, { maxOutputLength: Math.max(size, 1) });
  } catch {
    throw badarg();
  }
  if (plain.length !== size) throw badarg();
  return { term: decodeBodyAt(plain, 0, opts).term, next: buf.length };
}

/** Decodes a term without version byte at `offset` (distribution messages after a 'D'/'E' header). */
export function decodeTermBodyAt(buf: Uint8Array, offset: number, opts: DecodeOptions = {}): { term: Term; next: number } {
  if (offset < 0 || offset >= buf.length) throw badarg();
  return decodeBodyAt(buf, offset, opts);
}

/** binary_to_term/1,2. Like erts, bytes after the term are ignored. */
export function decodeTerm(buf: Uint8Array, opts: DecodeOptions = {}): Term {
  return decodeTermAt(buf, 0, opts).term;
}
