// Splitting a node name to dial it. net_kernel silently refuses names that
// are not Alive@Host (pang, no report); then inet_tcp_dist:splitnode/3
// applies its rule, with a report: a short-names node refuses hosts with
// dots, a long-names node hosts without (unless they are IP addresses).

import * as net from 'node:net';
import { distText, type DistLog } from './dist_log.js';

export function splitNodeForDial(node: string, longNames: boolean, log: DistLog): { alive: string; host: string } | null {
  const parts = node.split('@');
  if (parts.length !== 2 || parts[0]!.length === 0 || parts[1]!.length === 0) return null;
  const [alive, host] = parts as [string, string];
  const dotted = host.includes('.');
  if (longNames && !dotted && net.isIP(host) === 0) {
    log('error', distText.longNamesIllegalHost(host));
    return null;
  }
  if (!longNames && dotted) {
    log('error', distText.shortNamesIllegalHost(host));
    return null;
  }
  return { alive, host };
}
