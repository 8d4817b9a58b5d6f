// A .beam file erlts cannot load: real erl's (BEAM code), or a damaged one.
// erlts never passes over it in silence: loading fails with badfile and the
// two reports erl prints for a file it cannot load, naming the file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { VM } from '../vm/vm.js';
import { errorReportHeader } from '../bifs/logger/crash_report.js';
import { readBeam } from './beam_file.js';

declare module '../vm/extensions.js' {
  interface VmExtensions {
    /** Prints a logger report as erl's logger would, between prompts (set by the cli). */
    logReport?: (text: string) => void;
  }
}

/** The first M.beam on the code path, as an absolute file name. */
export function beamOnPath(vm: VM, mod: string): string | null {
  for (const dir of vm.ext.codePath!) {
    const beam = path.resolve(dir, `${mod}.beam`);
    if (fs.existsSync(beam)) return beam;
  }
  return null;
}

/** True when M.beam is on the code path but is not a module erlts can load. */
export function isBadBeam(vm: VM, mod: string): boolean {
  const beam = beamOnPath(vm, mod);
  return beam !== null && readBeam(beam) === null;
}

export function reportBadBeam(vm: VM, mod: string, beam: string): void {
  const log = vm.ext.logReport;
  if (log === undefined) return;
  // The loader's own words in erl (beam_load.c), then the code server's.
  log(`${errorReportHeader(new Date())}\nbeam/beam_load.c(144): Error loading module ${mod}:\n  corrupt file header\n\n\n`);
  log(`${errorReportHeader(new Date())}\nLoading of ${beam} failed: badfile\n\n`);
}
