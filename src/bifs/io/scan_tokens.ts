// {get_until, Enc, Prompt, erl_scan, tokens, [Location, Options]}: how
// shell.erl reads a command (io:scan_erl_exprs/4). A real erl shell that
// runs on another node with our io server as its group leader (erlts
// -remsh erlnode) sends it; we answer with erl_scan's result terms:
// {ok, Tokens, EndLocation}, {eof, EndLocation} or {error, Info, EndLocation}.

import { A, Atom, list, type Term } from '../../terms/types.js';
import { scanStep, toCodePoints } from '../../syntax/scanner.js';
import { tokenTerm } from '../../syntax/token_terms.js';
import type { InputBuffer, ReadRequest } from './user_server.js';

/** The start location of the Xargs: {Line, Column} or Line. */
function startOf(xargs: Term): { line: number; col: number | null } {
  const first = Array.isArray(xargs) ? null : (xargs as { head?: Term }).head;
  if (Array.isArray(first) && typeof first[0] === 'number' && typeof first[1] === 'number') return { line: first[0], col: first[1] };
  if (typeof first === 'number') return { line: first, col: null };
  return { line: 1, col: 1 };
}

export function scanTokensRequest(prompt: string, xargs: Term, reply: (t: Term) => void): ReadRequest {
  const start = startOf(xargs);
  const loc = (line: number, col: number): Term => (start.col === null ? line : [line, col]);
  let text: number[] = [];
  return {
    prompt,
    midway: () => text.length > 0,
    consume(input: InputBuffer, eof: boolean): boolean {
      for (;;) {
        const line = input.takeLine();
        const final = line === null && eof;
        if (line !== null) text = text.concat(toCodePoints(line));
        else if (!eof) return false;
        else text = text.concat(toCodePoints(input.takeRest()));
        const step = scanStep(text, 0, start.line, start.col ?? 1, final, true);
        if (step.status === 'more' || (step.status === 'end' && !final)) {
          if (line === null) return false;
          continue;
        }
        if (step.status === 'error') {
          const { line: l, col: c } = step.error;
          reply([A.error, [loc(l, c), Atom.of('erl_scan'), [Atom.of('illegal'), Atom.of('token')]], loc(l, c)]);
          return true;
        }
        // What follows the dot stays for the next request.
        if (step.pos < text.length) input.unshift(String.fromCodePoint(...text.slice(step.pos)));
        if (step.tokens.length === 0) reply([Atom.of('eof'), loc(step.line, step.col)]);
        else reply([A.ok, list(step.tokens.map((t) => tokenTerm(t, loc(t.line, t.col)))), loc(step.line, step.col)]);
        return true;
      }
    },
  };
}
