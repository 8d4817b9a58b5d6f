// Why an attempt to reach a node failed, in the terms a learner needs
// (erl says only `pang`). The wire half classifies; the services half turns
// it into a hint when hints are on (src/bifs/hints).
import * as net from 'node:net';

export type DialFailure =
  | { kind: 'short_calls_long' | 'long_calls_short'; node: string }
  | { kind: 'host_unknown' | 'no_epmd'; node: string; host: string }
  | { kind: 'not_registered'; node: string; host: string; alive: string; names: string[] }
  | { kind: 'other_name'; node: string; host: string; actual: string }
  | { kind: 'cookie'; node: string };

/** A name that the dial rules refused (splitNodeForDial returned null): which rule, if any. */
export function nameKindFailure(node: string, longNames: boolean): DialFailure | null {
  const parts = node.split('@');
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return null;
  const host = parts[1]!;
  const dotted = host.includes('.');
  if (longNames && !dotted && net.isIP(host) === 0) return { kind: 'long_calls_short', node };
  if (!longNames && dotted) return { kind: 'short_calls_long', node };
  return null;
}

/** An EPMD lookup that threw: the host does not resolve, or nothing answers there. */
export function epmdFailure(node: string, host: string, error: unknown): DialFailure {
  // The EPMD client reports a socket error by its code, as the error's message.
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = e?.code ?? e?.message;
  return { kind: code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' ? 'host_unknown' : 'no_epmd', node, host };
}
