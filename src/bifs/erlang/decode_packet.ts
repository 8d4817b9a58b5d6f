// erlang:decode_packet/3: one packet off the front of a binary, framed as
// gen_tcp's {packet, Type} option frames it. The framing rules (how long a
// packet is, when more bytes are needed, when it is invalid) and the HTTP
// line parser follow erts's packet_parser.c, which the inet driver shares.
//
//   {ok, Packet, Rest} | {more, Length | undefined} | {error, invalid}

import { A, Atom, BitStr, Cons, NIL, list, str, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { frameError } from '../errors.js';
import { ErlMap } from '../../terms/map.js';

type PacketType = 'raw' | '1' | '2' | '4' | 'asn1' | 'sunrm' | 'cdr' | 'fcgi' | 'line' | 'tpkt' | 'http' | 'httph' | 'http_bin' | 'httph_bin' | 'ssl_tls';

const ATOM_TYPES = new Set(['raw', 'asn1', 'sunrm', 'cdr', 'fcgi', 'line', 'tpkt', 'http', 'httph', 'http_bin', 'httph_bin', 'ssl_tls']);

function packetType(t: Term): PacketType | null {
  if (t === 0) return 'raw';
  if (t === 1 || t === 2 || t === 4) return String(t) as PacketType;
  if (t instanceof Atom && ATOM_TYPES.has(t.name)) return t.name as PacketType;
  return null;
}

interface Options {
  /** packet_size: the longest packet accepted, 0 = any. */
  maxLen: number;
  /** line_length: lines longer than this are cut, 0 = never. */
  truncLen: number;
  delimiter: number;
}

/** erts's term_to_Uint: a non-negative integer that fits in 64 bits. */
function uint(t: Term): number | null {
  if (typeof t === 'number') return Number.isInteger(t) && t >= 0 ? t : null;
  if (typeof t === 'bigint') return t >= 0n && t < 1n << 64n ? Number(t) : null;
  return null;
}

function options(type: PacketType, opts: Term): Options | null {
  const o: Options = { maxLen: 0, truncLen: 0, delimiter: 10 };
  let l = opts;
  while (l instanceof Cons) {
    const opt = l.head;
    if (!Array.isArray(opt) || opt.length !== 2 || !(opt[0] instanceof Atom)) return null;
    const v = uint(opt[1]!);
    if (v === null) return null;
    switch (opt[0].name) {
      case 'packet_size':
        o.maxLen = v;
        break;
      case 'line_length':
        o.truncLen = v;
        break;
      case 'line_delimiter':
        if (type !== 'line' || v > 255) return null;
        o.delimiter = v;
        break;
      default:
        return null;
    }
    l = l.tail;
  }
  return l === NIL ? o : null;
}

// ---- how long the packet at the front is ----------------------------------------

const MORE = 0;
const INVALID = -1;

const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u24 = (b: Uint8Array, i: number) => (b[i]! << 16) | u16(b, i + 1);
const u32 = (b: Uint8Array, i: number) => b[i]! * 0x1000000 + u24(b, i + 1);

/** A header of hlen bytes announcing plen more: the whole packet's length, or INVALID. */
function remain(hlen: number, plen: number, maxLen: number): number {
  if (maxLen !== 0 && plen > maxLen) return INVALID;
  return hlen + plen;
}

/** packet_get_length: the packet's total length (may exceed what is there), MORE, or INVALID. */
function packetLength(type: PacketType, b: Uint8Array, o: Options): number {
  const n = b.length;
  switch (type) {
    case 'raw':
      return n === 0 ? MORE : n;
    case '1':
      return n < 1 ? MORE : remain(1, b[0]!, o.maxLen);
    case '2':
      return n < 2 ? MORE : remain(2, u16(b, 0), o.maxLen);
    case '4':
      return n < 4 ? MORE : remain(4, u32(b, 0), o.maxLen);
    case 'sunrm':
      // The top bit marks the last fragment of a record.
      return n < 4 ? MORE : remain(4, u32(b, 0) & 0x7fffffff, o.maxLen);
    case 'line':
      return lineLength(b, o);
    case 'asn1':
      return asn1Length(b, o.maxLen);
    case 'cdr': {
      // GIOP: "GIOP", version, flags (bit 0: little-endian), type, size.
      if (n < 12) return MORE;
      if (b[0] !== 0x47 || b[1] !== 0x49 || b[2] !== 0x4f || b[3] !== 0x50) return INVALID;
      const size = b[6]! & 1 ? b[8]! + (b[9]! << 8) + (b[10]! << 16) + b[11]! * 0x1000000 : u32(b, 8);
      return remain(12, size, o.maxLen);
    }
    case 'fcgi':
      // version 1, type, request id (2), content length (2), padding length, reserved.
      if (n < 8) return MORE;
      if (b[0] !== 1) return INVALID;
      return remain(8, u16(b, 4) + b[6]!, o.maxLen);
    case 'tpkt': {
      // RFC 1006: version 3, reserved, length (2) counting the header.
      if (n < 4) return MORE;
      if (b[0] !== 3) return INVALID;
      const plen = u16(b, 2) - 4;
      return plen < 0 ? INVALID : remain(4, plen, o.maxLen);
    }
    case 'ssl_tls':
      if (n < 5) return MORE;
      // An SSLv2 client hello: <<1:1, Len:15, 1, Version:16>>.
      if (b[0]! & 0x80 && b[2] === 1) return remain(5, (u16(b, 0) & 0x7fff) - 3, o.maxLen);
      return remain(5, u16(b, 3), o.maxLen);
    default:
      return httpLength(b, type === 'httph' || type === 'httph_bin', o);
  }
}

function lineLength(b: Uint8Array, o: Options): number {
  const n = b.length;
  const at = b.indexOf(o.delimiter);
  if (at < 0) {
    if (o.maxLen !== 0 && n > o.maxLen) return INVALID;
    if (o.truncLen !== 0 && n >= o.truncLen) return o.truncLen;
    return MORE;
  }
  const len = at + 1;
  if (o.maxLen !== 0 && len > o.maxLen) return INVALID;
  if (o.truncLen !== 0 && len > o.truncLen) return o.truncLen;
  return len;
}

/** BER: tag (long tags continue while bit 8 is set), then a short or long (up to 4 bytes) length. */
function asn1Length(b: Uint8Array, maxLen: number): number {
  const n = b.length;
  if (n < 2) return MORE;
  let i = 0;
  let left = n - 1;
  if ((b[i++]! & 0x1f) === 0x1f) {
    while (left > 0 && (b[i]! & 0x80) === 0x80) {
      i++;
      left--;
    }
    if (left < 2) return MORE;
    i++;
    left--;
  }
  const lenByte = b[i]!;
  let plen: number;
  if (lenByte & 0x80) {
    const k = lenByte & 0x7f;
    i++;
    left--;
    if (left < k) return MORE;
    if (k > 4) return INVALID;
    plen = 0;
    for (let j = 0; j < k; j++) plen = plen * 256 + b[i + j]!;
    i += k;
  } else {
    i++;
    plen = lenByte;
  }
  return remain(i, plen, maxLen);
}

const isSp = (c: number | undefined) => c === 0x20 || c === 0x09;

/**
 * One HTTP line (a request or status line), or a header line with its
 * continuation lines (a next line starting with a space or a tab): a header
 * is only complete when the byte after it is there. line_length stands in
 * for packet_size here, as in erts.
 */
function httpLength(b: Uint8Array, header: boolean, o: Options): number {
  const n = b.length;
  if ((n === 1 && b[0] === 10) || (n === 2 && b[0] === 13 && b[1] === 10)) return n;
  const max = o.maxLen !== 0 ? o.maxLen : o.truncLen;
  let from = 0;
  for (;;) {
    const nl = b.indexOf(10, from);
    if (nl < 0) return max !== 0 && n >= max ? INVALID : MORE;
    const plen = nl + 1;
    if (max !== 0 && plen > max) return INVALID;
    if (!header) return plen;
    if (plen >= n) return MORE;
    if (!(isSp(b[plen]) && plen > 2)) return plen;
    from = plen;
  }
}

// ---- HTTP lines as terms --------------------------------------------------------------

const METHODS = new Set(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE']);

/** The headers erts knows, numbered from 1 as http_header's field says. */
const HEADERS = [
  'Cache-Control',
  'Connection',
  'Date',
  'Pragma',
  'Transfer-Encoding',
  'Upgrade',
  'Via',
  'Accept',
  'Accept-Charset',
  'Accept-Encoding',
  'Accept-Language',
  'Authorization',
  'From',
  'Host',
  'If-Modified-Since',
  'If-Match',
  'If-None-Match',
  'If-Range',
  'If-Unmodified-Since',
  'Max-Forwards',
  'Proxy-Authorization',
  'Range',
  'Referer',
  'User-Agent',
  'Age',
  'Location',
  'Proxy-Authenticate',
  'Public',
  'Retry-After',
  'Server',
  'Vary',
  'Warning',
  'Www-Authenticate',
  'Allow',
  'Content-Base',
  'Content-Encoding',
  'Content-Language',
  'Content-Length',
  'Content-Location',
  'Content-Md5',
  'Content-Range',
  'Content-Type',
  'Etag',
  'Expires',
  'Last-Modified',
  'Accept-Ranges',
  'Set-Cookie',
  'Set-Cookie2',
  'X-Forwarded-For',
  'Cookie',
  'Keep-Alive',
  'Proxy-Connection',
];

/** Names longer than this are not looked up nor case-adjusted. */
const MAX_NAME = 20;

function isTspecial(c: number | undefined): boolean {
  if (c === undefined) return true;
  return c <= 32 || '()<>@,;:\\"/[]?={}'.includes(String.fromCharCode(c));
}
const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;

class HttpLine {
  i = 0;
  constructor(
    readonly b: Uint8Array,
    readonly end: number,
    readonly bin: boolean,
  ) {}
  get left(): number {
    return this.end - this.i;
  }
  get c(): number | undefined {
    return this.i < this.end ? this.b[this.i] : undefined;
  }
  skipSp(): number {
    const from = this.i;
    while (this.left > 0 && isSp(this.c)) this.i++;
    return this.i - from;
  }
  digits(): number | null {
    const from = this.i;
    let v = 0;
    while (this.left > 0 && isDigit(this.c)) v = v * 10 + (this.b[this.i++]! - 0x30);
    return this.i === from ? null : v;
  }
  /** "HTTP/" Major "." Minor, after the prefix was seen. */
  version(): Term | null {
    const major = this.digits();
    if (major === null || this.left === 0 || this.c !== 0x2e) return null;
    this.i++;
    const minor = this.digits();
    return minor === null ? null : [major, minor];
  }
  text(from: number, to: number): Term {
    const bytes = this.b.subarray(from, to);
    return this.bin ? new BitStr(bytes.slice()) : list([...bytes]);
  }
}

function startsWith(b: Uint8Array, at: number, end: number, s: string, anyCase = false): boolean {
  if (end - at < s.length) return false;
  for (let k = 0; k < s.length; k++) {
    let c = b[at + k]!;
    if (anyCase && c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== s.charCodeAt(k)) return false;
  }
  return true;
}

/** The line as an http_request, http_response, http_header or http_eoh term; null where erts gives http_error. */
function parseHttp(line: Uint8Array, header: boolean, bin: boolean): Term | null {
  let end = line.length;
  if (end >= 2 && line[end - 2] === 13) end -= 2;
  else if (end >= 1 && line[end - 1] === 10) end -= 1;
  const p = new HttpLine(line, end, bin);
  if (header) return parseHeader(p);
  if (startsWith(line, 0, end, 'HTTP/')) {
    p.i = 5;
    const version = p.version();
    if (version === null || p.skipSp() === 0) return null;
    const status = p.digits() ?? 0;
    if (p.skipSp() === 0 && p.left > 0) return null;
    return [Atom.of('http_response'), version, status, p.text(p.i, end)];
  }
  // Request-Line = Method SP Request-URI SP HTTP-Version
  while (p.left > 0 && !isTspecial(p.c)) p.i++;
  const methodEnd = p.i;
  if (p.left === 0 || methodEnd === 0 || !isSp(p.c)) return null;
  const name = String.fromCharCode(...line.subarray(0, methodEnd));
  const method = METHODS.has(name) ? Atom.of(name) : p.text(0, methodEnd);
  p.skipSp();
  const uriFrom = p.i;
  while (p.left > 0 && !isSp(p.c)) p.i++;
  const uriTo = p.i;
  if (uriTo === uriFrom) return null;
  p.skipSp();
  let version: Term = [0, 9];
  if (p.left > 0) {
    if (p.left < 8 || !startsWith(line, p.i, end, 'HTTP/')) return null;
    p.i += 5;
    const v = p.version();
    if (v === null) return null;
    version = v;
  }
  return [Atom.of('http_request'), method, uri(p, uriFrom, uriTo), version];
}

function uri(p: HttpLine, from: number, to: number): Term {
  const b = p.b;
  const len = to - from;
  if (len === 1 && b[from] === 0x2a) return Atom.of('*');
  if (len <= 1 || b[from] === 0x2f) return [Atom.of('abs_path'), p.text(from, to)];
  for (const scheme of ['http', 'https']) {
    const prefix = `${scheme}://`;
    if (startsWith(b, from, to, prefix, true)) return absoluteUri(p, Atom.of(scheme), from + prefix.length, to);
  }
  const colon = b.subarray(from, to).indexOf(0x3a);
  if (colon < 0) return p.text(from, to);
  return [Atom.of('scheme'), p.text(from, from + colon), p.text(from + colon + 1, to)];
}

/** host[:port][/path]: a port is only given when all its characters are digits and it is not 0. */
function absoluteUri(p: HttpLine, scheme: Atom, from: number, to: number): Term {
  const b = p.b;
  const slash = b.subarray(from, to).indexOf(0x2f);
  const hostEnd = slash < 0 ? to : from + slash;
  const path = slash < 0 ? (p.bin ? new BitStr(new Uint8Array([0x2f])) : str('/')) : p.text(hostEnd, to);
  const colon = b.subarray(from, hostEnd).indexOf(0x3a);
  let port: Term = A.undefined;
  let host: Term;
  if (colon < 0) host = p.text(from, hostEnd);
  else {
    host = p.text(from, from + colon);
    let k = from + colon + 1;
    let v = 0;
    while (k < hostEnd && isDigit(b[k])) v = v * 10 + (b[k++]! - 0x30);
    if (k === hostEnd && v !== 0) port = v;
  }
  return [Atom.of('absoluteURI'), scheme, host, port, path];
}

function parseHeader(p: HttpLine): Term | null {
  if (p.left === 0) return Atom.of('http_eoh');
  const b = p.b;
  const name: number[] = [];
  let up = true;
  while (!isTspecial(p.c)) {
    let c = b[p.i]!;
    if (up) {
      if (c >= 0x61 && c <= 0x7a) c -= 32;
      up = false;
    } else if (c >= 0x41 && c <= 0x5a) c += 32;
    else if (c === 0x2d) up = true;
    name.push(c);
    p.i++;
    if (p.left === 0) return null;
  }
  const nameLen = name.length;
  p.skipSp();
  if (p.c !== 0x3a) return null;
  const adjusted = String.fromCharCode(...name);
  const index = nameLen <= MAX_NAME ? HEADERS.indexOf(adjusted) + 1 : 0;
  p.i++;
  p.skipSp();
  const text = (s: string): Term => (p.bin ? new BitStr(new TextEncoder().encode(s)) : str(s));
  const field: Term = index > 0 ? Atom.of(adjusted) : nameLen <= MAX_NAME ? text(adjusted) : p.text(0, nameLen);
  return [Atom.of('http_header'), index, field, p.text(0, nameLen), p.text(p.i, p.end)];
}

// ---- the BIF -------------------------------------------------------------------------------

function badarg(args: Term[], badType: boolean): never {
  const [, bin, opts] = args as [Term, Term, Term];
  // erl_erts_errors: an option list is blamed whenever argument 2 is fine.
  const arg2 = bin instanceof BitStr && bin.isBinary ? '' : 'not a binary';
  let arg3 = '';
  if (!(opts instanceof Cons || opts === NIL)) arg3 = 'not a list';
  else {
    let l: Term = opts;
    while (l instanceof Cons) l = l.tail;
    if (l !== NIL) arg3 = 'not a proper list';
    else if (arg2 === '') arg3 = 'invalid option in list';
  }
  const why: Record<number, string> = {};
  if (badType) why[1] = 'invalid packet type';
  if (arg2 !== '') why[2] = arg2;
  if (arg3 !== '') why[3] = arg3;
  const e = frameError(A.badarg, 'erlang', 'decode_packet', args, why);
  // BEAM names the cause of a bad packet type in the frame's error_info.
  if (badType) e.info!.errorInfo = ErlMap.EMPTY.set(Atom.of('cause'), Atom.of('badopt')).set(Atom.of('module'), Atom.of('erl_erts_errors'));
  throw e;
}

function decodePacket(_p: unknown, typeArg: Term, binArg: Term, optsArg: Term): Term {
  const args = [typeArg, binArg, optsArg];
  const type = packetType(typeArg);
  if (type === null) badarg(args, true);
  if (!(binArg instanceof BitStr) || !(optsArg instanceof Cons || optsArg === NIL)) badarg(args, false);
  const o = options(type, optsArg);
  if (o === null) badarg(args, false);
  // A bitstring's trailing bits are not looked at.
  const bytes = binArg.buf.subarray(0, binArg.bits >> 3);
  const len = packetLength(type, bytes, o);
  if (len === INVALID) return [A.error, Atom.of('invalid')];
  if (len === MORE) return [Atom.of('more'), A.undefined];
  if (len > bytes.length) return [Atom.of('more'), len];
  const rest = new BitStr(bytes.slice(len));
  const http = type.startsWith('http');
  if (http) {
    const bin = type.endsWith('_bin');
    const header = type.startsWith('httph');
    const line = bytes.subarray(0, len);
    const parsed = parseHttp(line, header, bin);
    const packet = parsed ?? [Atom.of('http_error'), bin ? new BitStr(line.slice()) : list([...line])];
    return [A.ok, packet, rest];
  }
  let from = 0;
  let to = len;
  if (type === '1' || type === '2' || type === '4') from = Number(type);
  if (type === 'fcgi') to -= bytes[6]!;
  if (type === 'ssl_tls') {
    const body = new BitStr(bytes.slice(5, len));
    return [A.ok, [Atom.of('ssl_tls'), NIL, bytes[0]!, [bytes[1]!, bytes[2]!], body], rest];
  }
  return [A.ok, new BitStr(bytes.slice(from, to)), rest];
}

export const erlangDecodePacketNatives: NativeModule = {
  name: 'erlang',
  functions: { 'decode_packet/3': decodePacket } as unknown as Record<string, NativeFn>,
};
