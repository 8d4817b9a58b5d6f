// erlang:universaltime_to_localtime/1 and localtime_to_universaltime/1,2:
// conversions through the machine's time zone, which Node knows through
// Date. erl hands the local-to-universal direction to C's mktime, whose
// handling of the DST flag is reproduced here: a time with the wrong flag
// takes the offset of the nearest time that has the asked flag (or one
// hour if none is near), and in the hour skipped in spring the answer is
// the candidate whose flag differs from the one asked.

import { A, Atom, type Term } from '../../terms/types.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import { frameError } from '../errors.js';

const DAY_MS = 86400000;
// mktime's search for a time with the asked DST flag (glibc's bounds).
const PROBE_STRIDE_MS = 601200 * 1000;
const PROBE_BOUND_MS = (457243200 + 601200) * 1000;

type DateTime = [number, number, number, number, number, number];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function monthDays(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A {{Y,M,D},{H,Mi,S}} that erl accepts (years from 1902), or null. */
function parse(t: Term): DateTime | null {
  if (!Array.isArray(t) || t.length !== 2) return null;
  const [date, time] = t;
  if (!Array.isArray(date) || date.length !== 3 || !Array.isArray(time) || time.length !== 3) return null;
  const parts = [...date, ...time];
  if (!parts.every((p) => typeof p === 'number' && Number.isInteger(p))) return null;
  const [y, mo, d, h, mi, s] = parts as DateTime;
  if (y < 1902 || mo < 1 || mo > 12 || d < 1 || d > monthDays(y, mo)) return null;
  if (h < 0 || h > 23 || mi < 0 || mi > 59 || s < 0 || s > 59) return null;
  return [y, mo, d, h, mi, s];
}

/** Milliseconds since 1970 of the fields read as UTC. */
function fieldsToMs([y, mo, d, h, mi, s]: DateTime): number {
  return Date.UTC(y, mo - 1, d, h, mi, s);
}

/** The datetime term of an instant, with `years` added (the cycles moved away). */
function msToTerm(ms: number, years: number): Term {
  const d = new Date(ms);
  return [
    [d.getUTCFullYear() + years, d.getUTCMonth() + 1, d.getUTCDate()],
    [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()],
  ];
}

/**
 * Converts with `f` on instants Date can hold: the Gregorian calendar and
 * the zone's yearly rules repeat every 400 years, so a far year is moved
 * back by whole cycles and moved forward again afterwards.
 */
function shifted(dt: DateTime, f: (ms: number) => number): Term {
  const years = 400 * Math.max(0, Math.ceil((dt[0] - 200000) / 400));
  const ms = f(fieldsToMs([dt[0] - years, dt[1], dt[2], dt[3], dt[4], dt[5]]));
  return msToTerm(ms, years);
}

/** The zone's offset from UTC at an instant, in ms, to the second. */
function offsetAt(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()) - ms;
}

/** Summer time: an offset above the year's lesser of January's and July's. */
function isDst(ms: number): boolean {
  const y = new Date(ms).getUTCFullYear();
  return offsetAt(ms) > Math.min(offsetAt(Date.UTC(y, 0, 1)), offsetAt(Date.UTC(y, 6, 1)));
}

/** The UTC instant of a local time as mktime gives it for the DST flag (null: let the zone decide). */
function localToUtc(local: number, dst: boolean | null): number {
  const before = offsetAt(local - DAY_MS);
  const after = offsetAt(local + DAY_MS);
  const offsets = before === after ? [before] : [before, after];
  const fits = offsets.filter((o) => offsetAt(local - o) === o).map((o) => local - o);
  if (fits.length === 0) {
    // The skipped hour: each side's offset gives a time outside it.
    const [a, b] = [local - before, local - after] as const;
    const prefer = dst === null ? (x: number) => isDst(x) : (x: number) => isDst(x) !== dst;
    return prefer(a) || !prefer(b) ? a : b;
  }
  let t = fits.find((x) => !isDst(x)) ?? fits[0]!;
  if (dst !== null) t = fits.find((x) => isDst(x) === dst) ?? t;
  if (dst === null || isDst(t) === dst) return t;
  for (let delta = PROBE_STRIDE_MS; delta < PROBE_BOUND_MS; delta += PROBE_STRIDE_MS) {
    for (const probe of [t - delta, t + delta]) {
      if (isDst(probe) === dst) return local - offsetAt(probe);
    }
  }
  return t + (dst ? -3600000 : 3600000);
}

const NOT_LOCAL = 'not a valid local time';

function toUniversal(args: Term[], flag: Term): Term {
  const dt = parse(args[0]!);
  const dst = flag === A.true ? true : flag === A.false ? false : flag === A.undefined ? null : undefined;
  if (dt === null || dst === undefined) {
    const errs: { [n: number]: string } = {};
    if (dt === null) errs[1] = NOT_LOCAL;
    if (dst === undefined) errs[2] = "not 'true', 'false', or 'undefined'";
    throw frameError(A.badarg, 'erlang', 'localtime_to_universaltime', args, errs);
  }
  return shifted(dt, (local) => localToUtc(local, dst));
}

const functions: Record<string, NativeFn> = {
  'universaltime_to_localtime/1': (_p, t) => {
    const dt = parse(t);
    if (dt === null) {
      throw frameError(A.badarg, 'erlang', 'universaltime_to_localtime', [t], { 1: 'not a valid universal time' });
    }
    return shifted(dt, (utc) => utc + offsetAt(utc));
  },
  'localtime_to_universaltime/1': (_p, t) => toUniversal([t], Atom.of('undefined')),
  'localtime_to_universaltime/2': (_p, t, flag) => toUniversal([t, flag], flag),
};

export const erlangTimeNatives: NativeModule = { name: 'erlang', functions };
