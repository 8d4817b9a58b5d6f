// formatShellException against the real erl shell's printouts (see
// gen_format_exception.mjs): the same exception terms, the same text.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatShellException } from '../../src/bifs/erl_error/format_exception.js';
import { Atom, Cons, listToArray, type Term } from '../../src/terms/types.js';
import { loadCases, sessionRecords, type RecordedCase } from './format_exception_data.js';

// make_ref(): erlts's ETF decoder and writeRef disagree on the order of a
// reference's words (a terms/ issue, not this printer's), so it is left out.
const cases = loadCases().filter((c) => c.section !== 'direct' && !c.expr.includes('make_ref'));

function optsFor(c: RecordedCase) {
  return {
    encoding: c.section === 'unicode' ? ('unicode' as const) : ('latin1' as const),
    records: sessionRecords,
    catchException: c.section === 'catch',
  };
}

function check(c: RecordedCase, got: string): void {
  assert.equal(got, c.out, `${c.section}: ${c.expr}`);
}

describe('formatShellException: exception terms as erl prints them', () => {
  for (const sec of ['latin1', 'link', 'unicode', 'catch'] as const) {
    it(`${sec} (${cases.filter((c) => c.section === sec).length} cases)`, () => {
      const failures: string[] = [];
      for (const c of cases.filter((x) => x.section === sec)) {
        const info = c.argErrors === null ? null : { argErrors: c.argErrors };
        const got = formatShellException(c.cls, c.reason, c.stack, { ...optsFor(c), info });
        if (got !== c.out) failures.push(`--- ${c.expr}\nexpected:\n${c.out}got:\n${got}`);
      }
      assert.equal(failures.length, 0, failures.join('\n'));
    });
  }
});

/** The top frame {M, F, Args, Loc} as ErrorInfo, when it has arguments. */
function topAsInfo(c: RecordedCase): { module: string; function: string; args: Term[]; rest: Term } | null {
  if (!(c.stack instanceof Cons)) return null;
  const top = c.stack.head;
  if (!Array.isArray(top) || top.length !== 4) return null;
  const [m, f, as] = top;
  const args = listToArray(as!);
  if (!(m instanceof Atom) || !(f instanceof Atom) || args === null) return null;
  return { module: m.name, function: f.name, args, rest: c.stack.tail };
}

describe('formatShellException: the failing frame given as ErrorInfo', () => {
  // erlts raises BIF errors with info {module, function, args, argErrors}; the
  // stack may or may not already hold that frame. Either way the text is erl's.
  const withArgs = cases.filter((c) => {
    const t = topAsInfo(c);
    const r = c.reason instanceof Atom ? c.reason.name : '';
    return t !== null && c.cls === 'error' && r !== 'function_clause' && r !== 'undef';
  });

  it(`info frame on top of the rest of the stack (${withArgs.length} cases)`, () => {
    for (const c of withArgs) {
      const t = topAsInfo(c)!;
      const info = { module: t.module, function: t.function, args: t.args, ...(c.argErrors ? { argErrors: c.argErrors } : {}) };
      check(c, formatShellException(c.cls, c.reason, t.rest, { ...optsFor(c), info }));
    }
  });

  it('info frame already on the stack', () => {
    for (const c of withArgs) {
      const t = topAsInfo(c)!;
      const info = { module: t.module, function: t.function, args: t.args, ...(c.argErrors ? { argErrors: c.argErrors } : {}) };
      check(c, formatShellException(c.cls, c.reason, c.stack, { ...optsFor(c), info }));
    }
  });
});
