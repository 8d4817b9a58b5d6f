// Logger events as erl's default handler prints them, for events that
// arrive from other nodes (logger_proxy) and the few reports erlts itself
// logs through logger (erts_internal:crasher's warning).

import { Atom, list, type Term } from '../../terms/types.js';
import { ErlMap } from '../../terms/map.js';
import { ioLibFormatTerm } from '../../terms/format.js';

const HEADERS: Record<string, string> = {
  emergency: 'EMERGENCY',
  alert: 'ALERT',
  critical: 'CRITICAL',
  error: 'ERROR',
  warning: 'WARNING',
  notice: 'NOTICE',
  info: 'INFO',
  debug: 'DEBUG',
};

/** error_logger's calls log at these levels but keep their old headers (info_msg is a notice headed INFO). */
const ERROR_LOGGER_TAGS: Record<string, string> = {
  info_msg: 'INFO',
  info_report: 'INFO',
  warning_msg: 'WARNING',
  warning_report: 'WARNING',
  error: 'ERROR',
  error_report: 'ERROR',
};

/** The text logger's default handler prints for a forwarded event, or null if it is not one. */
export function formatLogEvent(ev: Term, when: Date): string | null {
  if (!Array.isArray(ev) || ev[0] !== Atom.of('log') || !(ev[1] instanceof Atom)) return null;
  const kind = legacyHeader(ev[ev.length - 1]) ?? HEADERS[ev[1].name];
  if (kind === undefined) return null;
  let body: string;
  try {
    if (ev.length === 5) body = ioLibFormatTerm(ev[2]!, ev[3]!);
    else if (ev.length === 4) body = ioLibFormatTerm('~p~n', list([ev[2]!]));
    else return null;
  } catch {
    return null;
  }
  return `=${kind} REPORT==== ${reportTimestamp(when)} ===\n${body}\n`;
}

function legacyHeader(meta: Term | undefined): string | undefined {
  if (!(meta instanceof ErlMap)) return undefined;
  const from = meta.get(Atom.of('error_logger'));
  const tag = from instanceof ErlMap ? from.get(Atom.of('tag')) : undefined;
  return tag instanceof Atom ? ERROR_LOGGER_TAGS[tag.name] : undefined;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `25-Nov-2026::19:41:34.204730` in local time, as logger's legacy report header shows it. */
export function reportTimestamp(at: Date, microseconds = at.getMilliseconds() * 1000): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const date = `${at.getDate()}-${MONTHS[at.getMonth()]}-${at.getFullYear()}`;
  return `${date}::${pad(at.getHours(), 2)}:${pad(at.getMinutes(), 2)}:${pad(at.getSeconds(), 2)}.${pad(microseconds, 6)}`;
}
