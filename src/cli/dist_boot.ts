// Starting the wire half of distribution for `-sname`/`-name`, with erl's
// words when it cannot: the name is taken, or no EPMD could be reached.

import type { ErlArgs } from './args.js';
import { reportHeader } from './boot_failure.js';
import { DistStartError, startDistNet, type Net } from '../distribution/net.js';
import type { LogLevel } from '../distribution/dist_log.js';

export interface DistBoot {
  net: Net;
  /** Where connection reports go once the shell's io server exists (stderr before that). */
  setLog(write: (report: string) => void): void;
}

/** A -kernel parameter that must be a positive integer; erl ignores what it cannot use here. */
function kernelInt(args: ErlArgs, key: string): number | undefined {
  const p = [...args.appParameters].reverse().find((a) => a.app === 'kernel' && a.key === key);
  if (p === undefined || !/^\d+$/.test(p.value.trim())) return undefined;
  const n = Number(p.value.trim());
  return n > 0 ? n : undefined;
}

/** A whole report: logger's header, the text, a blank line. */
export function formatDistReport(level: LogLevel, text: string, when: Date = new Date()): string {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  return `${reportHeader(level === 'error' ? 'ERROR' : 'WARNING', when)}\n${body}\n`;
}

export async function startDistribution(args: ErlArgs, node: string, cookie: string): Promise<{ ok: true; dist: DistBoot } | { ok: false; message: string }> {
  let write: (report: string) => void = (report) => process.stderr.write(report);
  const setuptime = kernelInt(args, 'net_setuptime');
  try {
    const net = await startDistNet({
      name: node,
      longNames: args.nodeName?.domain === 'longnames',
      cookie,
      hidden: args.hidden,
      netTicktime: kernelInt(args, 'net_ticktime'),
      setupTimeMs: setuptime === undefined ? undefined : setuptime * 1000,
      log: (level, text) => write(formatDistReport(level, text)),
    });
    return { ok: true, dist: { net, setLog: (w) => (write = w) } };
  } catch (e) {
    if (!(e instanceof DistStartError)) throw e;
    // net_kernel's words (inet_tcp_dist), on stderr; erl then exits with 1.
    if (e.reason === 'name_taken') return { ok: false, message: `Protocol 'inet_tcp': the name ${node} seems to be in use by another Erlang node\r\n` };
    return { ok: false, message: `Protocol 'inet_tcp': register/listen error: ${e.message}\r\n` };
  }
}
