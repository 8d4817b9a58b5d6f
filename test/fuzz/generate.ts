// The shell fuzzer's inputs: seed expressions (seeds.txt) mutated at the
// token level, deterministically from a seed number. Input `id` depends only
// on (seed, id), so the golden data recorded from real erl stays valid for
// any prefix and a longer run only adds inputs. Texts are latin1 strings:
// one character per byte, as the shells read a pipe.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS_FILE = fileURLToPath(new URL('../../../test/fuzz/seeds.txt', import.meta.url));

/** Bump when the generator changes: golden data records it and must be re-recorded. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20240901;

/** mulberry32: small, fast, and the same on every platform. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

let seedCache: string[] | null = null;

export function loadSeeds(): string[] {
  if (seedCache !== null) return seedCache;
  const text = readFileSync(SEEDS_FILE, 'latin1');
  seedCache = text
    .split(/^%%%\n/m)
    .slice(1)
    .map((s) => s.replace(/\n$/, ''));
  return seedCache;
}

// ---- tokens ---------------------------------------------------------------

export interface Token {
  text: string;
  /** Whitespace and comments: kept so the text reads as written, never mutated alone. */
  space: boolean;
  number: boolean;
}

const TOKEN =
  /\s+|%[^\n]*|"(?:[^"\\]|\\[\s\S])*"?|'(?:[^'\\]|\\[\s\S])*'?|\$\\(?:x\{[0-9a-fA-F]*\}?|\^.|[0-7]{1,3}|[\s\S])|\$[\s\S]|[0-9][0-9_]*#[0-9a-zA-Z_]+|[0-9][0-9_]*(?:\.[0-9_]+(?:[eE][-+]?[0-9]+)?)?|[a-z][A-Za-z0-9_@]*|[A-Z_][A-Za-z0-9_]*|=:=|=\/=|\.\.\.|<<|>>|<-|<=|=<|>=|==|\/=|->|\|\||::|\+\+|--|=>|:=|\.\.|[\s\S]/y;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const m = TOKEN.exec(text);
    if (m === null) break;
    const t = m[0];
    tokens.push({ text: t, space: /^(\s|%)/.test(t), number: /^[0-9]/.test(t) });
  }
  return tokens;
}

// ---- what mutations insert --------------------------------------------------

const BRACKETS = ['(', ')', '[', ']', '{', '}', '<<', '>>', '#{', '#', 'begin', 'end', 'fun', 'case', 'of', 'try', 'catch', 'if', '->', ';', '||', '<-'];
const QUOTES = ['"', "'", '$', '$\\', '\\', '"\\', "'\\", '$"', '"\'"'];
const DOTS = ['.', '. ', '..', '...', '.\n', ' . ', '.%', '1.', '.5', '..1'];
const HUGE = [
  '123456789012345678901234567890123456789012345678901234567890',
  `1${'0'.repeat(1000)}`,
  `${'9'.repeat(5000)}`,
  `16#${'F'.repeat(600)}`,
  `2#${'1'.repeat(700)}`,
  '36#ZZZZZZZZZZZZZZZZZZZZZZZZ',
  '37#1',
  '1#0',
  '16#',
  '16#G',
  '1.0e308',
  '1.0e309',
  '1.0e-400',
  '2.5e-324',
  '0.0e0',
  `1.${'5'.repeat(400)}`,
  `${'1'.repeat(400)}.0`,
  '1_000_000_000_000_000_000',
  '1__0',
  '1_',
  '18446744073709551616',
  '-9223372036854775809',
  '4294967296',
  '2147483648',
  '9007199254740993',
  '1e10',
  '0x1F',
  '007',
  '$\\x{10FFFF}',
  '$\\x{110000}',
  '$\\x{FFFFFFFFFFFF}',
  '$\\777',
];
// Odd text as UTF-8 bytes in latin1 strings, plus bytes that are no UTF-8.
const UNICODE = [
  '\u00e9',
  'Ã©',
  'Î»',
  'ð\u009f\u0098\u0080',
  'â\u0080\u008b',
  'â\u0080®',
  'ï»¿',
  '\u00ff',
  '\u00c3',
  '\u0080',
  'í\u00a0\u0080',
  'ô\u0090\u0080\u0080',
  '\u00fe\u00ff',
  '\u00a0',
  'Ì\u0081',
];
const WORDS = [
  'X',
  'Y',
  '_',
  'F',
  'ok',
  'a',
  'fun',
  'end',
  'when',
  'lists:seq',
  'erlang:',
  ':',
  'self()',
  '#{}',
  '<<>>',
  '[]',
  '{}',
  '=',
  '!',
  '++',
  'andalso',
  'div',
  'bsl',
  'not',
  ',',
  '|',
  '=>',
  ':=',
  '::',
  '?',
  '?MODULE',
  '-',
  '/',
];

// Not ^C or ^G: erl's `user` drops the whole chunk read from the pipe that
// holds one and starts a new shell, so what survives depends on how the pipe
// was read (user.erl, contains_ctrl_g_or_ctrl_c).
function controlByte(r: Random): string {
  const codes = [0, 1, 2, 4, 5, 8, 9, 11, 12, 13, 26, 27, 28, 31, 127, 0x85, 0x9b];
  return String.fromCharCode(r.pick(codes));
}

/** A seed expression without its final dot and spaces. */
function body(seed: string): string {
  return seed.replace(/\.\s*(%[^\n]*)?\s*$/, '');
}

function deepNesting(r: Random, inner: string): string {
  const depth = r.pick([50, 200, 500, 1000, 3000, 10000]);
  const kind = r.pick(['[]', '{}', '()', '<<>>', 'begin', '[|', '-', 'list1'] as const);
  switch (kind) {
    case 'begin':
      return `${'begin '.repeat(depth)}${inner}${' end'.repeat(depth)}`;
    case '-':
      return `${'- '.repeat(depth)}1`;
    case '[|':
      return `${'[1|'.repeat(depth)}[]${']'.repeat(depth)}`;
    case 'list1':
      return `${'['.repeat(depth)}${']'.repeat(depth)}`;
    case '<<>>':
      return `${'<<(length('.repeat(Math.min(depth, 200))}"a"${'))>>'.repeat(Math.min(depth, 200))}`;
    default: {
      // Sometimes one closing bracket short: unbalanced at depth.
      const close = r.chance(0.2) ? depth - 1 : depth;
      return `${kind[0]!.repeat(depth)}${inner}${kind[1]!.repeat(close)}`;
    }
  }
}

function longLine(r: Random, inner: string): string {
  const count = r.pick([1000, 2500, 5000, 20000, 100000]);
  switch (r.int(5)) {
    case 0:
      return `length([${Array(count).fill('1').join(',')}])`;
    case 1:
      // erl's own shell takes over 15 s for 100,000 terms: keep it under that.
      return `${Array(Math.min(count, 5000)).fill('1').join('+')}`;
    case 2:
      return `"${'x'.repeat(count * 5)}"`;
    case 3:
      return `${'a'.repeat(Math.min(count, 300))}`;
    default:
      return `{${Array(Math.min(count, 5000)).fill(inner).join(',')}}`;
  }
}

/** One token-level change. */
function mutate(r: Random, tokens: Token[], pool: readonly string[]): Token[] {
  const solid = tokens.map((t, i) => (t.space ? -1 : i)).filter((i) => i >= 0);
  const at = solid.length > 0 ? r.pick(solid) : 0;
  const anywhere = r.int(tokens.length + 1);
  const make = (text: string): Token => ({ text, space: false, number: false });
  const out = tokens.slice();
  if (solid.length === 0) {
    out.splice(anywhere, 0, make(r.pick([...BRACKETS, ...DOTS, ...QUOTES])));
    return out;
  }
  const kind = r.int(100);
  if (kind < 14) {
    out.splice(at, 1); // delete a token
  } else if (kind < 22) {
    out.splice(at, 0, tokens[at] ?? make('.')); // duplicate
  } else if (kind < 30) {
    const j = solid[Math.min(solid.indexOf(at) + 1, solid.length - 1)] ?? at; // swap with the next
    out[at] = tokens[j]!;
    out[j] = tokens[at]!;
  } else if (kind < 40) {
    out.splice(anywhere, 0, make(r.pick(BRACKETS)));
  } else if (kind < 46) {
    out.splice(anywhere, 0, make(controlByte(r)));
  } else if (kind < 54) {
    const numbers = tokens.map((t, i) => (t.number ? i : -1)).filter((i) => i >= 0);
    const target = numbers.length > 0 ? r.pick(numbers) : anywhere;
    if (numbers.length > 0) out[target] = make(r.pick(HUGE));
    else out.splice(target, 0, make(r.pick(HUGE)));
  } else if (kind < 60) {
    out.splice(anywhere, 0, make(r.pick(UNICODE)));
  } else if (kind < 68) {
    out.splice(anywhere, 0, make(r.pick(QUOTES)));
  } else if (kind < 75) {
    out.splice(anywhere, 0, make(r.pick(DOTS)));
  } else if (kind < 83) {
    out[at] = make(r.pick(WORDS)); // replace by another word
  } else if (kind < 90) {
    // a token from another seed
    const other = tokenize(r.pick(pool)).filter((t) => !t.space);
    if (other.length > 0) out.splice(anywhere, 0, { text: ` ${r.pick(other).text} `, space: false, number: false });
  } else if (kind < 95) {
    out.splice(anywhere, 0, make(r.pick([' ', '\n', '\t', '\r', '\n\n', '%', '% comment\n'])));
  } else {
    // cut the text at a random point
    out.length = anywhere;
  }
  return out;
}

/** Input number `id` of the stream `seed`: one or two seed expressions, changed a little or a lot. */
export function generateInput(seed: number, id: number): string {
  const r = new Random((seed ^ Math.imul(id + 1, 0x9e3779b1)) >>> 0);
  r.next();
  const seeds = loadSeeds();
  let text = r.pick(seeds);
  const style = r.int(100);
  if (style < 4) return `${deepNesting(r, body(r.pick(seeds)))}.`;
  if (style < 8) return `${longLine(r, body(r.pick(seeds)))}.`;
  if (style < 10) return r.pick(seeds) + '\n' + r.pick(seeds); // two forms in one input, unchanged
  if (style < 20) text = `${body(text)}${r.pick([', ', '; ', ' ', ' + ', '\n'])}${r.pick(seeds)}`; // spliced
  let tokens = tokenize(text);
  const rounds = 1 + (r.chance(0.5) ? 0 : r.int(4));
  for (let i = 0; i < rounds; i++) tokens = mutate(r, tokens, seeds);
  return tokens.map((t) => t.text).join('');
}

export function generateInputs(seed: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let id = from; id < to; id++) out.push(generateInput(seed, id));
  return out;
}

/** FNV-1a over the latin1 text: golden entries carry it to catch generator drift. */
export function inputHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
