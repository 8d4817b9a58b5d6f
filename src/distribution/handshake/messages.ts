// The messages of the version-6 handshake (erl_dist_protocol "Distribution
// Handshake"), as bodies of {packet,2} frames. Parsers return null for
// anything malformed; the flows in handshake.ts then drop the connection.

export interface SendName {
  flags: bigint;
  creation: number;
  name: string;
}

export interface Challenge extends SendName {
  challenge: number;
}

const N = 78; // 'N'
const STATUS = 115; // 's'
const REPLY = 114; // 'r'
const ACK = 97; // 'a'

function nameBytes(name: string): Buffer {
  return Buffer.from(name, 'latin1');
}

export function sendNameMsg(m: SendName): Buffer {
  const name = nameBytes(m.name);
  const b = Buffer.alloc(15 + name.length);
  b[0] = N;
  b.writeBigUInt64BE(m.flags, 1);
  b.writeUInt32BE(m.creation >>> 0, 9);
  b.writeUInt16BE(name.length, 13);
  name.copy(b, 15);
  return b;
}

/** 'N' send_name; trailing bytes after the name are allowed (and ignored). */
export function parseSendName(b: Buffer): SendName | null {
  if (b.length < 15 || b[0] !== N) return null;
  const nlen = b.readUInt16BE(13);
  if (b.length < 15 + nlen) return null;
  return { flags: b.readBigUInt64BE(1), creation: b.readUInt32BE(9), name: b.subarray(15, 15 + nlen).toString('latin1') };
}

export function challengeMsg(m: Challenge): Buffer {
  const name = nameBytes(m.name);
  const b = Buffer.alloc(19 + name.length);
  b[0] = N;
  b.writeBigUInt64BE(m.flags, 1);
  b.writeUInt32BE(m.challenge >>> 0, 9);
  b.writeUInt32BE(m.creation >>> 0, 13);
  b.writeUInt16BE(name.length, 17);
  name.copy(b, 19);
  return b;
}

export function parseChallenge(b: Buffer): Challenge | null {
  if (b.length < 19 || b[0] !== N) return null;
  const nlen = b.readUInt16BE(17);
  if (b.length < 19 + nlen) return null;
  return {
    flags: b.readBigUInt64BE(1),
    challenge: b.readUInt32BE(9),
    creation: b.readUInt32BE(13),
    name: b.subarray(19, 19 + nlen).toString('latin1'),
  };
}

export function statusMsg(status: string): Buffer {
  return Buffer.concat([Buffer.from([STATUS]), Buffer.from(status, 'latin1')]);
}

/** The text after 's', or null when the message is not a status. */
export function parseStatus(b: Buffer): string | null {
  return b.length >= 1 && b[0] === STATUS ? b.subarray(1).toString('latin1') : null;
}

export function challengeReplyMsg(challenge: number, digest: Uint8Array): Buffer {
  const b = Buffer.alloc(21);
  b[0] = REPLY;
  b.writeUInt32BE(challenge >>> 0, 1);
  b.set(digest, 5);
  return b;
}

/** Exactly 'r', Challenge:32, Digest:16 (dist_util insists on the length). */
export function parseChallengeReply(b: Buffer): { challenge: number; digest: Buffer } | null {
  if (b.length !== 21 || b[0] !== REPLY) return null;
  return { challenge: b.readUInt32BE(1), digest: b.subarray(5) };
}

export function challengeAckMsg(digest: Uint8Array): Buffer {
  const b = Buffer.alloc(17);
  b[0] = ACK;
  b.set(digest, 1);
  return b;
}

export function parseChallengeAck(b: Buffer): Buffer | null {
  return b.length === 17 && b[0] === ACK ? b.subarray(1) : null;
}

/** dist_util:is_name_ok/2 for a static name: exactly one '@', neither side empty. */
export function isNameOk(name: string): boolean {
  const parts = name.split('@');
  return parts.length === 2 && parts[0]!.length > 0 && parts[1]!.length > 0;
}
