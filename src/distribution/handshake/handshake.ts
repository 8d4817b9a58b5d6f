// The version-6 handshake, both ways, with the checks and the log texts of
// OTP's dist_util: A (initiator) sends its name, B (acceptor) answers with a
// status and its challenge, A proves the cookie and challenges back, B
// proves it too. Any malformed message ends the attempt without a word.

import { HandshakeFailed, type HandshakeSocket } from './socket.js';
import {
  challengeAckMsg,
  challengeMsg,
  challengeReplyMsg,
  isNameOk,
  parseChallenge,
  parseChallengeAck,
  parseChallengeReply,
  parseSendName,
  parseStatus,
  sendNameMsg,
  statusMsg,
} from './messages.js';
import { digestMatches, genChallenge, genDigest } from './digest.js';
import { expandMandatory25, missingMandatory } from '../flags.js';
import { distText, type DistLog } from '../dist_log.js';

export interface HandshakeContext {
  ourName: string;
  ourFlags: bigint;
  creation: number;
  /** auth:get_cookie(Node): the per-node cookie, else the node's own. */
  cookieFor(peer: string): string;
  log: DistLog;
}

/** A finished handshake: the peer, and the flags both sides will use (the AND of both sets). */
export interface Established {
  peer: string;
  peerFlags: bigint;
  peerCreation: number;
  flags: bigint;
  hs: HandshakeSocket;
}

export type InitiateResult =
  | { kind: 'up'; conn: Established }
  /** B's own attempt to reach us wins (simultaneous connect): wait for it. */
  | { kind: 'nok' }
  | { kind: 'failed'; reason: string; actualName?: string };

/** What the node answers when B learns who is calling (net_kernel's accept_pending). */
export type PendingVerdict = 'ok' | 'ok_simultaneous' | 'nok' | 'up_pending' | 'already_pending';

export interface AcceptHooks {
  /** Registers the attempt as pending (or refuses it); see §3.4 of the reference. */
  markPending(peer: string, peerFlags: bigint): PendingVerdict;
  /** For 'up_pending' once the cookie checked out: the old connection is dead, drop it. */
  replaceUp(peer: string): void;
}

export type AcceptResult = { kind: 'up'; conn: Established } | { kind: 'failed'; reason: string; peer: string | null; pending: boolean };

async function step<T>(hs: HandshakeSocket, parse: (b: Buffer) => T | null): Promise<T | null> {
  return parse(await hs.recv());
}

/** We dialled `peer` and the TCP connection is up. */
export async function initiate(hs: HandshakeSocket, ctx: HandshakeContext, peer: string): Promise<InitiateResult> {
  try {
    hs.send(sendNameMsg({ flags: ctx.ourFlags, creation: ctx.creation, name: ctx.ourName }));
    const status = await step(hs, parseStatus);
    if (status === null) return { kind: 'failed', reason: 'bad_status' };
    if (status === 'nok') return { kind: 'nok' };
    if (status === 'alive') {
      // B still sees a connection from us; we are dialling, so ours is dead.
      hs.send(statusMsg('true'));
    } else if (status !== 'ok' && status !== 'ok_simultaneous') {
      return { kind: 'failed', reason: status };
    }
    const ch = await step(hs, parseChallenge);
    // recv_challenge_new: the name must be exactly the node we dialled.
    if (ch === null) return { kind: 'failed', reason: 'bad_challenge' };
    if (ch.name !== peer) return { kind: 'failed', reason: 'bad_challenge', actualName: ch.name };
    const peerFlags = expandMandatory25(ch.flags);
    const missing = missingMandatory(peerFlags);
    if (missing.length > 0) {
      ctx.log('error', distText.cannotHandle(ctx.ourName, false, peer, missing));
      return { kind: 'failed', reason: 'check_dflags_failed' };
    }
    const cookie = ctx.cookieFor(peer);
    const ourChallenge = genChallenge();
    hs.send(challengeReplyMsg(ourChallenge, genDigest(ch.challenge, cookie)));
    // An acceptor closes here only when our digest was wrong: its cookie differs.
    const ack = await step(hs, parseChallengeAck).catch((e: unknown) => {
      if (e instanceof HandshakeFailed && e.message === 'connection_closed') throw new HandshakeFailed('cookie_refused');
      throw e;
    });
    if (ack === null) return { kind: 'failed', reason: 'bad_ack' };
    if (!digestMatches(ack, ourChallenge, cookie)) {
      ctx.log('error', distText.invalidChallengeAck(peer));
      return { kind: 'failed', reason: 'bad_cookie' };
    }
    return { kind: 'up', conn: { peer, peerFlags, peerCreation: ch.creation, flags: ctx.ourFlags & peerFlags, hs } };
  } catch (e) {
    if (e instanceof HandshakeFailed) return { kind: 'failed', reason: e.message };
    throw e;
  }
}

/** A peer connected to our listening socket. */
export async function accept(hs: HandshakeSocket, ctx: HandshakeContext, hooks: AcceptHooks): Promise<AcceptResult> {
  let peer: string | null = null;
  let pending = false;
  const failed = (reason: string): AcceptResult => ({ kind: 'failed', reason, peer, pending });
  try {
    const name = await step(hs, parseSendName);
    if (name === null || !isNameOk(name.name)) return failed('bad_name');
    peer = name.name;
    const peerFlags = expandMandatory25(name.flags);
    const missing = missingMandatory(peerFlags);
    if (missing.length > 0) {
      hs.send(statusMsg('not_allowed'));
      ctx.log('error', distText.cannotHandle(ctx.ourName, true, peer, missing));
      return failed('check_dflags_failed');
    }
    const verdict = hooks.markPending(peer, peerFlags);
    if (verdict === 'nok' || verdict === 'already_pending') {
      if (verdict === 'nok') hs.send(statusMsg('nok'));
      return failed(verdict);
    }
    pending = true;
    if (verdict === 'up_pending') {
      hs.send(statusMsg('alive'));
      const answer = await step(hs, parseStatus);
      if (answer !== 'true') return failed('alive_refused');
    } else {
      hs.send(statusMsg(verdict));
    }
    const cookie = ctx.cookieFor(peer);
    const ourChallenge = genChallenge();
    hs.send(challengeMsg({ flags: ctx.ourFlags, challenge: ourChallenge, creation: ctx.creation, name: ctx.ourName }));
    const reply = await step(hs, parseChallengeReply);
    if (reply === null) return failed('bad_reply');
    if (!digestMatches(reply.digest, ourChallenge, cookie)) {
      ctx.log('error', distText.invalidChallengeReply(peer));
      return failed('bad_cookie');
    }
    if (verdict === 'up_pending') hooks.replaceUp(peer);
    hs.send(challengeAckMsg(genDigest(reply.challenge, cookie)));
    return { kind: 'up', conn: { peer, peerFlags, peerCreation: name.creation, flags: ctx.ourFlags & peerFlags, hs } };
  } catch (e) {
    if (e instanceof HandshakeFailed) return failed(e.message);
    throw e;
  }
}
