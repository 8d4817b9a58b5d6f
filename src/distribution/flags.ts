// Distribution capability flags (DFLAG_*, kernel's dist.hrl) and the checks a
// real OTP node applies to a peer's set during the handshake.

export const DFLAG = {
  PUBLISHED: 0x1n,
  ATOM_CACHE: 0x2n,
  EXTENDED_REFERENCES: 0x4n,
  DIST_MONITOR: 0x8n,
  FUN_TAGS: 0x10n,
  DIST_MONITOR_NAME: 0x20n,
  HIDDEN_ATOM_CACHE: 0x40n,
  NEW_FUN_TAGS: 0x80n,
  EXTENDED_PIDS_PORTS: 0x100n,
  EXPORT_PTR_TAG: 0x200n,
  BIT_BINARIES: 0x400n,
  NEW_FLOATS: 0x800n,
  UNICODE_IO: 0x1000n,
  DIST_HDR_ATOM_CACHE: 0x2000n,
  SMALL_ATOM_TAGS: 0x4000n,
  UTF8_ATOMS: 0x10000n,
  MAP_TAG: 0x20000n,
  BIG_CREATION: 0x40000n,
  SEND_SENDER: 0x80000n,
  BIG_SEQTRACE_LABELS: 0x100000n,
  EXIT_PAYLOAD: 0x400000n,
  FRAGMENTS: 0x800000n,
  HANDSHAKE_23: 0x1000000n,
  UNLINK_ID: 0x2000000n,
  MANDATORY_25_DIGEST: 0x4000000n,
  SPAWN: 1n << 32n,
  NAME_ME: 2n << 32n,
  V4_NC: 4n << 32n,
  ALIAS: 8n << 32n,
} as const;

/** The eleven flags OTP 25 refuses to connect without (MANDATORY_25_DIGEST stands for all of them). */
export const MANDATORY_25 =
  DFLAG.EXTENDED_REFERENCES |
  DFLAG.FUN_TAGS |
  DFLAG.NEW_FUN_TAGS |
  DFLAG.EXTENDED_PIDS_PORTS |
  DFLAG.EXPORT_PTR_TAG |
  DFLAG.BIT_BINARIES |
  DFLAG.NEW_FLOATS |
  DFLAG.UTF8_ATOMS |
  DFLAG.MAP_TAG |
  DFLAG.BIG_CREATION |
  DFLAG.HANDSHAKE_23;

/**
 * What we advertise: OTP 25's default set without DIST_HDR_ATOM_CACHE, plus
 * PUBLISHED for a visible node. With FRAGMENTS both sides put the
 * distribution header (131, 68, no atom cache references) on every message
 * and may cut big ones into fragments (dist_header.ts); a peer without it
 * gets pass-through (112). 0xD07DF5FBC without PUBLISHED.
 */
export function ourFlags(hidden: boolean): bigint {
  const all =
    MANDATORY_25 |
    DFLAG.MANDATORY_25_DIGEST |
    DFLAG.DIST_MONITOR |
    DFLAG.DIST_MONITOR_NAME |
    DFLAG.UNICODE_IO |
    DFLAG.SMALL_ATOM_TAGS |
    DFLAG.SEND_SENDER |
    DFLAG.BIG_SEQTRACE_LABELS |
    DFLAG.EXIT_PAYLOAD |
    DFLAG.FRAGMENTS |
    DFLAG.UNLINK_ID |
    DFLAG.SPAWN |
    DFLAG.V4_NC |
    DFLAG.ALIAS;
  return hidden ? all : all | DFLAG.PUBLISHED;
}

/** A peer's MANDATORY_25_DIGEST bit means it has all eleven flags. */
export function expandMandatory25(flags: bigint): bigint {
  return (flags & DFLAG.MANDATORY_25_DIGEST) !== 0n ? flags | MANDATORY_25 : flags;
}

const NAMES = new Map<bigint, string>(Object.entries(DFLAG).map(([k, v]) => [v, k]));

/** dist_util:dflag2str/1. */
export function flagName(bit: bigint): string {
  return NAMES.get(bit) ?? `UNKNOWN<${bit.toString(16).toUpperCase()}>`;
}

/**
 * The names of mandatory flags the peer lacks, in the order dist_util's
 * check_mandatory/3 builds its list (it walks bits upwards and prepends, so
 * the highest bit comes first).
 */
export function missingMandatory(peerFlags: bigint): string[] {
  const missing: string[] = [];
  for (let bit = 1n; bit <= MANDATORY_25; bit <<= 1n) {
    if ((MANDATORY_25 & bit) !== 0n && (peerFlags & bit) === 0n) missing.unshift(flagName(bit));
  }
  return missing;
}

/** A connection is hidden when either side did not publish itself. */
export function isHiddenConnection(ours: bigint, theirs: bigint): boolean {
  return (ours & theirs & DFLAG.PUBLISHED) === 0n;
}
