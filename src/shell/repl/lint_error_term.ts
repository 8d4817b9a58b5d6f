// What the shell keeps in history for a command the linter rejected:
// {'EXIT', Descriptor}, erl_lint's error term (shell.erl's command_error).
// erlts's linter reports texts; the common ones are mapped back to their
// terms here. Anything else is kept as `error`.

import { A, Atom, type Term } from '../../terms/types.js';

const PATTERNS: [RegExp, (m: RegExpExecArray) => Term][] = [
  [/^variable '((?:[^'\\]|\\.)*)' is unbound$/, (m) => [Atom.of('unbound_var'), atom(m[1]!)]],
  [/^illegal pattern$/, () => Atom.of('illegal_pattern')],
  [/^illegal guard expression$/, () => Atom.of('illegal_guard_expr')],
  [/^record '?((?:[^'\\]|\\.)*?)'? undefined$/, (m) => [Atom.of('undefined_record'), atom(m[1]!)]],
  [/^field '?((?:[^'\\]|\\.)*?)'? undefined in record '?((?:[^'\\]|\\.)*?)'?$/, (m) => [Atom.of('undefined_field'), atom(m[2]!), atom(m[1]!)]],
  [/^stacktrace variable '((?:[^'\\]|\\.)*)' must not be previously bound$/, (m) => [Atom.of('stacktrace_bound'), atom(m[1]!)]],
  [/^stacktrace variable '((?:[^'\\]|\\.)*)' must not be used in a guard$/, (m) => [Atom.of('stacktrace_guard'), atom(m[1]!)]],
];

function atom(quoted: string): Atom {
  return Atom.of(quoted.replace(/\\(.)/g, '$1'));
}

/** erl_lint's error term for one of its messages; `error` when not known. */
export function lintErrorTerm(message: string): Term {
  for (const [re, make] of PATTERNS) {
    const m = re.exec(message);
    if (m !== null) return make(m);
  }
  return A.error;
}
