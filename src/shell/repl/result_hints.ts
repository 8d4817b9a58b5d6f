// The shell's part of the opt-in hints: what an answer or an exception
// says about a classic mistake (a module not loaded on the node an rpc went
// to, a module that is not there, a .beam file from real erl), plus the
// hints distribution left for this command. Printed after erl's own output.
import * as fs from 'node:fs';
import { Atom, Cons, listToArray, type Term } from '../../terms/types.js';
import { writeAtom } from '../../terms/atom_quote.js';
import type { VM } from '../../vm/vm.js';
import { hintLine, hintsEnabled, takePendingHints } from '../../bifs/lesson/hints.js';
import { beamOnPath } from '../../code/code_path.js';

const BADRPC = Atom.of('badrpc');
const EXIT = Atom.of('EXIT');
const UNDEF = Atom.of('undef');

/** Hints after a value the shell printed. */
export function valueHints(vm: VM, value: Term): string {
  if (!hintsEnabled(vm)) return '';
  let out = '';
  // {badrpc, {'EXIT', {undef, [{M, F, Args, _} | _]}}}: rpc:call to a node without M.
  if (Array.isArray(value) && value.length === 2 && value[0] === BADRPC) {
    const exit = value[1];
    if (Array.isArray(exit) && exit.length === 2 && exit[0] === EXIT) {
      const mfa = undefFrame(exit[1]!);
      if (mfa !== null) out += hintLine(vm, 'remote_undef', mfa);
    }
  }
  return takePendingHints(vm) + out;
}

/** Hints after an exception the shell reported. */
export function exceptionHints(vm: VM, cls: string, reason: Term, stack: Term): string {
  if (!hintsEnabled(vm)) return '';
  let out = '';
  if (cls === 'error' && reason === UNDEF) {
    const mfa = topFrame(stack);
    if (mfa !== null) out += localUndefHint(vm, mfa);
  }
  return takePendingHints(vm) + out;
}

type Mfa = { module: string; function: string; arity: string };

/** {undef, [{M, F, Args, Loc} | _]} as an exit reason. */
function undefFrame(reason: Term): Mfa | null {
  if (!Array.isArray(reason) || reason.length !== 2 || reason[0] !== UNDEF) return null;
  return topFrame(reason[1]!);
}

function topFrame(stack: Term): Mfa | null {
  if (!(stack instanceof Cons)) return null;
  const f = stack.head;
  if (!Array.isArray(f) || f.length < 3 || !(f[0] instanceof Atom) || !(f[1] instanceof Atom)) return null;
  const args = f[2]!;
  const arity = typeof args === 'number' ? args : (listToArray(args)?.length ?? null);
  if (arity === null) return null;
  return { module: writeAtom(f[0], 'unicode'), function: writeAtom(f[1], 'unicode'), arity: String(arity) };
}

function localUndefHint(vm: VM, mfa: Mfa): string {
  const name = Atom.of(mfa.module.replace(/^'|'$/g, '')).name;
  if (vm.code.modules.has(name)) return hintLine(vm, 'local_undef_export', mfa);
  const beam = realBeamOnPath(vm, name);
  if (beam !== null) return hintLine(vm, 'erl_beam', { ...mfa, file: beam });
  return hintLine(vm, 'local_undef_missing', mfa);
}

/** The M.beam erl would load, if real erl wrote it (an IFF "FOR1" file). */
function realBeamOnPath(vm: VM, module: string): string | null {
  const file = beamOnPath(vm.ext.codePath ?? [], module);
  if (file === null) return null;
  try {
    const fd = fs.openSync(file, 'r');
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    fs.closeSync(fd);
    return head.toString('latin1') === 'FOR1' ? file : null;
  } catch {
    return null;
  }
}
