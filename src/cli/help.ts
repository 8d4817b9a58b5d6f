// `erlts --help`. Real erl has no --help (it would keep `-help` as a user
// flag), so this text is ours; it lists the flags erlts understands.

export function helpText(): string {
  return `Usage: erlts [flags] [-extra plain args...]

Starts an Erlang shell, like erl.

  -sname NAME[@HOST]     start distribution with a short node name
  -name NAME[@HOST]      start distribution with a long node name
  -setcookie COOKIE      use COOKIE instead of ~/.erlang.cookie
  -hidden                connect as a hidden node
  -connect_all false     do not connect to other nodes transitively
  -remsh NODE            open a shell on NODE
  -noshell               no shell; stdin stays readable
  -noinput               no shell and no input
  -detached              run without a terminal
  -eval EXPR             evaluate EXPR at start-up (may repeat)
  -s MOD [FUNC [ARGS]]   call MOD:FUNC([ARGS as atoms]) at start-up
  -run MOD [FUNC [ARGS]] call MOD:FUNC([ARGS as strings]) at start-up
  -pa DIRS / -pz DIRS    add code path directories in front / at the end
  -APP PAR VAL           set an application parameter, e.g. -kernel net_ticktime 20
  -version               print the emulator version and exit
  -extra ARGS            the rest are plain arguments
  +FLAG [VALUE]          emulator flags are accepted and ignored

GNU spellings --sname, --name, --setcookie, --eval, --noshell (also --flag=value) work too.
`;
}
