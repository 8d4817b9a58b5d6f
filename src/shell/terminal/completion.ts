// Tab completion, after OTP 25's edlin_expand: a word after `Mod:` completes
// to an exported function of Mod (adding "(" when the name is settled, "()"
// for a lone arity-0 function), any other word to a module name (adding
// ":"). Two additions that OTP 26 has and 25 lacks, because they are useful:
// a word starting with a capital or _ completes to a bound variable, and a
// word after `#` to a record name (adding "{").
//
// The answer is edlin's triple: found (false: beep), text to insert, and the
// alternatives to list when the word cannot be extended.

import { isWordChar } from './line_editor_buffer.js';
import { Atom } from '../../terms/types.js';
import { writeTerm } from '../../terms/print/write.js';

export interface Alternative {
  name: string;
  /** Shown as name/arity when given (functions). */
  arity?: number;
}

export interface Expansion {
  found: boolean;
  add: string;
  matches: Alternative[];
}

/** What completion may look at; each call must be cheap and must not throw for bad input. */
export interface CompletionWorld {
  modules(): Iterable<string>;
  /** Exported functions of a module, or null when there is no such module. */
  exports(module: string): Iterable<[string, number]> | null;
  variables(): Iterable<string>;
  records(): Iterable<string>;
}

const NONE: Expansion = { found: false, add: '', matches: [] };

export function expand(before: string, world: CompletionWorld): Expansion {
  const cs = Array.from(before);
  let i = cs.length;
  // Inside a quoted atom ('an), the word starts at its quote (edlin's until_quote).
  if (cs.filter((c) => c === "'").length % 2 === 1) i = cs.lastIndexOf("'");
  else while (i > 0 && isWordChar(cs[i - 1]!)) i--;
  const word = cs.slice(i).join('');
  let j = i;
  while (j > 0 && /\s/.test(cs[j - 1]!)) j--;
  const sep = j > 0 ? cs[j - 1]! : '';
  if (sep === ':') {
    let k = j - 1;
    while (k > 0 && /\s/.test(cs[k - 1]!)) k--;
    let m = k;
    while (m > 0 && isWordChar(cs[m - 1]!)) m--;
    const mod = unquote(cs.slice(m, k).join(''));
    if (mod.length === 0) return NONE;
    const ex = world.exports(mod);
    if (ex === null) return NONE;
    return match(
      word,
      [...ex].map(([name, arity]) => ({ name: quoteAtom(name), arity })),
      '(',
    );
  }
  if (i > 0 && cs[i - 1] === '#')
    return match(
      word,
      [...world.records()].map((name) => ({ name })),
      '{',
    );
  if (/^[A-Z_]/.test(word))
    return match(
      word,
      [...world.variables()].map((name) => ({ name })),
      '',
    );
  if (word.length === 0) return NONE;
  return match(
    word,
    [...world.modules()].map((name) => ({ name: quoteAtom(name) })),
    ':',
  );
}

/** Names are matched and shown as they are written: 'and', not and. */
function quoteAtom(name: string): string {
  return writeTerm(Atom.of(name));
}

function unquote(s: string): string {
  return s.length >= 2 && s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1) : s;
}

/** edlin_expand:match/3. */
export function match(prefix: string, alts: readonly Alternative[], extra: string): Expansion {
  const matches = alts.filter((a) => a.name.startsWith(prefix)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.arity ?? 0) - (b.arity ?? 0)));
  if (matches.length === 0) return NONE;
  const names = matches.map((m) => m.name);
  const head = commonHead(names);
  if (names.every((n) => n === head)) {
    const tail = extra === '(' && matches.length === 1 && matches[0]!.arity === 0 ? '()' : extra;
    return { found: true, add: head.slice(prefix.length) + tail, matches: [] };
  }
  if (head.length === 0) return { found: false, add: '', matches };
  const remain = head.slice(prefix.length);
  return remain.length === 0 ? { found: true, add: '', matches } : { found: true, add: remain, matches: [] };
}

function commonHead(names: readonly string[]): string {
  let head = names[0]!;
  for (const n of names) {
    let k = 0;
    while (k < head.length && k < n.length && head[k] === n[k]) k++;
    head = head.slice(0, k);
  }
  return head;
}
