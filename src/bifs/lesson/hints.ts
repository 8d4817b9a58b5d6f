// Opt-in hints (-erlts_hints true, or erlts_lesson:hints(on)): one
// explanatory line after erl's own output for the classic mistakes. Off by
// default, so a transcript stays byte-identical to erl's. A hint that
// explains the command just typed waits until the shell has printed that
// command's answer; one about something else (a peer that knocked with the
// wrong cookie) prints between prompts, as a log report does.
import { A, Atom, type Term } from '../../terms/types.js';
import { badarg } from '../../terms/exception.js';
import type { NativeFn, NativeModule } from '../../vm/native.js';
import type { VM } from '../../vm/vm.js';
import { hintText, type HintKey, type HintLanguage } from './hint_catalogue.js';

export interface HintSink {
  /** Writes between prompts, as a log report is written. */
  print(text: string): void;
  /** Wraps a hint for the terminal (colour where wanted). */
  style(text: string): string;
}

interface HintState {
  enabled: boolean;
  lang: HintLanguage;
  sink: HintSink | null;
  /** A shell prints the hints about its command after its answer. */
  shellAttached: boolean;
  pending: string[];
}

declare module '../../vm/extensions.js' {
  interface VmExtensions {
    /** Plain-language hints: on or off, their language, and those waiting for the shell. */
    hints?: HintState;
  }
}

function state(vm: VM): HintState {
  return (vm.ext.hints ??= { enabled: false, lang: 'en', sink: null, shellAttached: false, pending: [] });
}

/** Set up by the CLI: whether hints start on, their language, where they go. */
export function configureHints(vm: VM, opts: { enabled: boolean; lang: HintLanguage; sink: HintSink }): void {
  const s = state(vm);
  s.enabled = opts.enabled;
  s.lang = opts.lang;
  s.sink = opts.sink;
}

export function hintsEnabled(vm: VM): boolean {
  return vm.ext.hints?.enabled === true;
}

/** A hint about the command being evaluated: after its answer (or now, with no shell). */
export function hintAfterCommand(vm: VM, key: HintKey, params: Record<string, string>): void {
  const s = vm.ext.hints;
  if (s === undefined || !s.enabled) return;
  const text = hintText(s.lang, key, params);
  if (s.pending.includes(text)) return;
  if (s.shellAttached) s.pending.push(text);
  else s.sink?.print(s.sink.style(text));
}

/** A hint about something that happened to the node: printed now. */
export function hintNow(vm: VM, key: HintKey, params: Record<string, string>): void {
  const s = vm.ext.hints;
  if (s === undefined || !s.enabled || s.sink === null) return;
  s.sink.print(s.sink.style(hintText(s.lang, key, params)));
}

/** The shell says it will print hints after its answers. */
export function attachShellToHints(vm: VM): void {
  state(vm).shellAttached = true;
}

/** Prints a lesson tool's line between prompts (the X-ray's wire lines), unstyled. */
export function lessonPrint(vm: VM, text: string): void {
  state(vm).sink?.print(text);
}

/** The hints waiting for the shell's answer, styled; the queue is emptied. */
export function takePendingHints(vm: VM): string {
  const s = vm.ext.hints;
  if (s === undefined || s.pending.length === 0) return '';
  const out = s.pending.map((t) => (s.sink === null ? t : s.sink.style(t))).join('');
  s.pending = [];
  return out;
}

/** The hint's text for a key, styled, if hints are on; '' otherwise. */
export function hintLine(vm: VM, key: HintKey, params: Record<string, string>): string {
  const s = vm.ext.hints;
  if (s === undefined || !s.enabled) return '';
  const text = hintText(s.lang, key, params);
  return s.sink === null ? text : s.sink.style(text);
}

const ON = Atom.of('on');
const OFF = Atom.of('off');

/** erlts_lesson:hints/0,1: whether hints are on; turn them on or off. */
export const hintNatives: NativeModule = {
  name: 'erlts_lesson',
  functions: {
    'hints/0': ((p: { vm: VM }) => (hintsEnabled(p.vm) ? ON : OFF)) as unknown as NativeFn,
    'hints/1': ((p: { vm: VM }, on: Term) => {
      if (on !== ON && on !== OFF && on !== A.true && on !== A.false) throw badarg(1);
      const s = state(p.vm);
      const was = s.enabled;
      s.enabled = on === ON || on === A.true;
      return was ? ON : OFF;
    }) as unknown as NativeFn,
  },
};
