// erl's command line, parsed the way erlexec and init split it up.
//
// erlexec first pulls out the emulator flags (`+S 2`, `+P 1000000` ...), which
// is why `-foo a +S 2 b` gives init `{foo,["a","b"]}`. What remains is a list
// of `-flag value...` groups: a flag owns every following word up to the next
// word starting with `-` or `+`. Words before the first flag, after `--`
// (until the next flag) and everything after `-extra` are plain arguments.
// `-eval`, `-s` and `-run` become start-up calls, run in command-line order;
// every other flag stays visible to init:get_argument/1.
//
// GNU spellings (`--sname x`, `--sname=x`, `--help`) are our extension: real
// erl would keep `--sname=x` as a user flag named '-sname=x'. Only the names in
// GNU_SPELLINGS get this treatment; any other `--x` keeps erl's meaning.

export type StartupCall =
  | { kind: 'eval'; expression: string }
  /** `-s M [F [A..]]`: M:F() or M:F([A.. as atoms]); F defaults to start. */
  | { kind: 's'; module: string; func: string; args: string[] }
  /** `-run M [F [A..]]`: M:F() or M:F([A.. as strings]); F defaults to start. */
  | { kind: 'run'; module: string; func: string; args: string[] };

export interface UserFlag {
  /** Without the leading dash, as init:get_argument/1 wants it: `sname`, `kernel`. */
  flag: string;
  values: string[];
}

export interface NodeNameRequest {
  /** `-sname` gives shortnames, `-name` longnames. */
  domain: 'shortnames' | 'longnames';
  /** As typed: `goldsolo`, `goldsolo@localhost`, `a@`. */
  spec: string;
}

export interface AppParameter {
  app: string;
  key: string;
  /** Unparsed Erlang term text, e.g. `20` or `false`. */
  value: string;
}

export interface ErlArgs {
  nodeName: NodeNameRequest | null;
  /** Set when `-sname` (or `-name`) appears more than once: erl warns and uses the first. */
  repeatedNameFlag: 'sname' | 'name' | null;
  /** `-setcookie C`; null when absent (then ~/.erlang.cookie decides). */
  setCookie: string | null;
  noshell: boolean;
  noinput: boolean;
  hidden: boolean;
  /** `-connect_all false` turns it off. */
  connectAll: boolean;
  detached: boolean;
  /** `-version`: print the emulator version and exit. */
  version: boolean;
  /** `--help` (ours): print usage and exit. */
  help: boolean;
  /** `--version` (ours, GNU): print erlts's own version and exit. */
  gnuVersion: boolean;
  remsh: string | null;
  startup: StartupCall[];
  pathsFront: string[];
  pathsBack: string[];
  appParameters: AppParameter[];
  /** What init:get_arguments/0 shows, in order (root/bindir/progname/home excluded). */
  arguments: UserFlag[];
  /** init:get_plain_arguments/0. */
  plain: string[];
  /** Emulator flags as typed, e.g. ['+S', '2', '+pc', 'unicode']; accepted and ignored. */
  emulatorFlags: string[];
}

/** What erl prints and how it exits when it refuses its arguments. */
export interface ArgsFailure {
  stream: 'stdout' | 'stderr';
  text: string;
  exitCode: number;
}

export type ParseOutcome = { ok: true; args: ErlArgs } | { ok: false; failure: ArgsFailure };

const ERL_USAGE =
  'Usage: erl [-version] [-sname NAME | -name NAME] [-noshell] [-noinput] [-env VAR VALUE] ' +
  '[-compile file ...] [-make] [-man [manopts] MANPAGE] [-x] [-emu_args] [-start_epmd BOOLEAN] ' +
  '[-emu_type TYPE] [-emu_flavor FLAVOR] [-args_file FILENAME] [+A THREADS] [+a SIZE] ' +
  '[+B[c|d|i]] [+c [BOOLEAN]] [+C MODE] [+dcg DECENTRALIZED_COUNTER_GROUPS_LIMIT] ' +
  '[+h HEAP_SIZE_OPTION] [+J[Pperf] JIT_OPTION] [+M<SUBSWITCH> <ARGUMENT>] [+P MAX_PROCS] ' +
  '[+Q MAX_PORTS] [+R COMPAT_REL] [+r] [+rg READER_GROUPS_LIMIT] [+s<SUBSWITCH> SCHEDULER_OPTION] ' +
  '[+S NO_SCHEDULERS:NO_SCHEDULERS_ONLINE] [+SP PERCENTAGE_SCHEDULERS:PERCENTAGE_SCHEDULERS_ONLINE] ' +
  '[+T LEVEL] [+V] [+v] [+W<i|w|e>] [+z MISC_OPTION] [args ...]\n';

export function missingArgument(flag: string): ArgsFailure {
  return { stream: 'stderr', text: `Missing argument(s) for '${flag}'.\n${ERL_USAGE}`, exitCode: 1 };
}

/** Long options we accept with two dashes; each maps to erl's one-dash flag. */
const GNU_SPELLINGS = new Set(['sname', 'name', 'setcookie', 'eval', 'noshell', 'noinput', 'hidden', 'remsh', 'detached']);

/**
 * `--help` and `--version` are erlts's own answers. erl keeps `-help` as a
 * user flag and answers `-version` with the emulator's version, so the
 * one-dash spellings stay erl's; these internal flag names cannot be typed
 * with one dash by accident.
 */
const ERLTS_OWN: Record<string, string> = { '--help': '-erlts:help', '--version': '-erlts:version' };

/** Single-letter emulator flags that always take the next word (erlexec's list). */
const EMU_FLAGS_WITH_VALUE = new Set([
  '+#',
  '+a',
  '+A',
  '+C',
  '+e',
  '+i',
  '+n',
  '+P',
  '+Q',
  '+t',
  '+T',
  '+R',
  '+W',
  '+K',
  '+S',
  '+SP',
  '+pc',
  '+IOt',
  '+IOp',
  '+IOPt',
  '+IOPp',
]);
/** Emulator flag families (`+MBas`, `+sbt`, `+hms`, `+rg`, `+zdbbl`, `+dcg`) whose sub-switch takes a value. */
const EMU_FAMILIES_WITH_VALUE = /^\+(M[A-Za-z]+|s[a-z]+|h[a-z]+|r[a-z]+|z[a-z]+|dcg|SD(cpu|Pcpu|io)|J[A-Za-z]+)$/;

/** Expand `--sname=x` into ['-sname', 'x'] and `--sname` into '-sname'; other words unchanged. */
function expandGnuSpelling(word: string): string[] {
  const own = ERLTS_OWN[word];
  if (own !== undefined) return [own];
  const match = /^--([a-z_]+)(?:=(.*))?$/s.exec(word);
  if (!match || !GNU_SPELLINGS.has(match[1]!)) return [word];
  return match[2] === undefined ? [`-${match[1]}`] : [`-${match[1]}`, match[2]];
}

/** Splits off the emulator flags, as erlexec does, before -extra. */
function separateEmulatorFlags(argv: string[]): { emulator: string[]; rest: string[]; missing: string | null } {
  const emulator: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '-extra') {
      rest.push(...argv.slice(i));
      break;
    }
    if (!word.startsWith('+')) {
      rest.push(word);
      continue;
    }
    emulator.push(word);
    const next = argv[i + 1];
    const takesValue = EMU_FLAGS_WITH_VALUE.has(word) || EMU_FAMILIES_WITH_VALUE.test(word);
    const optionalValue = (word === '+c' && (next === 'true' || next === 'false')) || (word === '+B' && next !== undefined && next.startsWith('i'));
    if (takesValue || optionalValue) {
      if (next === undefined) return { emulator, rest, missing: word };
      emulator.push(next);
      i++;
    }
  }
  return { emulator, rest, missing: null };
}

function emptyArgs(): ErlArgs {
  return {
    nodeName: null,
    repeatedNameFlag: null,
    setCookie: null,
    noshell: false,
    noinput: false,
    hidden: false,
    connectAll: true,
    detached: false,
    version: false,
    help: false,
    gnuVersion: false,
    remsh: null,
    startup: [],
    pathsFront: [],
    pathsBack: [],
    appParameters: [],
    arguments: [],
    plain: [],
    emulatorFlags: [],
  };
}

/** Groups words into `-flag values...`; returns the plain words separately. */
function groupFlags(words: string[]): { groups: UserFlag[]; plain: string[] } {
  const groups: UserFlag[] = [];
  const plain: string[] = [];
  let current: UserFlag | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word === '-extra') {
      plain.push(...words.slice(i + 1));
      break;
    }
    if (word === '--') {
      current = null;
      continue;
    }
    if (word.startsWith('-')) {
      current = { flag: word.slice(1), values: [] };
      groups.push(current);
    } else if (current) {
      current.values.push(word);
    } else {
      plain.push(word);
    }
  }
  return { groups, plain };
}

function startupCall(kind: 's' | 'run', values: string[]): StartupCall {
  const [module, func = 'start', ...args] = values;
  return { kind, module: module!, func, args };
}

/** The text erl prints when -eval is given more than one word (init crashes on it). */
function evalArityCrash(values: string[]): ArgsFailure {
  const binaries = values.map(binaryLiteral).join(',');
  const reason = `{function_clause,[{init,prepare_run_args,[{eval,[${binaries}]}],[]},` + `{init,map,2,[]},{init,boot,1,[]}]}`;
  return {
    stream: 'stdout',
    text: `System process <0.0.0> terminated: ${reason}\r\n\r\nCrash dump is being written to: erl_crash.dump...done\r\n`,
    exitCode: 1,
  };
}

function binaryLiteral(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  const printable = bytes.every((b) => b >= 0x20 && b < 0x7f);
  if (!printable) return `<<${[...bytes].join(',')}>>`;
  return `<<"${text.replace(/[\\"]/g, (c) => `\\${c}`)}">>`;
}

/** Applies one `-flag values` group; returns a failure when erl would refuse it. */
function applyFlag(args: ErlArgs, group: UserFlag): ArgsFailure | null {
  const { flag, values } = group;
  switch (flag) {
    case 'eval':
      if (values.length > 1) return evalArityCrash(values);
      if (values.length === 1) args.startup.push({ kind: 'eval', expression: values[0]! });
      return null;
    case 's':
    case 'run':
      if (values.length > 0) args.startup.push(startupCall(flag, values));
      return null;
    case 'version':
      args.version = true;
      return null;
    case 'erlts:help':
      args.help = true;
      return null;
    case 'erlts:version':
      args.gnuVersion = true;
      return null;
    case 'detached':
      // erlexec turns -detached into -noshell -noinput for the node it forks.
      args.detached = args.noshell = args.noinput = true;
      return null;
  }
  args.arguments.push(group);
  switch (flag) {
    case 'sname':
    case 'name':
      if (values.length === 0) return missingArgument(`-${flag}`);
      applyNodeName(args, flag, values[0]!);
      break;
    case 'setcookie':
      if (values.length === 1) args.setCookie = values[0]!;
      break;
    case 'noshell':
      args.noshell = true;
      break;
    case 'noinput':
      args.noshell = args.noinput = true;
      break;
    case 'hidden':
      args.hidden = true;
      break;
    case 'connect_all':
      if (values[0] === 'false') args.connectAll = false;
      break;
    case 'remsh':
      if (values.length > 0) args.remsh = values[0]!;
      break;
    case 'pa':
      args.pathsFront.push(...values);
      break;
    case 'pz':
      args.pathsBack.push(...values);
      break;
    default:
      applyAppParameters(args, flag, values);
  }
  return null;
}

function applyNodeName(args: ErlArgs, flag: 'sname' | 'name', spec: string): void {
  const existing = args.nodeName;
  const domain = flag === 'sname' ? 'shortnames' : 'longnames';
  if (existing && existing.domain === domain) {
    args.repeatedNameFlag = flag;
    return;
  }
  // net_kernel looks at -sname before -name, whatever the order on the line.
  if (!existing || domain === 'shortnames') args.nodeName = { domain, spec };
}

/** `-App Par Val [Par Val]..` sets application environment, e.g. `-kernel net_ticktime 20`. */
function applyAppParameters(args: ErlArgs, app: string, values: string[]): void {
  if (!/^[a-z][A-Za-z0-9_]*$/.test(app)) return;
  for (let i = 0; i + 1 < values.length; i += 2) {
    args.appParameters.push({ app, key: values[i]!, value: values[i + 1]! });
  }
}

/** Parses erl's argv (without the program name). */
export function parseErlArgs(argv: readonly string[]): ParseOutcome {
  const extraAt = argv.indexOf('-extra');
  const beforeExtra = extraAt < 0 ? argv : argv.slice(0, extraAt);
  const afterExtra = extraAt < 0 ? [] : argv.slice(extraAt);
  const words = [...beforeExtra.flatMap(expandGnuSpelling), ...afterExtra];
  const { emulator, rest, missing } = separateEmulatorFlags(words);
  if (missing) return { ok: false, failure: missingArgument(missing) };
  const args = emptyArgs();
  args.emulatorFlags = emulator;
  const { groups, plain } = groupFlags(rest);
  args.plain = plain;
  for (const group of groups) {
    const failure = applyFlag(args, group);
    if (failure) return { ok: false, failure };
  }
  return { ok: true, args };
}

/** `erl -version`, written to stderr with \r\n as the emulator does. */
export function versionText(ertsVersion: string): string {
  return `Erlang (SMP,ASYNC_THREADS) (BEAM) emulator version ${ertsVersion}\r\n`;
}
