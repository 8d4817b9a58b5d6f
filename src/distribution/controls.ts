// Control message operation numbers (distribution protocol, "Protocol between
// connected nodes") and the DFLAG bits the services half looks at.

export const OP = {
  LINK: 1,
  SEND: 2,
  EXIT: 3,
  UNLINK: 4,
  REG_SEND: 6,
  GROUP_LEADER: 7,
  EXIT2: 8,
  SEND_TT: 12,
  EXIT_TT: 13,
  REG_SEND_TT: 16,
  EXIT2_TT: 18,
  MONITOR_P: 19,
  DEMONITOR_P: 20,
  MONITOR_P_EXIT: 21,
  SEND_SENDER: 22,
  SEND_SENDER_TT: 23,
  PAYLOAD_EXIT: 24,
  PAYLOAD_EXIT_TT: 25,
  PAYLOAD_EXIT2: 26,
  PAYLOAD_EXIT2_TT: 27,
  PAYLOAD_MONITOR_P_EXIT: 28,
  SPAWN_REQUEST: 29,
  SPAWN_REQUEST_TT: 30,
  SPAWN_REPLY: 31,
  SPAWN_REPLY_TT: 32,
  ALIAS_SEND: 33,
  ALIAS_SEND_TT: 34,
  UNLINK_ID: 35,
  UNLINK_ID_ACK: 36,
} as const;

export const DFLAG_SEND_SENDER = 0x80000n;
export const DFLAG_EXIT_PAYLOAD = 0x400000n;
export const DFLAG_UNLINK_ID = 0x2000000n;
export const DFLAG_SPAWN = 1n << 32n;
export const DFLAG_ALIAS = 8n << 32n;

/** SPAWN_REPLY flag bits. */
export const SPAWN_REPLY_LINKED = 1;
export const SPAWN_REPLY_MONITORED = 2;
