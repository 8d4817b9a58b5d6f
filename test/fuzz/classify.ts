// What kind of answer a shell gave: the fuzzer compares kinds, not texts,
// because mutated input reaches corners where erl's exact wording is not
// the point (that is the conformance suite's job); the kind is.

/** One answer per prompt: the text the shell printed after reading a form. */
export function answers(chunk: string): string[] {
  const parts = chunk.split(/(?:^|(?<=\n))(?:\([^()\s]*\))?\d+> /);
  // Text before the first prompt (output of an earlier form, flushed late) belongs to no answer.
  parts.shift();
  // The last prompt is the separator's, which has no answer in this chunk.
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const SCAN_OR_PARSE = /syntax error|unterminated|illegal (character|integer|float|base|atom|char|string)|atom too long|bad character|reserved/;

export type Kind = 'value' | 'error' | 'throw' | 'exit' | 'syntax' | 'lint' | 'report' | 'shell' | 'js' | 'empty';

export function kindOf(answer: string): Kind {
  if (jsErrorText(answer) !== null) return 'js';
  const exc = /\*\* exception (error|throw|exit)/.exec(answer);
  if (exc) return exc[1] as Kind;
  if (answer.startsWith('* ')) return SCAN_OR_PARSE.test(answer.split('\n')[0]!) ? 'syntax' : 'lint';
  if (answer.startsWith('*** ')) return 'shell';
  if (/^=[A-Z ]+REPORT/m.test(answer)) return 'report';
  if (answer.trim() === '') return 'empty';
  return 'value';
}

/** The kinds of a chunk's answers, in order: the value compared between the shells. */
export function signature(chunk: string): string {
  return answers(chunk).map(kindOf).join(' ');
}

const JS_ERROR =
  /\b(TypeError|RangeError|ReferenceError|EvalError|URIError|InternalError|AggregateError)\b|SyntaxError: |Maximum call stack|node:internal|at Object\.|at [\w$.<>]+ \((?:file:|\/)[^)]*\.[cm]?js:\d+|\.[cm]?js:\d+:\d+|erlts internal error|FATAL ERROR|JavaScript heap|Invalid (typed )?array length|undefined is not|Cannot read propert/;

/** The first JavaScript error text in `text`, or null. */
export function jsErrorText(text: string): string | null {
  const m = JS_ERROR.exec(text);
  return m === null ? null : m[0];
}

/** Removes what differs between runs and between the shells without meaning: prompt numbers, pids, refs, fun ids. */
export function normalize(text: string): string {
  return text
    .replace(/(^|\n)\d+> /g, '$1N> ')
    .replace(/<\d+\.\d+\.\d+>/g, '<PID>')
    .replace(/#Ref<[\d.]+>/g, '#Ref<>')
    .replace(/#Fun<erl_eval\.\d+\.\d+>/g, '#Fun<erl_eval>')
    .replace(/#Port<[\d.]+>/g, '#Port<>');
}
