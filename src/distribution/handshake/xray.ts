// The protocol X-ray's view of a handshake: every message either way,
// decoded (names, flags in words, challenges, digests; the cookie is never
// on the wire, so never shown), recorded in the node's wire log. It wraps a
// HandshakeSocket's send and recv, so the handshake itself knows nothing.
import type { HandshakeSocket } from './socket.js';
import { parseChallenge, parseChallengeAck, parseChallengeReply, parseSendName, parseStatus } from './messages.js';
import { flagWords, type WireLog } from '../wire_log.js';

type Role = 'initiator' | 'acceptor';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

/** Decodes one handshake message: its step name and fields, or null for something else. */
export function describeHandshakeMessage(b: Buffer, sentByInitiator: boolean): { step: string; fields: Record<string, string> } | null {
  switch (String.fromCharCode(b[0] ?? 0)) {
    case 'N': {
      if (sentByInitiator) {
        const m = parseSendName(b);
        return m && { step: 'send_name', fields: { name: m.name, flags: flagWords(m.flags), creation: String(m.creation) } };
      }
      const c = parseChallenge(b);
      return c && { step: 'send_challenge', fields: { name: c.name, flags: flagWords(c.flags), challenge: String(c.challenge), creation: String(c.creation) } };
    }
    case 's': {
      const s = parseStatus(b);
      return s === null ? null : { step: 'send_status', fields: { status: s } };
    }
    case 'r': {
      const r = parseChallengeReply(b);
      return r && { step: 'send_challenge_reply', fields: { challenge: String(r.challenge), digest: hex(r.digest) } };
    }
    case 'a': {
      const d = parseChallengeAck(b);
      return d && { step: 'send_challenge_ack', fields: { digest: hex(d) } };
    }
    default:
      return null;
  }
}

/** Records what `hs` sends and receives in `log`; `peer` may be learnt from send_name. */
export function watchHandshake(hs: HandshakeSocket, log: WireLog, role: Role, peer: string | null): void {
  let who = peer ?? 'unknown';
  const send = hs.send.bind(hs);
  const recv = hs.recv.bind(hs);
  const note = (dir: 'in' | 'out', b: Buffer) => {
    const sentByInitiator = (dir === 'out') === (role === 'initiator');
    const d = describeHandshakeMessage(b, sentByInitiator);
    if (d === null) return;
    if (d.step === 'send_name' && role === 'acceptor' && d.fields.name !== undefined) who = d.fields.name;
    log.note(dir, who, d.step, d.fields, b.length + 2);
  };
  hs.send = (body: Uint8Array) => {
    note('out', Buffer.from(body));
    send(body);
  };
  hs.recv = async () => {
    const b = await recv();
    note('in', b);
    return b;
  };
}
