// `erlts --help` and `erlts --version`, the two GNU-style answers that are
// ours: real erl has neither (it keeps `-help` as a user flag, and its
// `-version` prints the emulator's version, which `-version` still does).
// commander lays the help out; erl's own `-flag` rules stay the parser
// (args.ts), so the options here only describe.
import { Command, Option } from 'commander';
import { Chalk } from 'chalk';

import { erltsVersion } from '../code/package_version.js';

/** `erlts --version`: names erlts, its version and the OTP release it answers as. */
export function gnuVersionText(otpRelease: string, ertsVersion: string): string {
  return `erlts ${erltsVersion()} (Erlang/OTP ${otpRelease} compatible, erts ${ertsVersion}) on Node.js ${process.versions.node}\n`;
}

/** erl's flags, as erl spells them; GNU spellings (`--sname x`, `--sname=x`) are accepted too. */
const ERL_FLAGS: [string, string][] = [
  ['-sname NAME[@HOST]', 'start distribution with a short node name'],
  ['-name NAME[@HOST]', 'start distribution with a long node name'],
  ['-setcookie COOKIE', 'use COOKIE instead of ~/.erlang.cookie'],
  ['-hidden', 'connect as a hidden node'],
  ['-connect_all false', 'do not connect to other nodes transitively'],
  ['-remsh NODE', 'open a shell on NODE'],
  ['-noshell', 'no shell; stdin stays readable'],
  ['-noinput', 'no shell and no input'],
  ['-detached', 'run without a terminal'],
  ['-eval EXPR', 'evaluate EXPR at start-up (may repeat)'],
  ['-s MOD [FUNC [ARGS]]', 'call MOD:FUNC([ARGS as atoms]) at start-up'],
  ['-run MOD [FUNC [ARGS]]', 'call MOD:FUNC([ARGS as strings]) at start-up'],
  ['-pa DIRS / -pz DIRS', 'add code path directories in front / at the end'],
  ['-APP PAR VAL', 'set an application parameter, e.g. -kernel net_ticktime 20'],
  ['-version', "print the emulator's version (as erl does) and exit"],
  ['-extra ARGS', 'the rest are plain arguments'],
  ['+FLAG [VALUE]', 'emulator flags are accepted and ignored'],
];

/** Flags that only erlts has. */
const ERLTS_FLAGS: [string, string][] = [
  ['--help', 'show this help and exit'],
  ['--version', "print erlts's own version and exit"],
  ['-erlts_hints true', "explain classic mistakes in one line after erl's output (English, or Chinese when LANG is zh_*)"],
  ['--replay FILE', "play a live view recording (the page's Download) back in a browser"],
];

/** The help text; coloured only when `colour` (a terminal, and NO_COLOR unset). */
export function helpText(colour = false): string {
  const c = new Chalk({ level: colour ? 1 : 0 });
  const program = new Command('erlts')
    .usage('[flags] [-extra plain args...]')
    .description("The Erlang shell erl, on Node.js: erl's flags, its shell and its distribution protocol.")
    .helpOption(false)
    .configureHelp({
      styleTitle: (s) => c.bold(s),
      styleOptionTerm: (s) => c.cyan(s),
    });
  program.optionsGroup("erl's flags:");
  ERL_FLAGS.forEach(([term, what], i) => program.addOption(describeOnly(`--erl-${i}`, term, what)));
  program.optionsGroup("erlts's own:");
  ERLTS_FLAGS.forEach(([term, what], i) => program.addOption(describeOnly(`--erlts-${i}`, term, what)));
  program.addHelpText('after', "\nGNU spellings of erl's flags work too: --sname x, --sname=x, --setcookie c, --eval E, --noshell.\n");
  return program.helpInformation();
}

/**
 * An option that commander only lists. Its term is erl's spelling
 * (`-sname NAME`), which commander cannot parse as flags, so the term is
 * given as the help text's left column directly.
 */
function describeOnly(name: string, term: string, description: string): Option {
  const option = new Option(name, description);
  option.flags = term;
  return option;
}
