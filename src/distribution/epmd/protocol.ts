// The EPMD wire protocol (erl_dist_protocol "EPMD Protocol"): requests are
// Length:16 + body; answers are not length-prefixed. Pure encoders and
// parsers, shared by the client (epmd_client.ts) and our own server
// (epmd_server.ts).

export const EPMD_DEFAULT_PORT = 4369;

export const ALIVE2_REQ = 120; // 'x'
export const ALIVE2_X_RESP = 118; // 'v'
export const ALIVE2_RESP = 121; // 'y'
export const PORT_PLEASE2_REQ = 122; // 'z'
export const PORT2_RESP = 119; // 'w'
export const NAMES_REQ = 110; // 'n'
export const DUMP_REQ = 100; // 'd'
export const KILL_REQ = 107; // 'k'
export const STOP_REQ = 115; // 's'

/** NodeType of a normal Erlang node ('M'); 'H' (72) is used by C nodes. */
export const NODE_TYPE_NORMAL = 77;

/** What a node tells EPMD about itself (ALIVE2_REQ), and what PORT2_RESP gives back. */
export interface NodeEntry {
  name: string;
  port: number;
  nodeType: number;
  protocol: number;
  highestVersion: number;
  lowestVersion: number;
  extra: Uint8Array;
}

/** ERL_EPMD_PORT when set to a port number, else 4369. */
export function epmdPortFromEnv(env: NodeJS.ProcessEnv): number {
  const v = env.ERL_EPMD_PORT;
  if (v !== undefined && /^\d+$/.test(v.trim())) {
    const n = Number(v.trim());
    if (n > 0 && n < 65536) return n;
  }
  return EPMD_DEFAULT_PORT;
}

function request(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(2 + body.length);
  out.writeUInt16BE(body.length, 0);
  body.copy(out, 2);
  return out;
}

/**
 * A node entry as ALIVE2_REQ and PORT2_RESP both carry it (port, node type,
 * protocol, versions, name, extra), after `head`, the bytes that precede it.
 */
function withEntry(head: number[], e: NodeEntry): Buffer {
  const name = Buffer.from(e.name, 'utf8');
  const out = Buffer.alloc(head.length + 12 + name.length + e.extra.length);
  out.set(head, 0);
  let o = out.writeUInt16BE(e.port, head.length);
  o = out.writeUInt8(e.nodeType, o);
  o = out.writeUInt8(e.protocol, o);
  o = out.writeUInt16BE(e.highestVersion, o);
  o = out.writeUInt16BE(e.lowestVersion, o);
  o = out.writeUInt16BE(name.length, o);
  o += name.copy(out, o);
  o = out.writeUInt16BE(e.extra.length, o);
  out.set(e.extra, o);
  return out;
}

export function alive2Request(e: NodeEntry): Buffer {
  return request(withEntry([ALIVE2_REQ], e));
}

export function portPlease2Request(name: string): Buffer {
  return request(Buffer.concat([Buffer.from([PORT_PLEASE2_REQ]), Buffer.from(name, 'utf8')]));
}

export function namesRequest(): Buffer {
  return request(Buffer.from([NAMES_REQ]));
}

export function killRequest(): Buffer {
  return request(Buffer.from([KILL_REQ]));
}

/** The node entry at b[at...] (as withEntry writes it); null while b is too short for it. */
function readEntry(b: Buffer, at: number): NodeEntry | null {
  if (b.length < at + 12) return null;
  const nlen = b.readUInt16BE(at + 8);
  if (b.length < at + 12 + nlen) return null;
  const elen = b.readUInt16BE(at + 10 + nlen);
  if (b.length < at + 12 + nlen + elen) return null;
  return {
    port: b.readUInt16BE(at),
    nodeType: b[at + 2]!,
    protocol: b[at + 3]!,
    highestVersion: b.readUInt16BE(at + 4),
    lowestVersion: b.readUInt16BE(at + 6),
    name: b.subarray(at + 10, at + 10 + nlen).toString('utf8'),
    extra: Uint8Array.from(b.subarray(at + 12 + nlen, at + 12 + nlen + elen)),
  };
}

/** Parses ALIVE2_REQ's body after the type byte; null when malformed. */
export function parseAlive2Body(b: Buffer): NodeEntry | null {
  return readEntry(b, 0);
}

/** PORT2_RESP for an entry (result 0), or the two-byte "not found". */
export function port2Response(e: NodeEntry | null): Buffer {
  if (e === null) return Buffer.from([PORT2_RESP, 1]);
  return withEntry([PORT2_RESP, 0], e);
}

export type Port2Parse = { kind: 'more' } | { kind: 'bad' } | { kind: 'not_found' } | { kind: 'found'; entry: NodeEntry };

/** Parses a (possibly still incomplete) PORT2_RESP. */
export function parsePort2Response(b: Buffer): Port2Parse {
  if (b.length < 2) return { kind: 'more' };
  if (b[0] !== PORT2_RESP) return { kind: 'bad' };
  if (b[1] !== 0) return { kind: 'not_found' };
  const entry = readEntry(b, 2);
  return entry === null ? { kind: 'more' } : { kind: 'found', entry };
}

export function alive2XResponse(result: number, creation: number): Buffer {
  const out = Buffer.alloc(6);
  out[0] = ALIVE2_X_RESP;
  out[1] = result;
  out.writeUInt32BE(creation >>> 0, 2);
  return out;
}

export function alive2Response(result: number, creation: number): Buffer {
  const out = Buffer.alloc(4);
  out[0] = ALIVE2_RESP;
  out[1] = result;
  out.writeUInt16BE(creation & 0xffff, 2);
  return out;
}

/** NAMES_REQ's text lines, as real epmd writes them. */
export function namesLine(name: string, port: number): string {
  return `name ${name} at port ${port}\n`;
}

/** Parses NAMES_RESP text into name/port pairs (lines that do not match are skipped). */
export function parseNamesText(text: string): { name: string; port: number }[] {
  const out: { name: string; port: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^name (.*) at port (\d+)$/.exec(line);
    if (m !== null) out.push({ name: m[1]!, port: Number(m[2]) });
  }
  return out;
}
