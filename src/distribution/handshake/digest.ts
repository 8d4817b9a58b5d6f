// The cookie proof of the handshake: MD5(cookie ++ decimal challenge), and
// challenges drawn from a CSPRNG.

import { nodeCrypto } from '../../terms/lazy_builtins.js';

/** dist_util:gen_digest/2: the challenge as an unsigned decimal, after the cookie's characters (one byte each). */
export function genDigest(challenge: number, cookie: string): Buffer {
  return nodeCrypto()
    .createHash('md5')
    .update(Buffer.from(cookie, 'latin1'))
    .update(String(challenge >>> 0), 'latin1')
    .digest();
}

export function genChallenge(): number {
  return nodeCrypto().randomBytes(4).readUInt32BE(0);
}

export function digestMatches(got: Uint8Array, challenge: number, cookie: string): boolean {
  const want = genDigest(challenge, cookie);
  return got.length === want.length && nodeCrypto().timingSafeEqual(got, want);
}
