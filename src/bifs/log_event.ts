// Logger events as erl's default handler prints them, for events that
// arrive from other nodes (logger_proxy) and the few reports erlts itself
// logs through logger (erts_internal:crasher's warning).

import { Atom, list, type Term } from '../terms/types.js';
import { ioLibFormatTerm } from '../terms/format.js';

const HEADERS: Record<string, string> = {
  emergency: 'ERROR',
  alert: 'ERROR',
  critical: 'ERROR',
  error: 'ERROR',
  warning: 'WARNING',
  notice: 'WARNING',
  info: 'INFO',
  debug: 'INFO',
};

/** The text logger's default handler prints for a forwarded event, or null if it is not one. */
export function formatLogEvent(ev: Term, when: Date): string | null {
  if (!Array.isArray(ev) || ev[0] !== Atom.of('log') || !(ev[1] instanceof Atom)) return null;
  const kind = HEADERS[ev[1].name];
  if (kind === undefined) return null;
  let body: string;
  try {
    if (ev.length === 5) body = ioLibFormatTerm(ev[2]!, ev[3]!);
    else if (ev.length === 4) body = ioLibFormatTerm('~p~n', list([ev[2]!]));
    else return null;
  } catch {
    return null;
  }
  return `=${kind} REPORT==== ${timestamp(when)} ===\n${body}\n`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** logger's legacy header time: 24-Nov-2026::14:01:55.257344 (local time). */
function timestamp(at: Date): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const date = `${at.getDate()}-${MONTHS[at.getMonth()]}-${at.getFullYear()}`;
  return `${date}::${pad(at.getHours(), 2)}:${pad(at.getMinutes(), 2)}:${pad(at.getSeconds(), 2)}.${pad(at.getMilliseconds() * 1000, 6)}`;
}
