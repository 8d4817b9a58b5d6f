// {get_until, Enc, Prompt, erl_scan, tokens, [Location, Options]}: how
// shell.erl reads a command (io:scan_erl_exprs/4). A real erl shell that
// runs on another node with our io server as its group leader (erlts
// -remsh erlnode) sends it; we answer with erl_scan's result terms:
// {ok, Tokens, EndLocation}, {eof, EndLocation} or {error, Info, EndLocation}.

import { A, Atom, Cons, NIL, list, type Term } from '../../terms/types.js';
import { type ScanOptions, codePointsText, scanStep, toCodePoints } from '../../syntax/scanner.js';
import type { Token } from '../../syntax/token.js';
import { scanErrorDescriptor, tokenTerm } from '../../syntax/token_terms.js';
import type { InputBuffer, ReadRequest } from './user_server.js';

/** erl_scan's options in the Xargs ([Location, Options]) that we apply. */
function optionsOf(xargs: Term): ScanOptions {
  const rest = xargs instanceof Cons ? xargs.tail : NIL;
  const opts = rest instanceof Cons ? rest.head : NIL;
  const has = (name: string): boolean => {
    for (let l = opts; l instanceof Cons; l = l.tail) if (l.head === Atom.of(name)) return true;
    return false;
  };
  return { text: has('text'), comments: has('return_comments') };
}

/** The start location of the Xargs: {Line, Column} or Line. */
function startOf(xargs: Term): { line: number; col: number | null } {
  const first = Array.isArray(xargs) ? null : (xargs as { head?: Term }).head;
  if (Array.isArray(first) && typeof first[0] === 'number' && typeof first[1] === 'number') return { line: first[0], col: first[1] };
  if (typeof first === 'number') return { line: first, col: null };
  return { line: 1, col: 1 };
}

/**
 * `bareEof`: as erl's user/group io server, the end of input with no line
 * read at all answers `eof` (a file io server answers {eof, Location}).
 */
export function scanTokensRequest(prompt: string, xargs: Term, reply: (t: Term) => void, bareEof = false): ReadRequest {
  const start = startOf(xargs);
  const opts = optionsOf(xargs);
  const loc = (line: number, col: number): Term => (start.col === null ? line : [line, col]);
  // With the text option: [{text, Text}, {location, Location}], as erl_anno.
  const anno = (line: number, col: number, t: number[] | undefined): Term =>
    t === undefined
      ? loc(line, col)
      : list([
          [Atom.of('text'), list(t)],
          [Atom.of('location'), loc(line, col)],
        ]);
  const text: number[] = [];
  // Tokens complete so far and where the scan resumes (each line is scanned once).
  let done: Token[] = [];
  let at = { pos: 0, line: start.line, col: start.col ?? 1 };
  const append = (cps: number[]): void => {
    for (let i = 0; i < cps.length; i++) text.push(cps[i]!);
  };
  return {
    prompt,
    midway: () => text.length > 0,
    consume(input: InputBuffer, eof: boolean): boolean {
      for (;;) {
        const line = input.takeLine();
        const final = line === null && eof;
        if (line !== null) append(toCodePoints(line));
        else if (!eof) return false;
        else append(toCodePoints(input.takeRest()));
        const r = scanStep(text, at.pos, at.line, at.col, final, true, opts);
        if (r.status === 'more' || (r.status === 'end' && !final)) {
          for (const t of r.safe.tokens) done.push(t);
          at = { pos: r.safe.pos, line: r.safe.line, col: r.safe.col };
          if (line === null) return false;
          continue;
        }
        if (r.status === 'error') {
          // As erl_scan:tokens/3: the error ends where the scanner stopped,
          // and what follows stays for the next request.
          const end = endOf(text, r.pos, start.line, start.col ?? 1);
          if (r.pos < text.length) input.unshift(codePointsText(text, r.pos));
          reply([A.error, [loc(r.error.line, r.error.col), Atom.of('erl_scan'), scanErrorDescriptor(r.error)], loc(end.line, end.col)]);
          return true;
        }
        const step = { ...r, tokens: done.length === 0 ? r.tokens : done.concat(r.tokens) };
        done = [];
        // What follows the dot stays for the next request.
        if (step.pos < text.length) input.unshift(codePointsText(text, step.pos));
        if (step.tokens.length === 0 && bareEof && !text.includes(10)) reply(Atom.of('eof'));
        else if (step.tokens.length === 0) reply([Atom.of('eof'), loc(step.line, step.col)]);
        else reply([A.ok, list(step.tokens.map((t) => tokenTerm(t, anno(t.line, t.col, t.text)))), loc(step.line, step.col)]);
        return true;
      }
    },
  };
}

/** The line and column after text[0..pos), counted from the start location. */
function endOf(text: readonly number[], pos: number, line: number, col: number): { line: number; col: number } {
  for (let i = 0; i < pos; i++) {
    if (text[i] === 10) {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}
