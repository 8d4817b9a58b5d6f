// Turning `-sname`/`-name` into a full node name the way net_kernel does,
// including which boot failure erl gives when it cannot.

import type { NodeNameRequest } from './args.js';
import type { NodeNameProblem } from './boot_failure.js';

export type NodeNameResolution =
  | { ok: true; name: string; host: string; node: string }
  /** Rendered with renderInvalidNodeName (one line from the carrier). */
  | { ok: false; kind: 'protocol'; spec: string }
  /** Rendered with renderNodeNameBootFailure. */
  | { ok: false; kind: 'net_kernel'; problem: NodeNameProblem; name: string };

const VALID_NAME_PART = /^[A-Za-z0-9_-]+$/;

/**
 * `hostname` is the machine's name as the OS gives it (`vm`, or `vm.example.com`).
 * Short names take its first label; long names need it to have a domain.
 */
export function resolveNodeName(request: NodeNameRequest, hostname: string): NodeNameResolution {
  const parts = request.spec.split('@');
  if (parts.length > 2) return { ok: false, kind: 'protocol', spec: request.spec };
  const name = parts[0]!;
  const givenHost = parts[1] ?? '';
  const long = request.domain === 'longnames';
  if (!VALID_NAME_PART.test(name)) return { ok: false, kind: 'net_kernel', problem: 'invalid', name: request.spec };
  let host = givenHost;
  if (host === '') host = long ? hostname : hostname.split('.')[0]!;
  if (long && givenHost === '' && !host.includes('.')) return { ok: false, kind: 'net_kernel', problem: 'long', name };
  if (!long && host.includes('.')) return { ok: false, kind: 'net_kernel', problem: 'short', name: request.spec };
  return { ok: true, name, host, node: `${name}@${host}` };
}
