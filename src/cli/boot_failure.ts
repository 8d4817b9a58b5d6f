// The texts real erl prints when the node dies while booting. They are written
// by the emulator's early logger with \r\n line ends even into a pipe, and the
// process exits with status 1 after "Crash dump is being written to: ...".
// Real erl prints a varying number of reports before it halts; we render the
// complete sequence, which is the run in which the logger kept up.

import { reportTimestamp } from '../bifs/logger/log_event.js';

export { reportTimestamp };

export const CRASH_DUMP_LINE = 'Crash dump is being written to: erl_crash.dump...done';
export const BOOT_FAILURE_EXIT_CODE = 1;

export function reportHeader(kind: 'ERROR' | 'INFO' | 'WARNING' | 'SUPERVISOR', at: Date): string {
  return `=${kind} REPORT==== ${reportTimestamp(at)} ===`;
}

/** A string as ~p prints it (the plain ASCII case). */
function quoted(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function crlfLines(lines: string[]): string {
  return lines.map((line) => `${line}\r\n`).join('');
}

/** The two closing lines: the halt slogan as a term, then as erl_crash prints it, then the dump note. */
function kernelPidTerminated(reasonTerm: string): string[] {
  const slogan = `{application_start_failure,kernel,{{shutdown,{failed_to_start_child,net_sup,${reasonTerm}}},{kernel,start,[normal,[]]}}}`;
  return [
    `{"Kernel pid terminated",application_controller,${quoted(slogan)}}`,
    `Kernel pid terminated (application_controller) (${slogan})`,
    '',
    CRASH_DUMP_LINE,
  ];
}

const AUTH_STACK = [
  '{auth,init_no_setcookie,0,[{file,"auth.erl"},{line,313}]}',
  '{auth,init,1,[{file,"auth.erl"},{line,165}]}',
  '{gen_server,init_it,2,[{file,"gen_server.erl"},{line,851}]}',
  '{gen_server,init_it,6,[{file,"gen_server.erl"},{line,814}]}',
  '{proc_lib,init_p_do_apply,3,[{file,"proc_lib.erl"},{line,240}]}',
];

/**
 * auth could not get a cookie (bad mode, empty file, bad characters...):
 * case 322 (empty file); mode 644 gives the same shape (recorded from erl 25 by hand).
 */
export function renderCookieBootFailure(message: string, at: Date): string {
  const reasonTerm = `{shutdown,{failed_to_start_child,auth,{${quoted(message)},[${AUTH_STACK.join(',')}]}}}`;
  return crlfLines([
    reportHeader('ERROR', at),
    message,
    reportHeader('SUPERVISOR', at),
    '    supervisor: {local,net_sup}',
    '    errorContext: start_error',
    `    reason: {${quoted(message)},`,
    `             [${AUTH_STACK[0]},`,
    `              ${AUTH_STACK[1]},`,
    `              ${AUTH_STACK[2]},`,
    `              ${AUTH_STACK[3]},`,
    '              {proc_lib,init_p_do_apply,3,',
    '                        [{file,"proc_lib.erl"},{line,240}]}]}',
    '    offender: [{pid,undefined},',
    '               {id,auth},',
    '               {mfargs,{auth,start_link,[]}},',
    '               {restart_type,permanent},',
    '               {significant,false},',
    '               {shutdown,2000},',
    '               {child_type,worker}]',
    '',
    ...kernelPidTerminated(reasonTerm),
  ]);
}

/** Why net_kernel refused the node name, as its INFO REPORT says. */
export type NodeNameProblem = 'long' | 'short' | 'invalid';

const NODE_NAME_PROBLEM_TEXT: Record<NodeNameProblem, string> = {
  long: "Can't set long node name!",
  short: "Can't set short node name!",
  invalid: 'Invalid node name!',
};

/** An atom as ~p prints it: quoted unless it is a plain lower-case word. */
function atomText(name: string): string {
  return /^[a-z][A-Za-z0-9_@]*$/.test(name) ? name : `'${name.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * net_kernel could not start (case 312: `-name goldsolo` on a host without a
 * domain). `name` is the name part net_kernel was given as an atom.
 * The map's line breaks follow the recorded case; much longer names would wrap differently.
 */
export function renderNodeNameBootFailure(problem: NodeNameProblem, name: string, domain: 'shortnames' | 'longnames', at: Date): string {
  const reasonTerm = "{shutdown,{failed_to_start_child,net_kernel,{'EXIT',nodistribution}}}";
  return crlfLines([
    reportHeader('INFO', at),
    NODE_NAME_PROBLEM_TEXT[problem],
    'Please check your configuration',
    '',
    reportHeader('SUPERVISOR', at),
    '    supervisor: {local,net_sup}',
    '    errorContext: start_error',
    "    reason: {'EXIT',nodistribution}",
    '    offender: [{pid,undefined},',
    '               {id,net_kernel},',
    '               {mfargs,{net_kernel,start_link,',
    `                                   [#{clean_halt => true,name => ${atomText(name)},`,
    `                                      name_domain => ${domain},`,
    '                                      supervisor => net_sup}]}},',
    '               {restart_type,permanent},',
    '               {significant,false},',
    '               {shutdown,2000},',
    '               {child_type,worker}]',
    '',
    ...kernelPidTerminated(reasonTerm),
  ]);
}

/** The distribution carrier refused to start: one line, exit 1, no crash dump (case 310-name-taken). */
export function renderNameInUse(node: string): string {
  return `Protocol 'inet_tcp': the name ${node} seems to be in use by another Erlang node\r\n`;
}

/** `-sname a@b@c`: one line, exit 1. */
export function renderInvalidNodeName(spec: string): string {
  return `Protocol 'inet_tcp': invalid node name: ${spec}\r\n`;
}
