// Why io:format raised badarg, in the words of the shell's exception report
// (`*** argument 1: wrong number of arguments`). erl finds these with its own
// checks (erl_stdlib_errors over erl_lint:check_format_string), which are not
// the formatter's: they only look at the argument types a format needs.

import { Atom, BitStr, Cons, ErlFloat, NIL, Pid, type Term } from './types.js';

/** Explanations by argument number (1-based) plus an optional general line. */
export interface FormatErrorInfo {
  [argNo: number]: string;
  general?: string;
}

type ArgType = 'int' | 'float' | 'string' | 'term';

/** erl_lint:check_format_string: the argument types, or the error text. */
export function checkFormatString(chars: readonly number[]): ArgType[] | string {
  const need: ArgType[] = [];
  let i = 0;
  const at = (k = 0): number | undefined => chars[i + k];
  const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
  const skipDigits = () => {
    while (isDigit(at())) i++;
  };
  for (;;) {
    while (i < chars.length && chars[i] !== 0x7e) i++;
    if (i >= chars.length) return need;
    i++; // the ~
    // field width
    if (at() === 0x2d && isDigit(at(1))) {
      i++;
      skipDigits();
    } else if (isDigit(at())) skipDigits();
    else if (at() === 0x2d && at(1) === 0x2a) {
      i += 2;
      need.push('int');
    } else if (at() === 0x2a) {
      i++;
      need.push('int');
    }
    // precision
    if (at() === 0x2e && isDigit(at(1))) {
      i++;
      skipDigits();
      if (!padChar()) continue;
    } else if (at() === 0x2e && at(1) === 0x2a) {
      i += 2;
      need.push('int');
      if (!padChar()) continue;
    } else if (at() === 0x2e) {
      i++;
      if (!padChar()) continue;
    }
    const err = control();
    if (err !== null) return err;
  }

  // The pad character after a precision; false never happens, kept for shape.
  function padChar(): boolean {
    if (at() === 0x2e && at(1) === 0x2a) {
      i += 2;
      need.push('int');
    } else if (at() === 0x2e && at(1) !== undefined) i += 2;
    return true;
  }

  function control(): string | null {
    let mods = '';
    // modifiers: t then one of cspPwW; l then p/P (also "lt" + p/P); "tl" reads as "lt"
    if (at() === 0x74 /* t */ && at(1) === 0x6c /* l */) {
      if (at(2) === undefined) return 'invalid control ~lt';
      mods = 'lt';
      i += 2;
    } else if (at() === 0x74 && at(1) !== undefined) {
      const c = at(1)!;
      if (!'cspPwW'.includes(String.fromCodePoint(c))) return 'invalid control ~t' + String.fromCodePoint(c);
      i++;
    } else if (at() === 0x6c && at(1) !== undefined) {
      mods = 'l';
      i++;
      if (at() === 0x74 && at(1) !== undefined) {
        mods = 'lt';
        i++;
      }
    }
    // A lone t or l at the end is read as the control character itself.
    if (mods !== '') {
      const c = at()!;
      if (c !== 0x70 && c !== 0x50) return `invalid control ~${mods}` + String.fromCodePoint(c);
    }
    const c = at();
    if (c === undefined) return 'truncated';
    i++;
    const types = CONTROL_TYPES[String.fromCodePoint(c)];
    if (types === undefined) return 'invalid control ~' + String.fromCodePoint(c);
    need.push(...types);
    return null;
  }
}

const CONTROL_TYPES: { [c: string]: ArgType[] } = {
  '~': [],
  n: [],
  c: ['int'],
  f: ['float'],
  e: ['float'],
  g: ['float'],
  s: ['string'],
  w: ['term'],
  p: ['term'],
  W: ['term', 'int'],
  P: ['term', 'int'],
  b: ['int'],
  B: ['int'],
  x: ['int', 'string'],
  X: ['int', 'string'],
  '+': ['term'],
  '#': ['term'],
  i: ['term'],
};

/** io:format's test of a format: a flat list of integers, an atom or a binary. */
function formatCodes(fmt: Term): number[] | null {
  if (fmt instanceof Atom) return Array.from(fmt.name, (c) => c.codePointAt(0)!);
  if (fmt instanceof BitStr) return fmt.isBinary ? Array.from(fmt.buf) : null;
  const out: number[] = [];
  let l = fmt;
  while (l instanceof Cons) {
    if (typeof l.head !== 'number' && typeof l.head !== 'bigint') return null;
    out.push(Number(l.head));
    l = l.tail;
  }
  return l === NIL ? out : null;
}

function properList(t: Term): Term[] | null {
  const out: Term[] = [];
  let l = t;
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return l === NIL ? out : null;
}

/** Whether unicode:characters_to_binary/1 would raise on it (it returns errors for bad code points). */
function isCharData(t: Term): boolean {
  if (t instanceof BitStr) return t.isBinary;
  let l = t;
  while (l instanceof Cons) {
    const h = l.head;
    if (!(typeof h === 'number' || typeof h === 'bigint' || isCharData(h))) return false;
    l = l.tail;
  }
  return l === NIL || (l instanceof BitStr && l.isBinary);
}

function argFits(type: ArgType, a: Term): boolean {
  switch (type) {
    case 'term':
      return true;
    case 'int':
      return typeof a === 'number' || typeof a === 'bigint';
    case 'float':
      return a instanceof ErlFloat;
    case 'string':
      return a instanceof Atom || (a instanceof BitStr && a.isBinary) || ((a instanceof Cons || a === NIL) && isCharData(a));
  }
}

const TYPE_NAMES: { [t in ArgType]: string } = { int: 'integer', float: 'float', string: 'string', term: 'term' };

/**
 * The explanation erl prints for io:format(Format, Args) raising badarg.
 * `firstArgNo` is 2 for io:format(Device, Format, Args).
 */
export function explainFormatError(format: Term, args: Term, firstArgNo = 1): FormatErrorInfo {
  const info: FormatErrorInfo = {};
  const fmtNo = firstArgNo;
  const argsNo = firstArgNo + 1;
  const codes = formatCodes(format);
  const argList = properList(args);
  const isList = args instanceof Cons || args === NIL;
  if (codes === null) {
    info[fmtNo] = 'not a valid format string';
    if (!argList) info[argsNo] = 'not a list';
    if ((format instanceof Pid || format instanceof Atom) && formatCodes(args) !== null) {
      info.general = 'possibly missing argument list';
    }
    return info;
  }
  if (!isList) {
    info[argsNo] = 'not a list';
    return info;
  }
  if (!argList) return info; // erl's own explainer crashes here and the shell prints none
  const types = checkFormatString(codes);
  if (typeof types === 'string') {
    info[fmtNo] = `format string invalid (${types})`;
    return info;
  }
  if (types.length !== argList.length) {
    info[fmtNo] = 'wrong number of arguments';
    if (format instanceof Atom) info.general = 'possibly missing argument list';
    return info;
  }
  const problems: string[] = [];
  types.forEach((type, k) => {
    if (!argFits(type, argList[k]!)) problems.push(`element ${k + 1} must be of type ${TYPE_NAMES[type]}`);
  });
  if (problems.length > 0) info[argsNo] = problems.join('\n');
  else info[fmtNo] = 'failed to format string';
  return info;
}
