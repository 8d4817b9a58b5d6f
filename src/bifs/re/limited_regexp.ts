// RegExps that give up after a number of backtracks, as PCRE gives up after
// match_limit calls of its matcher (10,000,000 by default): a pattern such
// as (a+)+$ on 33 characters then ends in about a second, as on erl,
// instead of holding the scheduler for twenty minutes.
//
// V8 has such RegExps internally (it uses them before falling back to its
// linear engine); %NewRegExpWithBacktrackLimit makes one. That needs V8's
// natives syntax, which is switched on only while the factory below is
// compiled and run once, then off again, so no other code is parsed with
// it. Should V8 ever drop the compiled factory and parse it again without
// the flag, the call throws a SyntaxError and we make the factory anew.
//
// A limited RegExp answers null both for "no match" and for "gave up", so
// the pattern gets one more alternative that always matches where the
// search ends: `(?:P)|()$` when searching, `(?:P)|()` when sticky. Null
// then means the limit was hit; the extra group set means no match.

import { setFlagsFromString } from 'node:v8';

type Factory = (source: string, flags: string, limit: number) => RegExp;

let factory: Factory | null = null;

function makeFactory(): Factory {
  setFlagsFromString('--allow-natives-syntax');
  try {
    const f = new Function('s', 'f', 'n', 'return %NewRegExpWithBacktrackLimit(s, f, n)') as Factory;
    f('a', '', 1).exec('a'); // compile it while the flag is on
    return f;
  } finally {
    setFlagsFromString('--no-allow-natives-syntax');
  }
}

/** PCRE's default match_limit (and match_limit_recursion) in erl. */
export const DEFAULT_MATCH_LIMIT = 10_000_000;

/** A RegExp of `source` with `flags` that stops after `limit` backtracks; the last group is the probe. */
export function limitedRegExp(source: string, flags: string, limit: number): RegExp {
  const sticky = flags.includes('y');
  const probed = `(?:${source})|()${sticky ? '' : '$'}`;
  // V8 takes the limit as a uint32; 0 would mean "no limit".
  const n = Math.max(1, Math.min(limit, 0xffffffff));
  for (let attempt = 0; ; attempt++) {
    factory ??= makeFactory();
    try {
      return factory(probed, flags, n);
    } catch (e) {
      if (attempt > 0 || !(e instanceof SyntaxError) || /regular expression/i.test(e.message)) throw e;
      factory = null;
    }
  }
}

/** Thrown when a match gives up at the limit: erl's nomatch, or {error, match_limit} with report_errors. */
export class MatchLimit extends Error {}
